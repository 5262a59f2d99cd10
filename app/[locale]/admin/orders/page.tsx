import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/admin/data-table";
import { OrderFilters } from "@/components/admin/orders/order-filters";
import { OrderStatusLabel } from "@/components/admin/orders/order-status-label";
import { Pagination } from "@/components/admin/pagination";
import { listOrders, ORDERS_PAGE_SIZE, ORDERS_TABLE, parseOrdersParams, type OrderRow } from "@/lib/admin/orders";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { formatPrice } from "@/lib/money";

export const metadata: Metadata = { robots: { index: false } };

const PATHNAME = "/admin/orders";

/** The orders: filtered by status, searched by number or e-mail, sorted by date or total, paginated in the URL. */
export default async function AdminOrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminOrders");
  const format = await getFormatter();
  const tableParams = parseOrdersParams(await searchParams);
  const { rows, total, page } = await listOrders(db, admin, tableParams);
  const shown = { ...tableParams, page };

  const columns: DataTableColumn<OrderRow, "createdAt" | "totalCents">[] = [
    {
      key: "number",
      header: t("columns.number"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/admin/orders/${row.id}`} className="font-medium text-marine underline underline-offset-4">
          {row.number}
        </Link>
      ),
    },
    {
      key: "createdAt",
      header: t("columns.date"),
      sort: "createdAt",
      cell: (row) => format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    },
    { key: "email", header: t("columns.email"), cell: (row) => row.email },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) => <OrderStatusLabel status={row.status} isDemo={row.isDemo} />,
    },
    {
      key: "totalCents",
      header: t("columns.total"),
      sort: "totalCents",
      numeric: true,
      cell: (row) => formatPrice(row.totalCents, locale),
    },
  ];

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <OrderFilters locale={locale} params={shown} />
      <section aria-labelledby="orders-list-title" className="space-y-4">
        <h2 id="orders-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        <DataTable
          caption={t("caption")}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
          empty={t("empty")}
          sorting={{ pathname: PATHNAME, spec: ORDERS_TABLE, params: shown }}
        />
        <Pagination pathname={PATHNAME} spec={ORDERS_TABLE} params={shown} total={total} pageSize={ORDERS_PAGE_SIZE} />
      </section>
    </div>
  );
}
