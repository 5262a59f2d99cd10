import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { paymentConfigFrom } from "@/lib/payments/config";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";
import { handlePayPalWebhookEvent, InvalidPayPalWebhookError, verifyPayPalWebhook } from "@/lib/payments/paypal";
import { webhookStatus } from "@/lib/payments/webhook-events";

export const dynamic = "force-dynamic";

/** PayPal events are a few kilobytes; anything much larger is not one. */
const MAX_BODY_BYTES = 256 * 1024;

/** PayPal webhooks: verified with PayPal first; any non-2xx answer makes PayPal deliver the event again. */
export async function POST(request: Request) {
  const config = paymentConfigFrom(getEnv()).paypal;
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
    const outcome = await handlePayPalWebhookEvent(db, event, new Date());
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
