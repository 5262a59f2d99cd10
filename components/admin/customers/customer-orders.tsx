import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/admin/data-table";
import type { CustomerProfile } from "@/lib/admin/customers";
import { CUSTOMER_ORDERS_SHOWN } from "@/lib/admin/customers";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { formatPrice } from "@/lib/money";

type Order = CustomerProfile["orders"][number];

/** A customer's orders, newest first, each leading to its page in the back office. */
export async function CustomerOrders({ orders, total, locale }: { orders: Order[]; total: number; locale: Locale }) {
  const t = await getTranslations("AdminCustomers.orders");
  const tStatus = await getTranslations("AdminDashboard.orders.statuses");
  const format = await getFormatter();
  return (
    <section aria-labelledby="orders-title" className="space-y-3">
      <h2 id="orders-title" className="font-serif text-2xl font-semibold text-ink">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">
        {t("count", { count: total })} {total > orders.length && t("shownLatest", { shown: CUSTOMER_ORDERS_SHOWN })}
      </p>
      <DataTable
        caption={t("caption")}
        rows={orders}
        rowKey={(order) => order.id}
        empty={t("empty")}
        columns={[
          {
            key: "number",
            header: t("columns.number"),
            rowHeader: true,
            cell: (order) => (
              <Link href={`/admin/orders/${order.id}`} className="text-marine underline underline-offset-4">
                {order.number}
              </Link>
            ),
          },
          {
            key: "date",
            header: t("columns.date"),
            cell: (order) => format.dateTime(order.createdAt, { dateStyle: "medium" }),
          },
          {
            key: "status",
            header: t("columns.status"),
            cell: (order) =>
              [tStatus(order.status), order.isDemo ? t("demo") : null, order.asGuest ? t("asGuest") : null]
                .filter(Boolean)
                .join(" · "),
          },
          {
            key: "total",
            header: t("columns.total"),
            numeric: true,
            cell: (order) => formatPrice(order.totalCents, locale),
          },
        ]}
      />
    </section>
  );
}
