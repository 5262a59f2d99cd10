"use server";
// PayPal Express Checkout: the buttons ask the server to create the PayPal order (amount from our order, P10)
// and, once the shopper approves, to capture it. Both act only on the visitor's own pending order (their
// account's, or a guest order of their cart).
import { after } from "next/server";
import { defineAction } from "@/lib/actions/define";
import { readCartId } from "@/lib/cart/session";
import {
  captureOwnPayPalOrder,
  payPalApprovalSchema,
  payPalOrderSchema,
  startOwnPayPalOrder,
} from "@/lib/checkout/paypal";
import { deliverOutboxNow } from "@/lib/email/deliver";
import { getEnv } from "@/lib/env";
import { paymentConfigFrom } from "@/lib/payments/config";

export const startPayPalOrderAction = defineAction({
  access: "public",
  schema: payPalOrderSchema,
  input: "object",
  handler: async ({ orderId }, { db, user, now }) =>
    startOwnPayPalOrder(db, paymentConfigFrom(getEnv()).paypal, {
      orderId,
      cartId: await readCartId(),
      userId: user?.id,
      now,
    }),
});

export const capturePayPalOrderAction = defineAction({
  access: "public",
  schema: payPalApprovalSchema,
  input: "object",
  handler: async ({ orderId, paypalOrderId }, { db, user, now }) => {
    const env = getEnv();
    const cartId = await readCartId();
    const outcome = await captureOwnPayPalOrder(db, paymentConfigFrom(env).paypal, {
      orderId,
      paypalOrderId,
      cartId,
      userId: user?.id,
      now,
    });
    if (outcome.status === "paid") after(() => deliverOutboxNow(db, env));
    return outcome;
  },
});
