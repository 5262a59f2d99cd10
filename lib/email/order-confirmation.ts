import { computeTotals } from "@/lib/checkout/totals";
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { enqueueEmail } from "./outbox";
import { renderOrderConfirmation } from "./templates/order-confirmation";
import type { EmailAddressView } from "./types";

export const orderConfirmationKey = (orderId: string) => `order-confirmation:${orderId}`;

/** Enqueues the confirmation of a paid order, once (P5): the key is unique in the outbox. */
export async function enqueueOrderConfirmation(tx: Tx, orderId: string, now: Date): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, addresses: true } });
  const locale = isLocale(order.locale) ? order.locale : "fr";
  const address = (kind: "shipping" | "billing"): EmailAddressView => {
    const found = order.addresses.find((a) => a.kind === kind);
    if (!found) throw new Error(`Order ${order.number} has no ${kind} address`);
    return found;
  };
  const rendered = await renderOrderConfirmation({
    locale,
    orderNumber: order.number,
    orderUrl: `${getEnv().SITE_URL}/${locale}/order/${order.id}`,
    createdAt: order.createdAt,
    email: order.email,
    isDemo: order.isDemo,
    shippingMethod: order.shippingMethod,
    lines: order.lines,
    subtotalCents: order.subtotalCents,
    shippingCents: order.shippingCents,
    totalCents: order.totalCents,
    vat: computeTotals(order.lines, order.shippingCents).vat,
    shippingAddress: address("shipping"),
    billingAddress: address("billing"),
  });
  await enqueueEmail(tx, {
    key: orderConfirmationKey(order.id),
    template: "order-confirmation",
    locale,
    to: order.email,
    orderId: order.id,
    nextAttemptAt: now,
    ...rendered,
  });
}
