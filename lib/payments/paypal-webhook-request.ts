// The PayPal webhook endpoint (P10) as a plain function of the request and what it needs, so that tests
// call it with their own database and configuration; app/api/webhooks/paypal/route.ts only wires it up.
import type { Db } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { paymentConfigFrom } from "@/lib/payments/config";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";
import {
  handlePayPalWebhookEvent,
  InvalidPayPalWebhookError,
  verifyPayPalWebhook,
} from "@/lib/payments/paypal/webhooks";
import { webhookStatus } from "@/lib/payments/webhook-events";
import { readBodyWithin, refuseWebhookFlood } from "@/lib/payments/webhook-request";
import type { RateLimitRule } from "@/lib/security/rate-limit";
import { errorKind, logger } from "@/lib/logs/logger";

export type PayPalWebhookDeps = {
  db: Db;
  env: Env;
  now: Date;
  /** deliveries per client address (default RATE_LIMITS.webhooksPerIp; tests pass a small one) */
  rateLimit?: RateLimitRule;
};

/**
 * Counted per client address (429), body read within 256 kB (413), then verified: cheap checks of the
 * signature headers first, PayPal itself next. Any non-2xx answer makes PayPal deliver the event again.
 */
export async function handlePayPalWebhookRequest(
  request: Request,
  { db, env, now, rateLimit }: PayPalWebhookDeps,
): Promise<Response> {
  const config = paymentConfigFrom(env).paypal;
  if (!config) return new Response(null, { status: 404 });
  try {
    const flood = await refuseWebhookFlood(db, request, { provider: "paypal", env, now, rule: rateLimit });
    if (flood) return flood;
    const rawBody = await readBodyWithin(request);
    if (rawBody === null) return new Response(null, { status: 413 });
    if (!(await verifyPayPalWebhook(config, request.headers, rawBody, now))) return new Response(null, { status: 400 });
    let event: unknown;
    try {
      event = JSON.parse(rawBody);
    } catch {
      return new Response(null, { status: 400 });
    }
    const outcome = await handlePayPalWebhookEvent(db, event, now);
    return new Response(null, { status: webhookStatus(outcome) });
  } catch (error) {
    if (error instanceof InvalidPayPalWebhookError) return new Response(null, { status: 400 });
    // PayPal could not verify the event now: it will be delivered again.
    if (error instanceof PaymentProviderUnavailableError) return new Response(null, { status: 503 });
    // The error's kind only: messages may quote data from the event.
    logger.error({ error: errorKind(error) }, "PayPal webhook failed");
    return new Response(null, { status: 500 });
  }
}
