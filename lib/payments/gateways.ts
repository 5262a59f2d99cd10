// Payment gateway settings (P28): each gateway is switched on or off in the database by the shop owner;
// checkout offers only gateways that are both on and configured, and the server refuses any other.
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { PaymentProvider } from "@/lib/generated/prisma/client";
import { isDemoMode, type PaymentConfig } from "./config";

export const REAL_GATEWAYS = ["stripe", "paypal"] as const satisfies readonly PaymentProvider[];

export async function availableGateways(db: Db | Tx, config: PaymentConfig): Promise<PaymentProvider[]> {
  if (isDemoMode(config)) return ["demo"];
  const enabled = await db.paymentGateway.findMany({ where: { enabled: true }, select: { provider: true } });
  return REAL_GATEWAYS.filter(
    (provider) => config[provider] !== null && enabled.some((row) => row.provider === provider),
  );
}

/** The gateway if it is offered; otherwise a refusal ("gatewayUnavailable") the shopper can act on. */
export async function assertGatewayAvailable(
  db: Db | Tx,
  config: PaymentConfig,
  provider: string,
): Promise<PaymentProvider> {
  const available = await availableGateways(db, config);
  const found = available.find((candidate) => candidate === provider);
  if (!found) throw new DomainError("gatewayUnavailable");
  return found;
}

/**
 * The admin's switch (/admin/settings, lib/admin/settings.ts). It only decides what checkout offers: orders
 * already paid through a switched-off gateway keep their refunds and webhooks (those never read this table).
 */
export async function setGatewayEnabled(
  db: Db | Tx,
  provider: (typeof REAL_GATEWAYS)[number],
  enabled: boolean,
): Promise<void> {
  await db.paymentGateway.upsert({ where: { provider }, create: { provider, enabled }, update: { enabled } });
}
