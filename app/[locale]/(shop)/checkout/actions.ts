"use server";
// Placing an order. The form carries contact, addresses, shipping method and gateway only: every amount
// is computed on the server from the database (P10).
import { after } from "next/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readCartId } from "@/lib/cart/session";
import { checkout, type CheckoutOutcome } from "@/lib/checkout/checkout";
import { checkoutFormValues, fieldErrors, type CheckoutFormValues } from "@/lib/checkout/form";
import { db } from "@/lib/db";
import { deliverOutboxNow } from "@/lib/email/deliver";
import { getEnv } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { checkoutSchema } from "@/lib/orders/place-order";
import { paymentConfigFrom } from "@/lib/payments/config";
import { GatewayUnavailableError } from "@/lib/payments/gateways";
import { createStripeClient } from "@/lib/payments/stripe";

export type CheckoutFormState = {
  /** counts the answers, so the form can start afresh from the values below */
  attempt?: number;
  values?: CheckoutFormValues;
  fieldErrors?: Record<string, string>;
  /** a key of "Checkout.failures" */
  failure?: Extract<CheckoutOutcome, { ok: false }>["reason"] | "gatewayUnavailable" | "invalid";
};

export async function placeOrderAction(previous: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const requestedLocale = form.get("locale");
  const locale = isLocale(requestedLocale) ? requestedLocale : "fr";
  const values = checkoutFormValues(form);
  const parsed = checkoutSchema.safeParse({ ...values, shipping: values.shipping, billing: values.billing });
  if (!parsed.success) return { attempt, values, fieldErrors: fieldErrors(parsed.error), failure: "invalid" };

  const cartId = await readCartId();
  if (!cartId) return { attempt, values, failure: "emptyCart" };

  const env = getEnv();
  const config = paymentConfigFrom(env);
  let outcome: CheckoutOutcome;
  try {
    outcome = await checkout(
      db,
      {
        config,
        stripe: config.stripe ? createStripeClient(config.stripe) : null,
        now: new Date(),
        siteUrl: env.SITE_URL,
      },
      { cartId, locale, input: parsed.data, userId: (await getCurrentUser())?.id },
    );
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return { attempt, values, failure: "gatewayUnavailable" };
    throw error;
  }
  if (!outcome.ok) return { attempt, values, failure: outcome.reason };
  after(() => deliverOutboxNow(db, env));
  redirect(outcome.redirectTo);
}
