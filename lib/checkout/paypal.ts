// The PayPal buttons of the checkout (P10, P28): the browser asks the server to create the PayPal order and,
// once the shopper approved it, to capture it. Both act only on the visitor's own PayPal order (their account's,
// or a guest order of their cart cookie), the amount is always ours, and what stops them is a DomainError the
// page shows.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { holdStockForPayment } from "@/lib/orders/place-order";
import { getOwnedOrder } from "@/lib/orders/queries";
import type { PayPalConfig } from "@/lib/payments/config";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";
import { completePayPalCheckout, startPayPalCheckout } from "@/lib/payments/paypal/checkout";
import type { PayPalDeps } from "@/lib/payments/paypal/client";

const orderId = z.string().regex(/^[a-z0-9]{10,40}$/, "notFound");
export const payPalOrderSchema = z.object({ orderId });
/** PayPal's order ids are short upper-case tokens ("5O190127TN364715T"). */
export const payPalApprovalSchema = payPalOrderSchema.extend({ paypalOrderId: z.string().regex(/^[A-Z0-9-]{5,40}$/) });

type Visitor = { orderId: string; cartId: string | null; userId?: string | null };

/**
 * The PayPal order to approve for the visitor's pending order (the same one on a second call). Creating it
 * means the shopper reached PayPal: from then on the order holds its stock for the full payment time.
 */
export async function startOwnPayPalOrder(
  db: Db,
  config: PayPalConfig | null,
  visitor: Visitor & { now: Date },
  deps: PayPalDeps = {},
): Promise<{ paypalOrderId: string }> {
  const { paypal, orderId, status, started } = await ownPayPalOrder(db, config, visitor);
  if (status !== "pending") throw new DomainError("notFound");
  const created = await whilePayPalAnswers(() => startPayPalCheckout(db, paypal, orderId, deps));
  // Once per order: asking again (a reload, a script) does not push the hold further.
  if (!started) await holdStockForPayment(db, orderId, visitor.now);
  return created;
}

/**
 * Captures the approved payment. "pending" means PayPal is still clearing it: the webhook will mark the order
 * paid. A declined card, or a capture we refused (another amount, stock gone meanwhile), is a refusal.
 */
export async function captureOwnPayPalOrder(
  db: Db,
  config: PayPalConfig | null,
  visitor: Visitor & { paypalOrderId: string; now: Date },
  deps: PayPalDeps = {},
): Promise<{ status: "paid" | "alreadyPaid" | "pending" }> {
  const { paypal, orderId } = await ownPayPalOrder(db, config, visitor);
  const outcome = await whilePayPalAnswers(() =>
    completePayPalCheckout(db, paypal, { orderId, paypalOrderId: visitor.paypalOrderId, now: visitor.now }, deps),
  );
  switch (outcome.status) {
    case "paid":
    case "alreadyPaid":
    case "pending":
      return { status: outcome.status };
    case "declined":
      throw new DomainError("declined");
    case "invalidOrder":
      throw new DomainError("notFound");
    case "mismatch":
    case "cancelledNoStock":
      throw new DomainError("failed");
  }
}

/** The visitor's PayPal order; someone else's, or one paid another way, is "not found" (no hint either way). */
async function ownPayPalOrder(db: Db, config: PayPalConfig | null, visitor: Visitor) {
  if (!config) throw new DomainError("gatewayUnavailable");
  const order = await getOwnedOrder(db, visitor.orderId, { cartId: visitor.cartId, userId: visitor.userId });
  if (order?.paymentProvider !== "paypal") throw new DomainError("notFound");
  return { paypal: config, orderId: order.id, status: order.status, started: order.providerReference !== null };
}

/** PayPal unreachable: nothing was decided, the pending order is kept and the shopper may retry. */
async function whilePayPalAnswers<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof PaymentProviderUnavailableError) throw new DomainError("paymentUnavailable");
    throw error;
  }
}
