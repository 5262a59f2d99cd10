import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrderStatusBadge } from "@/components/account/order-status-badge";
import { OrderSummary } from "@/components/account/order-summary";
import { OrderTracking } from "@/components/account/order-tracking";
import { getAccountOrder, hasConfirmation } from "@/lib/accounts/orders";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { buttonClass } from "@/components/ui/button";

type Params = Promise<{ locale: string; orderId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountOrders");
  return { title: t("title"), robots: { index: false } };
}

// One order of the account (P13): what was ordered, where it goes, its status history and the
// confirmation to download again. Another customer's order id is the same 404 as an unknown one.
export default async function AccountOrderPage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { orderId } = await params;
  const user = await requireUser(locale, `/${locale}/account/orders/${encodeURIComponent(orderId)}`);
  const order = await getAccountOrder(db, user.id, orderId);
  if (!order) notFound();

  const t = await getTranslations("AccountOrders");
  const tOrder = await getTranslations("Order");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });

  return (
    <div>
      <Link href="/account/orders" className="text-sm text-marine underline underline-offset-4">
        {t("back")}
      </Link>
      <h1 className="mt-3 font-serif text-3xl font-semibold text-marine">
        {t("detailTitle", { number: order.number })}
      </h1>
      <p className="mt-1 text-sm text-muted">{t("placedOn", { date: when(order.createdAt) })}</p>
      <p className="mt-4 flex flex-wrap items-center gap-3" data-testid="account-order-status">
        <span className="font-medium">{t("currentStatus")}</span>
        <OrderStatusBadge status={order.status} label={t(`statuses.${order.status}`)} />
        <span className="text-sm text-muted">{t("sentTo", { email: order.email })}</span>
      </p>
      <OrderTracking order={order} locale={locale} />
      {order.isDemo && (
        <p className="mt-3 rounded-lg border border-terracotta/40 bg-terracotta/5 p-3 text-sm text-terracotta">
          {tOrder("demo")}
        </p>
      )}

      <section className="mt-6 rounded-lg border border-line bg-white p-4" aria-labelledby="confirmation-title">
        <h2 id="confirmation-title" className="sr-only">
          {t("download")}
        </h2>
        {hasConfirmation(order) ? (
          <>
            {/* A plain link: the route handler answers with a file (Content-Disposition: attachment). */}
            <a
              href={`/${locale}/account/orders/${order.id}/confirmation`}
              download
              className={buttonClass({ size: "md" }, "inline-block")}
            >
              {t("download")}
            </a>
            <p className="mt-2 text-sm text-muted">{t("downloadHelp")}</p>
          </>
        ) : (
          <p className="text-sm text-muted">{t("noConfirmation")}</p>
        )}
      </section>

      <OrderSummary order={order} locale={locale} />

      <section className="mt-10" aria-labelledby="history-title">
        <h2 id="history-title" className="font-serif text-xl font-semibold text-ink">
          {t("history")}
        </h2>
        <ol className="mt-3 space-y-1 text-sm">
          {order.events.map((event) => (
            <li key={event.id}>
              {t("historyEntry", { date: when(event.createdAt), status: t(`statuses.${event.toStatus}`) })}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
