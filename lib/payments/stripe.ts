// Card payments with Stripe Checkout (hosted page: the shop never sees a card number, P10). Amounts come
// from our order, computed on the server; the order is marked paid only from a verified webhook event.
import "server-only";
import Stripe from "stripe";
import type { Db, Tx } from "@/lib/db/client";
import type { Order, OrderLine } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { cancelOrder, markOrderPaid, PaymentMismatchError } from "@/lib/orders/lifecycle";
import type { StripeConfig } from "./config";
import { PaymentProviderUnavailableError } from "./errors";
import { reconcileRefundedTotal, reconcileReportedRefund, refundStatusOfStripe } from "./refunds";
import { processWebhookEventOnce, type WebhookOutcome } from "./webhook-events";
import { logger } from "@/lib/logs/logger";

/** Stripe requires a Checkout Session to live at least 30 minutes; our reservation lasts longer. */
const SESSION_MINUTES = 31;

/**
 * A shopper waits at most about (retries + 1) × timeout for Stripe, plus the SDK's short backoff: 6 s, one
 * retry (idempotency keys make it safe) → about 12.5 s, not the SDK's default of 80 s per attempt. A call that
 * timed out may still have succeeded at Stripe: the webhook or lib/payments/reconcile.ts settles it.
 */
export const STRIPE_TIMEOUT_MS = 6_000;
export const STRIPE_MAX_NETWORK_RETRIES = 1;

/** `timeoutMs`: tests shorten it to watch a hanging Stripe without waiting seconds. */
export function createStripeClient(config: StripeConfig, options: { timeoutMs?: number } = {}): Stripe {
  const sdkOptions: Stripe.StripeConfig = {
    maxNetworkRetries: STRIPE_MAX_NETWORK_RETRIES,
    timeout: options.timeoutMs ?? STRIPE_TIMEOUT_MS,
    telemetry: false,
  };
  if (config.apiUrl) {
    // Tests point the SDK at a local fake of the Stripe API.
    const url = new URL(config.apiUrl);
    Object.assign(sdkOptions, { host: url.hostname, port: url.port, protocol: url.protocol.replace(":", "") });
  }
  return new Stripe(config.secretKey, sdkOptions);
}

/** Creates (idempotently, per order) the hosted payment page and remembers its id. Returns its URL. */
export async function startStripeCheckout(
  db: Db,
  stripe: Stripe,
  params: { order: Order & { lines: OrderLine[] }; locale: Locale; siteUrl: string; now: Date },
): Promise<string> {
  const { order, locale, siteUrl } = params;
  let session: Stripe.Checkout.Session;
  try {
    session = await stripe.checkout.sessions.create(
      {
        mode: "payment",
        client_reference_id: order.id,
        customer_email: order.email,
        locale,
        line_items: order.lines.map((line) => ({
          quantity: line.quantity,
          price_data: {
            currency: order.currency.toLowerCase(),
            unit_amount: line.unitPriceCents,
            product_data: { name: line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name },
          },
        })),
        shipping_options: [
          {
            shipping_rate_data: {
              type: "fixed_amount",
              display_name: order.shippingMethod,
              fixed_amount: { amount: order.shippingCents, currency: order.currency.toLowerCase() },
            },
          },
        ],
        metadata: { orderId: order.id, orderNumber: order.number },
        payment_intent_data: { metadata: { orderId: order.id, orderNumber: order.number } },
        success_url: `${siteUrl}/${locale}/order/${order.id}`,
        cancel_url: `${siteUrl}/${locale}/checkout?cancelled=1`,
        expires_at: Math.floor(params.now.getTime() / 1000) + SESSION_MINUTES * 60,
      },
      { idempotencyKey: `checkout-session:${order.id}` },
    );
  } catch (error) {
    throw asProviderError(error);
  }
  if (session.amount_total !== null && session.amount_total !== order.totalCents) {
    throw new PaymentMismatchError(
      `Stripe session total ${session.amount_total} for order ${order.number} (${order.totalCents})`,
    );
  }
  await db.order.update({ where: { id: order.id }, data: { providerReference: session.id } });
  if (!session.url) throw new PaymentProviderUnavailableError("stripe", "no session URL");
  return session.url;
}

