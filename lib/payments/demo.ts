// Demo payment mode: only while no real gateway is configured, so that a fresh install can take an
// order end to end. Its orders are marked as demo (isDemo) and are never shipped.
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { markOrderPaid, type PaidResult } from "@/lib/orders/lifecycle";
import { isDemoMode, type PaymentConfig } from "./config";

export async function payDemoOrder(db: Db, config: PaymentConfig, orderId: string, now: Date): Promise<PaidResult> {
  if (!isDemoMode(config)) throw new DomainError("gatewayUnavailable");
  return db.$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
    if (order.paymentProvider !== "demo" || !order.isDemo) throw new DomainError("gatewayUnavailable");
    return markOrderPaid(
      tx,
      order.id,
      { provider: "demo", paymentId: `demo-${order.number}`, amountCents: order.totalCents, currency: order.currency },
      now,
    );
  });
}
