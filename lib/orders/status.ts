// The order state machine (house style: explicit transitions, one function to apply them).
import type { Tx } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/generated/prisma/client";

export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ["paid", "cancelled"],
  paid: ["fulfilled", "cancelled", "refunded"],
  fulfilled: ["refunded"],
  // A payment that arrives after its reservation expired may revive the order (see markOrderPaid).
  cancelled: ["paid"],
  // A refund that fails after it had succeeded (lib/payments/refunds.ts): the money was not returned after all.
  refunded: ["paid", "fulfilled"],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export class InvalidTransitionError extends Error {
  constructor(
    readonly orderId: string,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
  ) {
    super(`Order ${orderId} cannot go from ${from} to ${to}`);
  }
}

/**
 * Moves an order from `from` to `to`, recording why. The update is conditional on the current status,
 * so two concurrent transitions (a webhook and a redelivery) cannot both succeed.
 */
export async function transitionOrder(
  tx: Tx,
  orderId: string,
  from: OrderStatus,
  to: OrderStatus,
  reason: string,
  data: { paidAt?: Date; providerPaymentId?: string; reservedUntil?: Date | null } = {},
): Promise<void> {
  if (!canTransition(from, to)) throw new InvalidTransitionError(orderId, from, to);
  // Every transition leaves "pending" (or starts after it): the client's key is kept only while pending (P18).
  const { count } = await tx.order.updateMany({
    where: { id: orderId, status: from },
    data: { status: to, clientKey: null, ...data },
  });
  if (count !== 1) throw new InvalidTransitionError(orderId, from, to);
  await tx.orderEvent.create({ data: { orderId, fromStatus: from, toStatus: to, reason } });
}
