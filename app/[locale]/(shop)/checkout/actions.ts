"use server";
// Placing an order. The form carries contact, addresses, shipping method and gateway only: every amount
// is computed on the server from the database (P10). A refusal is a DomainError of lib/checkout.
import { after } from "next/server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { getCart } from "@/lib/cart/cart";
import { readCartId, rememberCartCount } from "@/lib/cart/session";
import { checkout } from "@/lib/checkout/checkout";
import { checkoutSchema } from "@/lib/checkout/form";
import { deliverOutboxNow } from "@/lib/email/deliver";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { subscribeFromCheckout } from "@/lib/newsletter/checkout-opt-in";
import { paymentConfigFrom } from "@/lib/payments/config";
import { createStripeClient } from "@/lib/payments/stripe";

export const placeOrderAction = defineAction({
  access: "public",
  schema: checkoutSchema,
  // Counted per client address inside checkout() (lib/checkout), with the cap on unpaid orders: stock is
  // never held in bulk by one client (issue 10).
  handler: async (input, { db, user, locale, now, ipKey }) => {
    const cartId = await readCartId();
    if (!cartId) throw new DomainError("emptyCart");
    const env = getEnv();
    const config = paymentConfigFrom(env);
    const stripe = config.stripe ? createStripeClient(config.stripe) : null;
    const { redirectTo } = await checkout(
      db,
      { config, stripe, now, siteUrl: env.SITE_URL },
      { cartId, locale, input, userId: user?.id, clientKey: ipKey },
    );
    // P6: the box starts the double opt-in once the order is placed; it never fails the order.
    if (input.newsletter) {
      await subscribeFromCheckout(db, { email: input.email, locale, userId: user?.id, ipKey }, now, env);
    }
    after(() => deliverOutboxNow(db, env));
    // A demo order is paid at once and its items leave the cart: the header's count follows, with or without
    // JavaScript on the next pages (a gateway's payment empties it later, read again by the order page).
    await rememberCartCount(await getCart(db, cartId, locale));
    redirect(redirectTo);
  },
});
