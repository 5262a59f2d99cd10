// Reconciliation (docs/decisions/0017): asks the payment provider about pending orders that reached it, for
// the payments we did not hear about: a capture that timed out here but succeeded at PayPal, a webhook that
// has not arrived yet (the provider down, or our endpoint answering errors). A paid one goes through the same
// code as the webhook or the capture (markOrderPaid: conditional transition, one confirmation e-mail under
// its unique key), so whichever comes first pays the order and the others find it paid. Run by the
// maintenance job before expired reservations are cancelled, so that an order the provider says is paid is
// never cancelled for want of a webhook. Safe in several processes at once: every write is conditional and
// every PayPal write carries the same PayPal-Request-Id as the shopper's.
import type Stripe from "stripe";
import type { Db } from "@/lib/db/client";
import type { Order, PaymentProvider } from "@/lib/generated/prisma/client";
import { InvalidTransitionError } from "@/lib/orders/status";
import { RESERVATION_MINUTES } from "@/lib/orders/place-order";
import { errorKind, logger } from "@/lib/logs/logger";
import type { PaymentConfig } from "./config";
import { PaymentProviderUnavailableError } from "./errors";
import { applyPayPalCaptureResult } from "./paypal/checkout";
import type { PayPalDeps } from "./paypal/client";
import { capturePayPalOrder, evaluatePayPalCaptures, getPayPalOrder } from "./paypal/orders";
import { applyPaidCheckoutSession, retrieveCheckoutSession } from "./stripe";

/** Orders asked about per run (each is one or two calls to the provider; the job runs every minute). */
export const RECONCILE_BATCH = 20;
/** A shopper who reached the provider less than this ago is most likely still on its page: not asked yet. */
export const RECONCILE_MIN_AGE_MINUTES = 2;
/** Orders whose hold ended longer ago than this are left alone (the job was down; an operator looks). */
export const RECONCILE_MAX_AGE_HOURS = 24;

export type ReconcileDeps = {
  config: PaymentConfig;
  /** null when Stripe is not configured */
  stripe: Stripe | null;
  now: Date;
  paypal?: PayPalDeps;
  limit?: number;
};

export type ReconcileReport = {
  /** orders the provider was asked about */
  checked: number;
  /** orders this run marked paid */
  paid: number;
  /** providers that did not answer: their remaining orders wait for the next run */
  unavailable: PaymentProvider[];
};

type Candidate = Pick<Order, "id" | "number" | "status" | "totalCents" | "currency" | "paymentProvider"> & {
  providerReference: string;
};

/**
 * Asks Stripe (Checkout Session) or PayPal (order) about up to `limit` pending orders with a provider
 * reference, those whose hold ends first coming first (they are the ones about to be cancelled).
 */
export async function reconcilePendingPayments(db: Db, deps: ReconcileDeps): Promise<ReconcileReport> {
  const { config, now } = deps;
  const providers: PaymentProvider[] = [];
  if (config.stripe && deps.stripe) providers.push("stripe");
  if (config.paypal) providers.push("paypal");
  const report: ReconcileReport = { checked: 0, paid: 0, unavailable: [] };
  if (providers.length === 0) return report;

  // An order's hold is set to RESERVATION_MINUTES when the shopper reaches the provider: a hold ending later
  // than RESERVATION_MINUTES - RECONCILE_MIN_AGE_MINUTES from now was started less than the minimum age ago.
  const rows = await db.order.findMany({
    where: {
      status: "pending",
      paymentProvider: { in: providers },
      providerReference: { not: null },
      reservedUntil: {
        gte: new Date(now.getTime() - RECONCILE_MAX_AGE_HOURS * 3_600_000),
        lte: new Date(now.getTime() + (RESERVATION_MINUTES - RECONCILE_MIN_AGE_MINUTES) * 60_000),
      },
    },
    select: {
      id: true,
      number: true,
      status: true,
      totalCents: true,
      currency: true,
      paymentProvider: true,
      providerReference: true,
    },
    orderBy: { reservedUntil: "asc" },
    take: deps.limit ?? RECONCILE_BATCH,
  });

  for (const row of rows) {
    const order = row as Candidate;
    if (report.unavailable.includes(order.paymentProvider)) continue;
    report.checked++;
    try {
      const paid =
        order.paymentProvider === "stripe"
          ? await reconcileStripe(db, deps, order)
          : await reconcilePayPal(db, deps, order);
      if (paid) report.paid++;
    } catch (error) {
      if (error instanceof PaymentProviderUnavailableError) {
        // One timeout per provider and run, not one per order: the job must not hang for minutes.
        report.unavailable.push(order.paymentProvider);
        logger.warn({ provider: order.paymentProvider, detail: error.detail }, "reconciliation: provider unavailable");
      } else if (error instanceof InvalidTransitionError) {
        // Paid or cancelled meanwhile by a webhook, the shopper or another process: nothing to do.
      } else {
        logger.error({ order: order.number, error: errorKind(error) }, "reconciliation failed for an order");
      }
    }
  }
  return report;
}

/** True when this call marked the order paid. */
async function reconcileStripe(db: Db, deps: ReconcileDeps, order: Candidate): Promise<boolean> {
  const session = await retrieveCheckoutSession(deps.stripe!, order.providerReference);
  if (session.payment_status !== "paid") return false;
  const outcome = await db.$transaction((tx) => applyPaidCheckoutSession(tx, session, deps.now));
  return outcome === "applied" && (await isPaid(db, order.id));
}

/**
 * COMPLETED: the capture is checked (status and amount) as the shopper's capture is. APPROVED: the shopper
 * approved the payment but our capture never reached PayPal (or PayPal failed it): captured now, with the
 * shopper's PayPal-Request-Id, so a capture PayPal did make is answered again instead of made twice.
 */
async function reconcilePayPal(db: Db, deps: ReconcileDeps, order: Candidate): Promise<boolean> {
  const paypal = deps.config.paypal!;
  const current = await getPayPalOrder(paypal, order.providerReference, deps.paypal);
  let result;
  if (current.status === "COMPLETED") result = evaluatePayPalCaptures(current.body, order.providerReference, order);
  else if (current.status === "APPROVED")
    result = await capturePayPalOrder(paypal, order.providerReference, order, deps.paypal);
  else return false; // CREATED, PAYER_ACTION_REQUIRED, VOIDED…: nothing paid
  const outcome = await applyPayPalCaptureResult(db, order, result, deps.now);
  return outcome.status === "paid";
}

async function isPaid(db: Db, orderId: string): Promise<boolean> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { status: true } });
  return order?.status === "paid";
}
