// Which payment gateways are configured, from the validated environment. With none, the shop runs in
// demo payment mode so that a fresh install can take an order end to end; demo mode can never be used
// once a real gateway is configured.
import type { Env } from "@/lib/env";

export type StripeConfig = { secretKey: string; webhookSecret: string; apiUrl?: string };
export type PayPalConfig = { clientId: string; clientSecret: string; webhookId: string; apiUrl: string };
export type PaymentConfig = { stripe: StripeConfig | null; paypal: PayPalConfig | null };

export const PAYPAL_SANDBOX_API = "https://api-m.sandbox.paypal.com";

export function paymentConfigFrom(env: Env): PaymentConfig {
  return {
    stripe:
      env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
        ? { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, apiUrl: env.STRIPE_API_URL }
        : null,
    paypal:
      env.PAYPAL_CLIENT_ID && env.PAYPAL_CLIENT_SECRET && env.PAYPAL_WEBHOOK_ID
        ? {
            clientId: env.PAYPAL_CLIENT_ID,
            clientSecret: env.PAYPAL_CLIENT_SECRET,
            webhookId: env.PAYPAL_WEBHOOK_ID,
            apiUrl: (env.PAYPAL_API_URL ?? PAYPAL_SANDBOX_API).replace(/\/$/, ""),
          }
        : null,
  };
}

export function isDemoMode(config: PaymentConfig): boolean {
  return config.stripe === null && config.paypal === null;
}
