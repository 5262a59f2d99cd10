import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/admin/data-table";
import type { ProductForEdit } from "@/lib/admin/catalogue/products";

type Adjustment = ProductForEdit["stockAdjustments"][number];

/** The latest stock adjustments of a product: when, which stock, how many, why and by whom. */
export async function StockHistory({ adjustments }: { adjustments: Adjustment[] }) {
  const t = await getTranslations("AdminCatalogue.stock");
  const format = await getFormatter();
  return (
    <DataTable
      caption={t("historyCaption")}
      rows={adjustments}
      rowKey={(row) => row.id}
      empty={t("historyEmpty")}
      columns={[
        {
          key: "at",
          header: t("columns.at"),
          rowHeader: true,
          cell: (row) => format.dateTime(row.at, { dateStyle: "medium", timeStyle: "short" }),
        },
        { key: "variant", header: t("columns.variant"), cell: (row) => row.variant?.sku ?? t("productStock") },
        {
          key: "delta",
          header: t("columns.delta"),
          numeric: true,
          cell: (row) => (row.delta > 0 ? `+${row.delta}` : String(row.delta)),
        },
        { key: "after", header: t("columns.after"), numeric: true, cell: (row) => row.stockAfter },
        {
          key: "reason",
          header: t("columns.reason"),
          cell: (row) => (
            <>
              {t.has(`reasons.${row.reason}`) ? t(`reasons.${row.reason}`) : row.reason}
              {row.note && <span className="block text-xs text-muted">{row.note}</span>}
            </>
          ),
        },
        {
          key: "actor",
          header: t("columns.actor"),
          cell: (row) => (row.actor ? (row.actor.name ?? row.actor.email) : t("actorGone")),
        },
      ]}
    />
  );
}
