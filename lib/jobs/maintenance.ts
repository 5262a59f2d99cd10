// Work that must happen even when nobody clicks: asking the payment providers about pending orders we have
// not heard about (lib/payments/reconcile.ts), cancelling orders whose stock reservation ran out, retrying
// e-mails with backoff, and once a day the retention purge (P15). Safe in several processes at once
// (e-mails are claimed, order transitions are conditional, the daily run is claimed in the database). Run
// every minute by the server (instrumentation.ts); also callable from cron.
import type { Db } from "@/lib/db/client";
import { deliverOutboxNow } from "@/lib/email/deliver";
import type { Env } from "@/lib/env";
import { cancelExpiredOrders } from "@/lib/orders/lifecycle";
import { isDemoMode, paymentConfigFrom } from "@/lib/payments/config";
import { reconcilePendingPayments, type ReconcileReport } from "@/lib/payments/reconcile";
import { createStripeClient } from "@/lib/payments/stripe";
import { runDailyRetention } from "./daily";
import { errorKind, logger } from "@/lib/logs/logger";

export const MAINTENANCE_INTERVAL_MS = 60_000;

export async function runMaintenance(db: Db, env: Env, now = new Date()) {
  // Before the cancellations: an order the provider says is paid is paid, not cancelled for want of a webhook.
  const payments = await reconcilePayments(db, env, now);
  const cancelledOrders = await cancelExpiredOrders(db, now);
  const emails = await deliverOutboxNow(db, env, now);
  // Last: a failing purge must not hold up orders and e-mails (its warnings go out on the next tick).
  const retention = await runDailyRetention(db, now);
  return { payments, cancelledOrders, emails, retention };
}

/** null without a payment gateway (demo mode); a failure is logged and must not hold up the rest. */
async function reconcilePayments(db: Db, env: Env, now: Date): Promise<ReconcileReport | null> {
  const config = paymentConfigFrom(env);
  if (isDemoMode(config)) return null;
  try {
    return await reconcilePendingPayments(db, {
      config,
      stripe: config.stripe ? createStripeClient(config.stripe) : null,
      now,
    });
  } catch (error) {
    logger.error({ error: errorKind(error) }, "payment reconciliation failed");
    return null;
  }
}

/** Starts the periodic run in a server process; errors are logged (without data) and retried next time. */
export function startMaintenanceLoop(db: Db, env: Env): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const { retention } = await runMaintenance(db, env);
      // Counts only: what the day's purge did, for the operator.
      if (retention) logger.info({ retention }, "retention applied");
    } catch (error) {
      logger.error({ error: errorKind(error) }, "maintenance run failed");
    } finally {
      running = false;
    }
  }, MAINTENANCE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
