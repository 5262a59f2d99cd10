// The checkout, from a validated form to the payment page: supersede an earlier unfinished attempt,
// place the order (stock reserved), then hand over to the chosen gateway. What stops it is a DomainError
// the shopper can act on: "emptyCart", "cartChanged", "outOfStock", "shippingUnavailable",
// "gatewayUnavailable", "paymentUnavailable" (the gateway is not answering: the pending order is kept),
// "limited" (too many checkouts, or unpaid orders, from the shopper's address: stock is not held in bulk).
import type Stripe from "stripe";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { cancelExpiredOrders, cancelOrder } from "@/lib/orders/lifecycle";
import { holdStockForPayment, placeOrder, type CheckoutInput } from "@/lib/orders/place-order";
import type { PaymentConfig } from "@/lib/payments/config";
import { payDemoOrder } from "@/lib/payments/demo";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";
import { startStripeCheckout } from "@/lib/payments/stripe";
import { hit, RATE_LIMITS } from "@/lib/security/rate-limit";

export type CheckoutDeps = { config: PaymentConfig; stripe: Stripe | null; now: Date; siteUrl: string };

/** Where the shopper goes next (the order page, or the gateway's), and the pending order. */
export type CheckoutOutcome = { redirectTo: string; orderId: string };

export async function checkout(
  db: Db,
  deps: CheckoutDeps,
  params: {
    cartId: string;
    locale: Locale;
    input: CheckoutInput;
    userId?: string;
    /** the keyed hash of the shopper's address (the action's ipKey), never the address (P18) */
    clientKey: string;
  },
): Promise<CheckoutOutcome> {
  // Every attempt counts, before anything is reserved: a script placing orders in a loop is stopped here.
  const limit = await hit(db, `checkout:ip:${params.clientKey}`, RATE_LIMITS.checkoutPerIp, deps.now);
  if (!limit.allowed) throw new DomainError("limited", { retryAfterSeconds: limit.retryAfterSeconds });
  await cancelExpiredOrders(db, deps.now);
  await supersedePendingOrders(db, params.cartId);

  const placed = await placeOrder(db, { config: deps.config, now: deps.now }, params);
  if (!placed.ok) throw new DomainError(placed.reason);
  const order = placed.order;
  const orderPage = `/${params.locale}/order/${order.id}`;

  switch (order.paymentProvider) {
    case "demo":
      await payDemoOrder(db, deps.config, order.id, deps.now);
      return { redirectTo: orderPage, orderId: order.id };
    case "paypal":
      return { redirectTo: `/${params.locale}/checkout/paypal/${order.id}`, orderId: order.id };
    case "stripe": {
      if (!deps.stripe) throw new DomainError("paymentUnavailable");
      try {
        const withLines = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
        const url = await startStripeCheckout(db, deps.stripe, {
          order: withLines,
          locale: params.locale,
          siteUrl: deps.siteUrl,
          now: deps.now,
        });
        await holdStockForPayment(db, order.id, deps.now);
        return { redirectTo: url, orderId: order.id };
      } catch (error) {
        // The pending order and the cart stay as they are: the shopper retries.
        if (error instanceof PaymentProviderUnavailableError) throw new DomainError("paymentUnavailable");
        throw error;
      }
    }
  }
}

/** One unfinished checkout per cart: a new attempt cancels the previous pending order and frees its stock. */
async function supersedePendingOrders(db: Db, cartId: string): Promise<void> {
  const pending = await db.order.findMany({ where: { cartId, status: "pending" }, select: { id: true, status: true } });
  for (const order of pending) {
    await db
      .$transaction((tx) => cancelOrder(tx, order, "superseded by a new checkout attempt"))
      .catch(() => undefined);
  }
}
