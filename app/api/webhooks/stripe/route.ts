import { after } from "next/server";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { handleStripeWebhookRequest } from "@/lib/payments/stripe-webhook-request";
import { orUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** Stripe webhooks (P10): see lib/payments/stripe-webhook-request.ts. */
export const POST = orUnavailable(async (request: Request) => {
  return handleStripeWebhookRequest(request, { db, env: getEnv(), now: new Date(), afterResponse: after });
});
