import { after } from "next/server";
import { db } from "@/lib/db";
import { deliverOutboxNow } from "@/lib/email/deliver";
import { getEnv } from "@/lib/env";
import { paymentConfigFrom } from "@/lib/payments/config";
import { createStripeClient, handleStripeEvent, verifyStripeEvent } from "@/lib/payments/stripe";
import { webhookStatus } from "@/lib/payments/webhook-events";

export const dynamic = "force-dynamic";

/** Stripe webhooks (P10): signature checked on the raw body; each event applied once; e-mails sent after the answer. */
export async function POST(request: Request) {
  const env = getEnv();
  const config = paymentConfigFrom(env).stripe;
  if (!config) return new Response(null, { status: 404 });
  const stripe = createStripeClient(config);
  const event = verifyStripeEvent(
    stripe,
    await request.text(),
    request.headers.get("stripe-signature"),
    config.webhookSecret,
  );
  if (!event) return new Response("invalid signature", { status: 400 });

  const outcome = await handleStripeEvent(db, event, new Date());
  if (outcome === "applied") after(() => deliverOutboxNow(db, env));
  return new Response(null, { status: webhookStatus(outcome) });
}
