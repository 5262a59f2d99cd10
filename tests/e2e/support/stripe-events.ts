// Stripe's side of a payment for the gateway shop's tests: what Stripe would POST to the shop's webhook,
// signed with the SDK's own helper and the gateway shop's webhook secret (tests/e2e/support/servers.ts).
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import Stripe from "stripe";
import { PAYMENT_FAKES } from "./servers";

/** Delivers one signed event to the shop's Stripe webhook and expects it accepted. */
export async function deliverStripeEvent(
  request: APIRequestContext,
  type: string,
  object: Record<string, unknown>,
): Promise<void> {
  const payload = JSON.stringify({
    id: `evt_${randomUUID().replaceAll("-", "")}`,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: null,
    data: { object },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: PAYMENT_FAKES.stripeWebhookSecret });
  const response = await request.post("/api/webhooks/stripe", {
    headers: { "stripe-signature": signature, "content-type": "application/json" },
    data: payload,
  });
  expect(response.status(), `${type}: ${await response.text()}`).toBe(200);
}

/** The customer paid on Stripe's hosted page: the session the shop created, now paid. */
export function paidCheckoutSession(order: { id: string; number: string; totalCents: number }, sessionId: string) {
  return {
    id: sessionId,
    object: "checkout.session",
    mode: "payment",
    client_reference_id: order.id,
    amount_total: order.totalCents,
    currency: "eur",
    payment_status: "paid",
    status: "complete",
    payment_intent: `pi_e2e_${randomUUID().replaceAll("-", "").slice(0, 20)}`,
    metadata: { orderId: order.id, orderNumber: order.number },
  };
}
