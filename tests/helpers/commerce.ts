// Builders shared by the commerce tests: a shopper's cart and checkout form, Stripe events signed with
// the SDK's own test helper, and the refusal a shopper is shown.
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { expect } from "vitest";
import { addToCart } from "@/lib/cart/cart";
import { checkoutSchema } from "@/lib/checkout/form";
import type { Db } from "@/lib/db/client";
import type { ErrorCode } from "@/lib/errors";
import type { CheckoutInput } from "@/lib/orders/place-order";
import type { PaymentConfig } from "@/lib/payments/config";

export const STRIPE_WEBHOOK_SECRET = "whsec_test_plusuite";

export function stripeConfig(apiUrl: string): PaymentConfig {
  return { stripe: { secretKey: "sk_test_plusuite", webhookSecret: STRIPE_WEBHOOK_SECRET, apiUrl }, paypal: null };
}
export const demoConfig: PaymentConfig = { stripe: null, paypal: null };

/** A refusal the shopper is shown (lib/errors.ts), with its code. */
export const refusal = (code: ErrorCode) => expect.objectContaining({ name: "DomainError", code });

export function checkoutInput(overrides: Partial<Record<string, unknown>> = {}): CheckoutInput {
  return checkoutSchema.parse({
    email: "Camille.Martin@example.fr",
    shipping: {
      name: "Camille Martin",
      line1: "12 rue des Lilas",
      postalCode: "69003",
      city: "Lyon",
      country: "FR",
      phone: "06 12 34 56 78",
    },
    billingSameAsShipping: true,
    shippingMethod: "colissimo",
    provider: "demo",
    ...overrides,
  });
}

export async function cartWith(db: Db, items: { slug: string; sku?: string; quantity: number }[]): Promise<string> {
  let cartId: string | null = null;
  for (const item of items) {
    const product = await db.product.findUniqueOrThrow({ where: { slug: item.slug }, include: { variants: true } });
    const variant = item.sku ? product.variants.find((v) => v.sku === item.sku) : undefined;
    cartId = await addToCart(db, cartId, { productId: product.id, variantId: variant?.id, quantity: item.quantity });
  }
  return cartId!;
}

export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  id = `evt_${randomUUID().replaceAll("-", "")}`,
) {
  const payload = JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2025-01-01",
    created: 1,
    livemode: false,
    pending_webhooks: 1,
    request: null,
    data: { object },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_WEBHOOK_SECRET });
  return { id, payload, signature };
}
