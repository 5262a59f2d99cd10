// The Stripe webhook endpoint (P10) as a plain function of the request and what it needs, so that tests
// call it with their own database and configuration; app/api/webhooks/stripe/route.ts only wires it up.
import type { Db } from "@/lib/db/client";
import { deliverOutboxNow } from "@/lib/email/deliver";
import type { Env } from "@/lib/env";
import { paymentConfigFrom } from "@/lib/payments/config";
import { createStripeClient, handleStripeEvent, verifyStripeEvent } from "@/lib/payments/stripe";
import { webhookStatus } from "@/lib/payments/webhook-events";
import { readBodyWithin, refuseWebhookFlood } from "@/lib/payments/webhook-request";
import type { RateLimitRule } from "@/lib/security/rate-limit";

export type StripeWebhookDeps = {
  db: Db;
  env: Env;
  now: Date;
  /** Runs work once the answer is sent (Next's after() in the route): Stripe is not kept waiting for e-mails. */
  afterResponse: (work: () => Promise<unknown>) => void;
  /** deliveries per client address (default RATE_LIMITS.webhooksPerIp; tests pass a small one) */
  rateLimit?: RateLimitRule;
};

/**
 * Counted per client address (429 past the limit), body read within 256 kB (413 beyond), signature checked on
 * the raw body; each event applied once; the e-mails it queued sent after the answer.
 */
export async function handleStripeWebhookRequest(
  request: Request,
  { db, env, now, afterResponse, rateLimit }: StripeWebhookDeps,
): Promise<Response> {
  const config = paymentConfigFrom(env).stripe;
  if (!config) return new Response(null, { status: 404 });
  const flood = await refuseWebhookFlood(db, request, { provider: "stripe", env, now, rule: rateLimit });
  if (flood) return flood;
  const body = await readBodyWithin(request);
  if (body === null) return new Response(null, { status: 413 });
  const stripe = createStripeClient(config);
  const event = verifyStripeEvent(stripe, body, request.headers.get("stripe-signature"), config.webhookSecret);
  if (!event) return new Response("invalid signature", { status: 400 });

  const outcome = await handleStripeEvent(db, event, now);
  if (outcome === "applied") afterResponse(() => deliverOutboxNow(db, env));
  return new Response(null, { status: webhookStatus(outcome) });
}
