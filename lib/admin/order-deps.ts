// What the order actions need from the environment: the refund providers that are configured (the real Stripe
// SDK client, PayPal's REST configuration) and whether the shop runs in demo payment mode.
import "server-only";
import { getEnv } from "@/lib/env";
import { isDemoMode, paymentConfigFrom } from "@/lib/payments/config";
import { createStripeClient } from "@/lib/payments/stripe";
import type { OrderActionDeps } from "./order-actions";

export function orderActionDeps(now: Date): OrderActionDeps {
  const config = paymentConfigFrom(getEnv());
  return {
    now,
    providers: { stripe: config.stripe ? createStripeClient(config.stripe) : null, paypal: config.paypal },
    demoMode: isDemoMode(config),
  };
}
