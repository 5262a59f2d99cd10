"use server";
// PayPal Express Checkout: the buttons ask the server to create the PayPal order (amount from our order)
// and, once the shopper approves, to capture it. Both act only on the visitor's own pending order.
import { z } from "zod";
import { readCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { deliverOutboxNow } from "@/lib/email/deliver";
import { getEnv } from "@/lib/env";
import { getOwnedOrder } from "@/lib/orders/queries";
import { paymentConfigFrom } from "@/lib/payments/config";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";
import { completePayPalCheckout, startPayPalCheckout } from "@/lib/payments/paypal";
import { after } from "next/server";

const orderInput = z.object({ orderId: z.string().regex(/^[a-z0-9]{10,40}$/) });
const approvalInput = orderInput.extend({ paypalOrderId: z.string().regex(/^[A-Z0-9-]{5,40}$/) });

export type PayPalActionResult =
  { ok: true; paypalOrderId?: string; paid?: boolean } | { ok: false; error: "unavailable" | "declined" | "invalid" };

async function ownedPayPalOrder(orderId: string) {
  const config = paymentConfigFrom(getEnv()).paypal;
  const order = await getOwnedOrder(db, orderId, { cartId: await readCartId() });
  return config && order?.paymentProvider === "paypal" ? { config, order } : null;
}

export async function startPayPalOrderAction(input: unknown): Promise<PayPalActionResult> {
  const parsed = orderInput.safeParse(input);
  const owned = parsed.success ? await ownedPayPalOrder(parsed.data.orderId) : null;
  if (!owned || owned.order.status !== "pending") return { ok: false, error: "invalid" };
  try {
    const { paypalOrderId } = await startPayPalCheckout(db, owned.config, owned.order.id);
    return { ok: true, paypalOrderId };
  } catch (error) {
    if (error instanceof PaymentProviderUnavailableError) return { ok: false, error: "unavailable" };
    throw error;
  }
}

export async function capturePayPalOrderAction(input: unknown): Promise<PayPalActionResult> {
  const parsed = approvalInput.safeParse(input);
  const owned = parsed.success ? await ownedPayPalOrder(parsed.data.orderId) : null;
  if (!parsed.success || !owned) return { ok: false, error: "invalid" };
  try {
    const outcome = await completePayPalCheckout(db, owned.config, {
      orderId: owned.order.id,
      paypalOrderId: parsed.data.paypalOrderId,
      now: new Date(),
    });
    if (outcome.status === "paid") after(() => deliverOutboxNow(db, getEnv()));
    if (outcome.status === "paid" || outcome.status === "alreadyPaid") return { ok: true, paid: true };
    if (outcome.status === "pending") return { ok: true, paid: false };
    return { ok: false, error: outcome.status === "declined" ? "declined" : "invalid" };
  } catch (error) {
    if (error instanceof PaymentProviderUnavailableError) return { ok: false, error: "unavailable" };
    throw error;
  }
}
