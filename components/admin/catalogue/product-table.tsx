import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/admin/data-table";
import { StatusBadge } from "@/components/admin/status-badge";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { PRODUCT_TABLE, type ProductRow, type ProductTableParams } from "@/lib/admin/catalogue/product-list";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The products table's search and filters as a plain GET form: every option stays in the URL. */
export async function ProductFilters({
  locale,
  params,
  categories,
}: {
  locale: Locale;
  params: ProductTableParams;
  categories: { value: string; label: string }[];
}) {
  const t = await getTranslations("AdminCatalogue.list");
  const { filters } = params;
  return (
    <form method="get" action={`/${locale}/admin/products`} aria-label={t("filtersTitle")}>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="q" type="search" label={t("search")} help={t("searchHelp")} defaultValue={filters.q ?? ""} />
        <SelectField
          name="category"
          label={t("category")}
          defaultValue={filters.category ?? ""}
          options={[{ value: "", label: t("anyCategory") }, ...categories]}
        />
        <SelectField
          name="status"
          label={t("status")}
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: t("anyStatus") },
            { value: "active", label: t("statusActive") },
            { value: "archived", label: t("statusArchived") },
          ]}
        />
      </div>
      {/* The sort chosen by the column headers survives a new search. */}
      {params.query.sort && <input type="hidden" name="sort" value={params.query.sort} />}
      {params.query.dir && <input type="hidden" name="dir" value={params.query.dir} />}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" size="md">
          {t("apply")}
        </Button>
        <Link href="/admin/products" className="text-sm font-medium text-marine underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}

export async function ProductTable({
  rows,
  params,
  pathname,
}: {
  rows: ProductRow[];
  params: ProductTableParams;
  pathname: string;
}) {
  const t = await getTranslations("AdminCatalogue.list");
  const format = await getFormatter();
  return (
    <DataTable
      caption={t("caption")}
      rows={rows}
      rowKey={(row) => row.id}
      empty={t("empty")}
      sorting={{ pathname, spec: PRODUCT_TABLE, params }}
      columns={[
        {
          key: "name",
          header: t("columns.name"),
          sort: "name",
          rowHeader: true,
          cell: (row) => (
            <Link href={`/admin/products/${row.id}`} className="font-medium text-marine underline underline-offset-4">
              {row.name}
            </Link>
          ),
        },
        { key: "category", header: t("columns.category"), cell: (row) => row.categoryName },
        {
          key: "price",
          header: t("columns.price"),
          sort: "price",
          numeric: true,
          cell: (row) => format.number(row.priceCents / 100, { style: "currency", currency: "EUR" }),
        },
        {
          key: "stock",
          header: t("columns.stock"),
          sort: "stock",
          numeric: true,
          cell: (row) =>
            row.variantCount > 0 ? t("stockOfVariants", { stock: row.stock, count: row.variantCount }) : row.stock,
        },
        {
          key: "status",
          header: t("columns.status"),
          cell: (row) => (
            <span className="flex flex-wrap gap-1">
              <StatusBadge
                tone={row.active ? "success" : "neutral"}
                label={row.active ? t("statusActive") : t("statusArchived")}
              />
              {row.featured && <StatusBadge tone="info" label={t("featured")} />}
            </span>
          ),
        },
        {
          key: "updated",
          header: t("columns.updated"),
          sort: "updated",
          cell: (row) => format.dateTime(row.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
        },
      ]}
    />
  );
}
