import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrderSummary } from "@/components/account/order-summary";
import { ClientMessages } from "@/components/layout/client-messages";
import { CancelForm } from "@/components/admin/orders/cancel-form";
import { ContactLogForm } from "@/components/admin/orders/contact-log-form";
import { OrderContactLogList, OrderHistory, OrderRefunds } from "@/components/admin/orders/order-records";
import { OrderStatusLabel } from "@/components/admin/orders/order-status-label";
import { RefundForm } from "@/components/admin/orders/refund-form";
import { ShipForm } from "@/components/admin/orders/ship-form";
import { CONTACT_SUMMARY_MAX } from "@/lib/admin/order-actions";
import { getOrderDetail } from "@/lib/admin/orders";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { formatPrice } from "@/lib/money";
import { CARRIERS, isCarrier } from "@/lib/orders/fulfilment";
import { isDemoMode, paymentConfigFrom } from "@/lib/payments/config";
import { CANCELLATION_KEY_PREFIX } from "@/lib/payments/refunds";

export const metadata: Metadata = { robots: { index: false } };

type Params = Promise<{ locale: string; orderId: string }>;

const SECTION = "rounded-lg border border-line bg-white p-5";
const H2 = "font-serif text-xl font-semibold text-ink";

/** One order: contact details (P5), amounts, shipment, the actions its status allows, refunds, history, contacts. */
export default async function AdminOrderPage({ params }: { params: Params }) {
  // Checked here and in the data function, not only by the layout (see ../../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const { orderId } = await params;
  const order = await getOrderDetail(db, admin, orderId);
  if (!order) notFound();

  const t = await getTranslations("AdminOrders");
  const tOrder = await getTranslations("Order");
  const format = await getFormatter();
  const price = (cents: number) => formatPrice(cents, locale);
  const version = order.updatedAt.toISOString();
  const demoMode = isDemoMode(paymentConfigFrom(getEnv()));
  // A cancellation that stopped after its refund is finished with the cancel form, never shipped.
  const cancelling = order.refunds.some(
    (refund) => refund.status !== "failed" && refund.idempotencyKey?.startsWith(CANCELLATION_KEY_PREFIX),
  );
  const canShip = order.status === "paid" && (!order.isDemo || demoMode) && !cancelling;
  const canCancel = order.status === "pending" || order.status === "paid";
  const carrierName = isCarrier(order.carrier) ? tOrder(`carriers.${order.carrier}`) : order.carrier;

  return (
    <div className="space-y-8">
      <Link href="/admin/orders" className="text-sm text-marine underline underline-offset-4">
        {t("back")}
      </Link>
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("detailTitle", { number: order.number })}</h1>
        <p className="text-sm text-muted">
          {t("placedOn", { date: format.dateTime(order.createdAt, { dateStyle: "long", timeStyle: "short" }) })}
        </p>
        <p className="flex items-center gap-2" data-testid="admin-order-status" data-status={order.status}>
          <span className="font-medium">{t("currentStatus")}</span>
          <OrderStatusLabel status={order.status} isDemo={order.isDemo} />
        </p>
        {order.isDemo && (
          <p className="rounded-lg border border-terracotta/40 bg-terracotta/5 p-3 text-sm text-terracotta">
            {t(demoMode ? "demoNoticeDemoShop" : "demoNotice")}
          </p>
        )}
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <section className={SECTION} aria-labelledby="order-contact-title">
          <h2 id="order-contact-title" className={H2}>
            {t("contactTitle")}
          </h2>
          <dl className="mt-3 space-y-1 text-sm">
            <dt className="text-muted">{t("email")}</dt>
            <dd>
              <a href={`mailto:${order.email}`} className="text-marine underline underline-offset-4">
                {order.email}
              </a>
            </dd>
            <dt className="text-muted">{t("phone")}</dt>
            <dd>{order.phone ?? t("noPhone")}</dd>
            <dt className="text-muted">{t("language")}</dt>
            <dd>{order.locale}</dd>
          </dl>
        </section>
        <section className={SECTION} aria-labelledby="order-payment-title">
          <h2 id="order-payment-title" className={H2}>
            {t("paymentTitle")}
          </h2>
          <dl className="mt-3 space-y-1 text-sm">
            <dt className="text-muted">{t("provider")}</dt>
            <dd>{t(`providers.${order.paymentProvider}`)}</dd>
            <dt className="text-muted">{t("captured")}</dt>
            <dd data-testid="captured">{price(order.capturedCents)}</dd>
            <dt className="text-muted">{t("refundable")}</dt>
            <dd data-testid="refundable">{price(order.refundableCents)}</dd>
          </dl>
          {order.shippedAt && (
            <p className="mt-3 text-sm" data-testid="admin-shipment">
              {t("shippedOn", {
                date: format.dateTime(order.shippedAt, { dateStyle: "long" }),
                carrier: carrierName ?? "",
              })}
              <br />
              {t("trackingLine", { trackingNumber: order.trackingNumber ?? "" })}
            </p>
          )}
        </section>
      </div>

      <ClientMessages namespaces={["AdminOrders", "Errors"]}>
        <div className="grid gap-6 lg:grid-cols-2">
          {canShip && (
            <section className={SECTION} aria-labelledby="order-ship-title">
              <h2 id="order-ship-title" className={H2}>
                {t("ship.title")}
              </h2>
              <div className="mt-3">
                <ShipForm
                  locale={locale}
                  orderId={order.id}
                  version={version}
                  carriers={CARRIERS.map((carrier) => ({ value: carrier, label: tOrder(`carriers.${carrier}`) }))}
                />
              </div>
            </section>
          )}
          {order.refundableCents > 0 && (
            <section className={SECTION} aria-labelledby="order-refund-title">
              <h2 id="order-refund-title" className={H2}>
                {t("refund.title")}
              </h2>
              <div className="mt-3">
                <RefundForm
                  locale={locale}
                  orderId={order.id}
                  requestKey={randomUUID()}
                  refundable={price(order.refundableCents)}
                />
              </div>
            </section>
          )}
          {canCancel && (
            <section className={SECTION} aria-labelledby="order-cancel-title">
              <h2 id="order-cancel-title" className={H2}>
                {t("cancel.title")}
              </h2>
              <div className="mt-3">
                <CancelForm
                  locale={locale}
                  orderId={order.id}
                  version={version}
                  requestKey={randomUUID()}
                  help={
                    order.status === "paid"
                      ? t("cancel.helpPaid", { amount: price(order.refundableCents) })
                      : t("cancel.helpPending")
                  }
                />
              </div>
            </section>
          )}
        </div>

        <OrderSummary order={order} locale={locale} />

        <section aria-labelledby="order-refunds-title" className="space-y-3">
          <h2 id="order-refunds-title" className={H2}>
            {t("refunds.title")}
          </h2>
          <OrderRefunds order={order} locale={locale} />
        </section>

        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="order-history-title" className="space-y-3">
            <h2 id="order-history-title" className={H2}>
              {t("historyTitle")}
            </h2>
            <OrderHistory order={order} />
          </section>
          <section aria-labelledby="order-contacts-title" className="space-y-3">
            <h2 id="order-contacts-title" className={H2}>
              {t("contactLog.title")}
            </h2>
            <p className="text-sm text-muted">{t("contactLog.intro")}</p>
            <ContactLogForm locale={locale} orderId={order.id} max={CONTACT_SUMMARY_MAX} />
            <OrderContactLogList order={order} />
          </section>
        </div>
      </ClientMessages>
    </div>
  );
}
