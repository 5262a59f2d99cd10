// What happens to an order after checkout: paid (from a verified payment only), cancelled (stock
// returned). Refunds are in lib/payments/refunds.ts. Each step is one transaction through the state machine.
import type { Db, Tx } from "@/lib/db/client";
import type { Order, PaymentProvider } from "@/lib/generated/prisma/client";
import { enqueueOrderConfirmation } from "@/lib/email/order-confirmation";
import { transitionOrder } from "./status";
import { inLockOrder, OutOfStockError, returnStock, takeStock } from "./stock";

export type VerifiedPayment = {
  provider: PaymentProvider;
  /** PaymentIntent id, PayPal capture id, or a demo reference */
  paymentId: string;
  amountCents: number;
  currency: string;
};

export class PaymentMismatchError extends Error {}

export type PaidResult = "paid" | "alreadyPaid" | "cancelledNoStock";

/**
 * Records a verified payment. Idempotent: a second call for a paid order changes nothing. A payment
 * for an order whose reservation expired takes the stock again if it is still there; if it is not,
 * the order stays cancelled and the event log says a refund is due.
 * Sends the order confirmation e-mail exactly once (P5): it is enqueued in this same transaction under
 * a unique key.
 */
export async function markOrderPaid(tx: Tx, orderId: string, payment: VerifiedPayment, now: Date): Promise<PaidResult> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  if (payment.amountCents !== order.totalCents || payment.currency.toUpperCase() !== order.currency) {
    throw new PaymentMismatchError(
      `Order ${order.number}: paid ${payment.amountCents} ${payment.currency}, expected ${order.totalCents} ${order.currency}`,
    );
  }
  if (payment.provider !== order.paymentProvider)
    throw new PaymentMismatchError(`Order ${order.number}: paid with ${payment.provider}`);
  if (order.status === "paid" || order.status === "fulfilled" || order.status === "refunded") return "alreadyPaid";

  if (order.status === "cancelled") {
    try {
      for (const line of inLockOrder(order.lines)) await takeStockForLine(tx, line);
    } catch (error) {
      if (!(error instanceof OutOfStockError)) throw error;
      // The money was taken all the same: recorded on the order, so that the back office can refund it.
      await tx.order.update({ where: { id: orderId }, data: { paidAt: now, providerPaymentId: payment.paymentId } });
      await tx.orderEvent.create({
        data: {
          orderId,
          fromStatus: "cancelled",
          toStatus: "cancelled",
          reason: `late payment ${payment.paymentId}: out of stock, refund due`,
        },
      });
      return "cancelledNoStock";
    }
  }

  await transitionOrder(tx, orderId, order.status, "paid", `payment ${payment.paymentId} via ${payment.provider}`, {
    paidAt: now,
    providerPaymentId: payment.paymentId,
    reservedUntil: null,
  });
  if (order.cartId) {
    const bought = order.lines.map((line) => `${line.productId}:${line.variantId ?? ""}`);
    await tx.cartLine.deleteMany({ where: { cartId: order.cartId, itemKey: { in: bought } } });
  }
  await enqueueOrderConfirmation(tx, orderId, now);
  return "paid";
}

/** Cancels a pending (or paid, not yet shipped) order and puts its stock back. */
export async function cancelOrder(tx: Tx, order: Pick<Order, "id" | "status">, reason: string): Promise<void> {
  await transitionOrder(tx, order.id, order.status, "cancelled", reason, { reservedUntil: null });
  const lines = await tx.orderLine.findMany({ where: { orderId: order.id } });
  for (const line of inLockOrder(lines)) {
    if (line.productId)
      await returnStock(tx, { productId: line.productId, variantId: line.variantId, quantity: line.quantity });
  }
}

/** Cancels pending orders whose reservation has run out, returning their stock. Returns how many. */
export async function cancelExpiredOrders(db: Db, now: Date): Promise<number> {
  const expired = await db.order.findMany({
    where: { status: "pending", reservedUntil: { lt: now } },
    select: { id: true, status: true },
    take: 100,
  });
  let cancelled = 0;
  for (const order of expired) {
    try {
      await db.$transaction((tx) => cancelOrder(tx, order, "reservation expired"));
      cancelled++;
    } catch {
      // Paid or cancelled meanwhile by a webhook: nothing to do.
    }
  }
  return cancelled;
}

function takeStockForLine(tx: Tx, line: { productId: string | null; variantId: string | null; quantity: number }) {
  if (!line.productId) throw new OutOfStockError({ productId: "", variantId: line.variantId, quantity: line.quantity });
  return takeStock(tx, { productId: line.productId, variantId: line.variantId, quantity: line.quantity });
}
