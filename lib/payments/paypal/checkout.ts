// PayPal Express Checkout on the server. The browser only approves a PayPal order: creating it,
// capturing it and deciding that our order is paid all happen here, from amounts we compute and
// captures we check ourselves (P10, P28).
// Every write to PayPal carries a PayPal-Request-Id derived from our order, so a retry (double click,
// network error, timeout) is answered with the first result instead of a second order or charge.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Order } from "@/lib/generated/prisma/client";
import { markOrderPaid, PaymentMismatchError } from "@/lib/orders/lifecycle";
import type { PayPalConfig } from "@/lib/payments/config";
import type { PayPalDeps } from "./client";
import { capturePayPalOrder, createPayPalOrder, type PayPalCaptureResult } from "./orders";
import { logger } from "@/lib/logs/logger";

/**
 * Creates the PayPal order for a pending PayPal order of ours and stores its id as providerReference.
 * Calling it again (double click, page reload) returns the same PayPal order.
 */
export async function startPayPalCheckout(
  db: Db,
  config: PayPalConfig,
  orderId: string,
  deps: PayPalDeps = {},
): Promise<{ paypalOrderId: string }> {
  const order = await db.order.findUnique({ where: { id: orderId }, include: { lines: true } });
  if (!order || order.paymentProvider !== "paypal") throw new Error(`Order ${orderId} is not a PayPal order`);
  if (order.status !== "pending") throw new Error(`Order ${order.number} is ${order.status}, not pending`);
  if (order.providerReference) return { paypalOrderId: order.providerReference };

  const paypalOrderId = await createPayPalOrder(config, order, deps);
  const { count } = await db.order.updateMany({
    where: { id: order.id, status: "pending", providerReference: null },
    data: { providerReference: paypalOrderId },
  });
  if (count !== 1) {
    // A concurrent call stored it first: with the same PayPal-Request-Id it got the same PayPal order.
    const current = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    if (current.providerReference !== paypalOrderId)
      throw new Error(`Order ${order.number} changed during PayPal checkout`);
  }
  return { paypalOrderId };
}

export type PayPalCheckoutOutcome =
  /** paid now, or already paid (a second click, or the webhook came first) */
  | { status: "paid" | "alreadyPaid" }
  /** the capture is PENDING at PayPal: the order stays pending until PAYMENT.CAPTURE.COMPLETED */
  | { status: "pending" }
  /** the funding source was declined: the shopper may try again */
  | { status: "declined" }
  /** PayPal took a different amount than ours: not paid, a refund is due (recorded on the order) */
  | { status: "mismatch" }
  /** paid after the reservation ran out and the stock is gone: the order stays cancelled, refund due */
  | { status: "cancelledNoStock" }
  /** not our pending PayPal order, or not the PayPal order we created for it */
  | { status: "invalidOrder" };

/**
 * The shopper approved the payment in PayPal's window: capture it and, only on a verified capture, mark
 * the order paid. PaymentProviderUnavailableError leaves the order pending (a retry is safe).
 */
export async function completePayPalCheckout(
  db: Db,
  config: PayPalConfig,
  params: { orderId: string; paypalOrderId: string; now: Date },
  deps: PayPalDeps = {},
): Promise<PayPalCheckoutOutcome> {
  const order = await db.order.findUnique({ where: { id: params.orderId } });
  if (
    !order ||
    order.paymentProvider !== "paypal" ||
    !order.providerReference ||
    order.providerReference !== params.paypalOrderId
  ) {
    return { status: "invalidOrder" };
  }
  if (order.status === "paid" || order.status === "fulfilled" || order.status === "refunded")
    return { status: "alreadyPaid" };
  if (order.status !== "pending" && order.status !== "cancelled") return { status: "invalidOrder" };

  const result = await capturePayPalOrder(config, params.paypalOrderId, order, deps);
  return applyPayPalCaptureResult(db, order, result, params.now);
}

/**
 * What a checked capture does to our order: a COMPLETED capture of exactly our total pays it (markOrderPaid,
 * once: the confirmation e-mail is enqueued under its unique key); a mismatch is recorded for a refund. The
 * one path for the shopper's capture and for lib/payments/reconcile.ts, which reads the PayPal order later.
 */
export async function applyPayPalCaptureResult(
  db: Db,
  order: Pick<Order, "id" | "number" | "status">,
  result: PayPalCaptureResult,
  now: Date,
): Promise<PayPalCheckoutOutcome> {
  switch (result.status) {
    case "completed":
      try {
        const paid = await db.$transaction((tx) => markOrderPaid(tx, order.id, result.payment, now));
        return { status: paid };
      } catch (error) {
        if (error instanceof PaymentMismatchError) return { status: "mismatch" };
        throw error;
      }
    case "mismatch": {
      const reason = "PayPal capture refused: amount or order mismatch, check PayPal and refund what was taken";
      // Once per order: the reconciliation job may read the same capture every minute until the order expires.
      const recorded = await db.orderEvent.findFirst({ where: { orderId: order.id, reason }, select: { id: true } });
      if (!recorded)
        await db.orderEvent.create({
          data: { orderId: order.id, fromStatus: order.status, toStatus: order.status, reason },
        });
      logger.warn({ order: order.number }, "PayPal capture refused: amount or order mismatch");
      return { status: "mismatch" };
    }
    case "pending":
    case "declined":
      return { status: result.status };
  }
}
