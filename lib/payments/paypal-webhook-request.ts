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

export type PayPalWebhookDeps = { db: Db; env: Env; now: Date };

/** PayPal events are a few kilobytes; anything much larger is not one. */
const MAX_BODY_BYTES = 256 * 1024;

/** Verified with PayPal first; any non-2xx answer makes PayPal deliver the event again. */
export async function handlePayPalWebhookRequest(
  request: Request,
  { db, env, now }: PayPalWebhookDeps,
): Promise<Response> {
  const config = paymentConfigFrom(env).paypal;
  if (!config) return new Response(null, { status: 404 });
  try {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return new Response(null, { status: 413 });
    const rawBody = await request.text();
    if (rawBody.length > MAX_BODY_BYTES) return new Response(null, { status: 413 });
    if (!(await verifyPayPalWebhook(config, request.headers, rawBody))) return new Response(null, { status: 400 });
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
    // The error's name only: messages may quote data from the event.
    console.error(`PayPal webhook failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return new Response(null, { status: 500 });
  }
}
