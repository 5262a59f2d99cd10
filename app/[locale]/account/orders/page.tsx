import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/account/order-status-badge";
import { listAccountOrders } from "@/lib/accounts/orders";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { formatPrice } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountOrders");
  return { title: t("title"), robots: { index: false } };
}

// Order history (P4, P13): the account's orders, newest first, each leading to its detail.
export default async function AccountOrdersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/orders`);
  const t = await getTranslations("AccountOrders");
  const format = await getFormatter();
  const orders = await listAccountOrders(db, user.id);

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      {orders.length === 0 ? (
        <div className="mt-8 rounded-lg border border-line bg-white p-6">
          <p>{t("empty")}</p>
          <Link href="/" className="mt-3 inline-block font-medium text-marine underline underline-offset-4">
            {t("shop")}
          </Link>
        </div>
      ) : (
        <div className="mt-8 overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="border-b border-line text-left text-muted">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t("number")}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t("date")}
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t("status")}
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  {t("items")}
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  {t("total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} className="border-b border-line last:border-0" data-testid="account-order">
                  <th scope="row" className="px-4 py-3 text-left font-medium">
                    <Link
                      href={`/account/orders/${order.id}`}
                      className="text-marine underline underline-offset-4"
                      aria-label={t("view", { number: order.number })}
                    >
                      {order.number}
                    </Link>
                    {order.isDemo && <span className="ml-2 text-xs font-normal text-terracotta">({t("demo")})</span>}
                  </th>
                  <td className="px-4 py-3">{format.dateTime(order.createdAt, { dateStyle: "medium" })}</td>
                  <td className="px-4 py-3">
                    <OrderStatusBadge status={order.status} label={t(`statuses.${order.status}`)} />
                  </td>
                  <td className="px-4 py-3 text-right">{t("itemCount", { count: order.itemCount })}</td>
                  <td className="px-4 py-3 text-right">{formatPrice(order.totalCents, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
