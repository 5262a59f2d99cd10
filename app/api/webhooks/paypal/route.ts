import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { handlePayPalWebhookRequest } from "@/lib/payments/paypal-webhook-request";
import { orUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** PayPal webhooks (P10): see lib/payments/paypal-webhook-request.ts. */
export const POST = orUnavailable(async (request: Request) => {
  return handlePayPalWebhookRequest(request, { db, env: getEnv(), now: new Date() });
});
