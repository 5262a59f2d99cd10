import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/money";
import { isCarrier } from "@/lib/orders/fulfilment";

export type OrderTrackingData = {
  carrier: string | null;
  trackingNumber: string | null;
  shippedAt: Date | null;
  /** refunds made or on their way (failed ones are left out) */
  refunds: { id: string; amountCents: number; status: "pending" | "succeeded" | "failed"; createdAt: Date }[];
};

/**
 * What happened to an order after payment, for its owner: shipped (carrier and tracking number) and refunds.
 * Shared by the order page reached after checkout and the order detail in Mon compte. Nothing when neither.
 */
export async function OrderTracking({ order, locale }: { order: OrderTrackingData; locale: Locale }) {
  const t = await getTranslations("Order");
  const format = await getFormatter();
  const refunds = order.refunds.filter((refund) => refund.status !== "failed");
  if (!order.shippedAt && refunds.length === 0) return null;
  const carrier = isCarrier(order.carrier) ? t(`carriers.${order.carrier}`) : (order.carrier ?? "");

  return (
    <div className="mt-4 space-y-3 rounded-lg border border-line bg-white p-4 text-sm">
      {order.shippedAt && (
        <p data-testid="order-shipment">
          {t("shipment", { date: format.dateTime(order.shippedAt, { dateStyle: "long" }), carrier })}
          {order.trackingNumber && (
            <>
              <br />
              <span className="font-medium">{t("trackingNumber", { trackingNumber: order.trackingNumber })}</span>
            </>
          )}
        </p>
      )}
      {refunds.length > 0 && (
        <section aria-labelledby="order-refunds-title">
          <h2 id="order-refunds-title" className="font-semibold">
            {t("refundsTitle")}
          </h2>
          <ul className="mt-1 space-y-1" data-testid="order-refunds">
            {refunds.map((refund) => (
              <li key={refund.id}>
                {t(refund.status === "succeeded" ? "refundDone" : "refundPending", {
                  date: format.dateTime(refund.createdAt, { dateStyle: "long" }),
                  amount: formatPrice(refund.amountCents, locale),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
