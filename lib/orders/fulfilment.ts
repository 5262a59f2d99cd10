// What the shop does to a paid order: ship it (status fulfilled, which customers read as "Expédiée", with its
// carrier and tracking number) or cancel it. Each step tells the customer by e-mail, through the outbox, in the
// order's language, enqueued in the transaction that makes the change (one e-mail per step: unique keys).
import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import type { RenderedEmail } from "@/lib/email/types";
import {
  renderOrderCancelledEmail,
  renderOrderRefundedEmail,
  renderOrderShippedEmail,
} from "@/lib/email/templates/order-admin";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import type { Order, Refund } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { CANCELLATION_KEY_PREFIX } from "@/lib/payments/refunds";
import { readShopContact } from "@/lib/settings/shop-contact";
import { cancelOrder } from "./lifecycle";
import { transitionOrder } from "./status";

/** The carriers the shop ships with; "other" for anything else (the tracking number says the rest). */
export const CARRIERS = ["colissimo", "chronopost", "mondialRelay", "dhl", "ups", "other"] as const;
export type Carrier = (typeof CARRIERS)[number];
export const isCarrier = (value: string | null): value is Carrier =>
  (CARRIERS as readonly string[]).includes(value ?? "");

/**
 * A tracking number as carriers print it: letters and digits (La Poste: 2 letters, 9 digits, 2 letters; others
 * digits only), spaces typed for readability dropped, upper case. Between 8 and 40 characters.
 */
export const trackingNumberSchema = z
  .string()
  .trim()
  .min(1, "required")
  .max(60, "tooLong")
  .transform((value) => value.replace(/[\s-]+/g, "").toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{8,40}$/, "invalid"));

export const carrierSchema = z.enum(CARRIERS, "required");

const localeOf = (order: Pick<Order, "locale">): Locale => (isLocale(order.locale) ? order.locale : "fr");
const orderUrl = (order: Pick<Order, "id" | "locale">) => `${getEnv().SITE_URL}/${localeOf(order)}/order/${order.id}`;

/** One e-mail about the order to its customer, in its language, due at once (its key makes it one per step). */
function enqueueOrderEmail(
  tx: Tx,
  order: Order,
  email: { key: string; template: string; now: Date },
  rendered: RenderedEmail,
) {
  return enqueueEmail(tx, {
    key: email.key,
    template: email.template,
    locale: localeOf(order),
    to: order.email,
    orderId: order.id,
    nextAttemptAt: email.now,
    ...rendered,
  });
}

/**
 * Marks a paid order shipped. A demo order was never paid: it is refused while the shop takes real payments; on
 * a demo server (no gateway configured) the whole flow can be rehearsed, and its pages still say "demo".
 */
export async function markShipped(
  tx: Tx,
  order: Order,
  shipment: { carrier: Carrier; trackingNumber: string; now: Date; demoMode: boolean },
): Promise<void> {
  if (order.isDemo && !shipment.demoMode) throw new DomainError("demoOrderNotShippable");
  if (order.status !== "paid") throw new DomainError("orderNotShippable");
  // A cancellation whose refund went out but which stopped there (provider unreachable, settled by webhook):
  // the order is still paid, but its money is on the way back. Cancel it again instead.
  const cancelling = await tx.refund.count({
    where: { orderId: order.id, idempotencyKey: { startsWith: CANCELLATION_KEY_PREFIX }, status: { not: "failed" } },
  });
  if (cancelling > 0) throw new DomainError("orderBeingCancelled");
  await transitionOrder(tx, order.id, "paid", "fulfilled", `shipped via ${shipment.carrier}`);
  await tx.order.update({
    where: { id: order.id },
    data: { carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, shippedAt: shipment.now },
  });
  const rendered = await renderOrderShippedEmail({
    locale: localeOf(order),
    orderNumber: order.number,
    orderUrl: orderUrl(order),
    shopEmail: (await readShopContact(tx)).email,
    carrier: shipment.carrier,
    trackingNumber: shipment.trackingNumber,
  });
  await enqueueOrderEmail(
    tx,
    order,
    { key: `order-shipped:${order.id}`, template: "order-shipped", now: shipment.now },
    rendered,
  );
}

/**
 * Cancels an order the shop will not ship: pending (nothing paid) or paid and already refunded in full (the
 * caller refunds first, so that a refused refund leaves the order as it was). Stock goes back on the shelf.
 */
export async function cancelUnshipped(
  tx: Tx,
  order: Order,
  cancellation: { refundedCents: number; now: Date },
): Promise<void> {
  if (order.status !== "pending" && order.status !== "paid") throw new DomainError("orderNotCancellable");
  await cancelOrder(tx, order, "cancelled by the shop");
  const rendered = await renderOrderCancelledEmail({
    locale: localeOf(order),
    orderNumber: order.number,
    orderUrl: orderUrl(order),
    shopEmail: (await readShopContact(tx)).email,
    refundedCents: cancellation.refundedCents,
  });
  const email = { key: `order-cancelled:${order.id}`, template: "order-cancelled", now: cancellation.now };
  await enqueueOrderEmail(tx, order, email, rendered);
}

/** Tells the customer about a refund the shop made (not one that is part of a cancellation: that e-mail says it). */
export async function enqueueRefundedEmail(
  tx: Tx,
  order: Order,
  refund: Pick<Refund, "id" | "amountCents">,
  now: Date,
): Promise<void> {
  const rendered = await renderOrderRefundedEmail({
    locale: localeOf(order),
    orderNumber: order.number,
    orderUrl: orderUrl(order),
    shopEmail: (await readShopContact(tx)).email,
    amountCents: refund.amountCents,
  });
  await enqueueOrderEmail(tx, order, { key: `order-refunded:${refund.id}`, template: "order-refunded", now }, rendered);
}