/** Applies one verified Stripe event, once. */
export async function handleStripeEvent(db: Db, event: Stripe.Event, now: Date): Promise<WebhookOutcome | "duplicate"> {
  return processWebhookEventOnce(db, { provider: "stripe", id: event.id, type: event.type }, async (tx) => {
    switch (event.type) {
      case "checkout.session.completed":
      case "checkout.session.async_payment_succeeded":
        return applyPaidCheckoutSession(tx, event.data.object, now);
      case "checkout.session.expired":
      case "checkout.session.async_payment_failed": {
        const session = event.data.object;
        const order = await tx.order.findFirst({ where: { providerReference: session.id, status: "pending" } });
        if (!order) return "ignored";
        await cancelOrder(tx, order, `stripe ${event.type}`);
        return "applied";
      }
      case "charge.refunded": {
        const charge = event.data.object;
        const order = await findStripeOrder(tx, charge.payment_intent, charge.metadata?.orderId);
        if (!order) return "ignored";
        if (!order.paidAt) return "retry"; // refund seen before the payment
        const refunds = charge.refunds?.data ?? [];
        // Since API 2022-11-15 the charge no longer lists its refunds: only the refunded total is known.
        if (refunds.length === 0) await reconcileRefundedTotal(tx, order.id, charge.id, charge.amount_refunded);
        for (const refund of refunds) await reconcileStripeRefund(tx, order.id, refund);
        return "applied";
      }
      case "refund.created":
      case "refund.updated":
      case "refund.failed":
      case "charge.refund.updated": {
        const refund = event.data.object;
        const order = await findStripeOrder(tx, refund.payment_intent, refund.metadata?.orderId);
        if (!order) return "ignored";
        if (!order.paidAt) return "retry";
        await reconcileStripeRefund(tx, order.id, refund);
        return "applied";
      }
      default:
        return "ignored";
    }
  });
}

/**
 * A Checkout Session Stripe says is paid marks its order paid (amount checked by markOrderPaid). The one path
 * for the webhook and for lib/payments/reconcile.ts, so that whichever comes first pays the order and the
 * other finds it paid: one payment, one confirmation e-mail.
 */
export async function applyPaidCheckoutSession(
  tx: Tx,
  session: Stripe.Checkout.Session,
  now: Date,
): Promise<WebhookOutcome> {
  if (session.payment_status !== "paid") return "ignored"; // delayed methods: wait for async_payment_succeeded
  const order = await tx.order.findFirst({
    where: {
      OR: [{ providerReference: session.id }, { id: session.client_reference_id ?? "" }],
      paymentProvider: "stripe",
    },
  });
  if (!order || session.amount_total === null) return "ignored";
  try {
    await markOrderPaid(
      tx,
      order.id,
      {
        provider: "stripe",
        paymentId:
          typeof session.payment_intent === "string"
            ? session.payment_intent
            : (session.payment_intent?.id ?? session.id),
        amountCents: session.amount_total,
        currency: session.currency ?? "",
      },
      now,
    );
  } catch (error) {
    if (!(error instanceof PaymentMismatchError)) throw error;
    logger.error({ err: error }, "Stripe event refused");
    return "ignored";
  }
  return "applied";
}

/** The Checkout Session as Stripe has it now; Stripe unreachable or failing is PaymentProviderUnavailableError. */
export async function retrieveCheckoutSession(stripe: Stripe, sessionId: string): Promise<Stripe.Checkout.Session> {
  try {
    return await stripe.checkout.sessions.retrieve(sessionId);
  } catch (error) {
    throw asProviderError(error);
  }
}

/** Our Stripe order for a payment intent (or, failing that, the order id in the metadata). */
function findStripeOrder(
  tx: Tx,
  paymentIntent: string | Stripe.PaymentIntent | null,
  orderId: string | undefined,
): Promise<Order | null> {
  const intentId = typeof paymentIntent === "string" ? paymentIntent : paymentIntent?.id;
  return tx.order.findFirst({
    where: { paymentProvider: "stripe", OR: [{ providerPaymentId: intentId ?? "" }, { id: orderId ?? "" }] },
  });
}

/** A Stripe refund, ours (its metadata names our Refund) or made in Stripe's dashboard. */
function reconcileStripeRefund(tx: Tx, orderId: string, refund: Stripe.Refund) {
  return reconcileReportedRefund(tx, {
    provider: "stripe",
    orderId,
    providerRefundId: refund.id,
    amountCents: refund.amount,
    // A refund listed by charge.refunded without its status (older payloads) has been made.
    status: refund.status ? refundStatusOfStripe(refund.status) : "succeeded",
    refundId: refund.metadata?.refundId,
  });
}

export function verifyStripeEvent(
  stripe: Stripe,
  rawBody: string,
  signature: string | null,
  secret: string,
): Stripe.Event | null {
  if (!signature) return null;
  try {
    return stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return null;
  }
}

function asProviderError(error: unknown): Error {
  if (
    error instanceof Stripe.errors.StripeConnectionError ||
    error instanceof Stripe.errors.StripeAPIError ||
    error instanceof Stripe.errors.StripeRateLimitError
  ) {
    return new PaymentProviderUnavailableError("stripe", error.message);
  }
  return error as Error;
}
