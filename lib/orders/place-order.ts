// Turns a cart into a pending order: prices and totals from the database only, stock reserved
// atomically (conditional decrements inside one transaction), contact and addresses snapshotted.
import { getCart, type CartView } from "@/lib/cart/cart";
import { variantLabel } from "@/lib/catalogue/variant-label";
import type { Address } from "@/lib/address/rules";
import type { Db, Tx } from "@/lib/db/client";
import type { Order, PaymentProvider } from "@/lib/generated/prisma/client";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { DomainError } from "@/lib/errors";
import { assertGatewayAvailable } from "@/lib/payments/gateways";
import type { PaymentConfig } from "@/lib/payments/config";
import { nextOrderNumber } from "./number";
import { shippingPrice, type ShippingMethod } from "./shipping";
import { inLockOrder, OutOfStockError, takeStock } from "./stock";
import { computeTotals } from "./totals";

/**
 * How long a pending order holds its stock once the shopper is at the payment provider (a Stripe session
 * is created, a PayPal order is created): Stripe sessions last 30 minutes at least.
 */
export const RESERVATION_MINUTES = 45;
/** Until then the hold is short, so that orders nobody pays cannot keep stock from other shoppers (issue 10). */
export const HOLD_BEFORE_PAYMENT_MINUTES = 10;
/** Unpaid orders one client (one address) may hold at once: a household, not a script. */
export const PENDING_ORDERS_PER_CLIENT = 5;

/** Checkouts queue on the product rows they reserve: allow waiting for a connection and for the locks. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 };

/** The shopper's part of an order, validated by the checkout form (lib/checkout/form.ts): no amount (P10). */
export type CheckoutInput = {
  email: string;
  shipping: Address;
  billing: Address;
  shippingMethod: ShippingMethod;
  provider: string;
};

export type PlaceOrderResult =
  | { ok: true; order: Order }
  | { ok: false; reason: "emptyCart" | "cartChanged" | "outOfStock" | "shippingUnavailable"; cart: CartView };

export async function placeOrder(
  db: Db,
  deps: { config: PaymentConfig; now: Date },
  params: {
    cartId: string;
    locale: Locale;
    input: CheckoutInput;
    userId?: string;
    /** the keyed hash of the shopper's address (lib/security/client-ip.ts): caps their unpaid orders */
    clientKey?: string;
  },
): Promise<PlaceOrderResult> {
  const { input, locale, cartId } = params;
  const provider: PaymentProvider = await assertGatewayAvailable(db, deps.config, input.provider);

  const cart = await getCart(db, cartId, locale);
  if (cart.lines.length === 0) return { ok: false, reason: "emptyCart", cart };
  if (cart.hasIssues) return { ok: false, reason: "cartChanged", cart };

  const shippingCents = shippingPrice(input.shippingMethod, input.shipping.country, cart.subtotalCents);
  if (shippingCents === null) return { ok: false, reason: "shippingUnavailable", cart };
  const lines = cart.lines.map((line) => ({ ...line, unitPriceCents: line.currentPriceCents }));
  // The snapshot is in the order's language: "Bleu marine / M", not a colour code.
  const colourNames: Record<string, string> = (await loadMessages(locale)).colours;
  const totals = computeTotals(lines, shippingCents);

  try {
    const order = await db.$transaction(async (tx) => {
      if (params.clientKey) await assertClientMayHoldAnother(tx, params.clientKey, deps.now);
      for (const line of inLockOrder(lines))
        await takeStock(tx, { productId: line.productId, variantId: line.variantId, quantity: line.quantity });
      const number = await nextOrderNumber(tx, deps.now);
      const order = await tx.order.create({
        data: {
          number,
          cartId,
          userId: params.userId,
          locale,
          email: input.email,
          phone: input.shipping.phone,
          shippingMethod: input.shippingMethod,
          subtotalCents: totals.subtotalCents,
          shippingCents: totals.shippingCents,
          vatCents: totals.vatCents,
          totalCents: totals.totalCents,
          paymentProvider: provider,
          isDemo: provider === "demo",
          reservedUntil: new Date(deps.now.getTime() + HOLD_BEFORE_PAYMENT_MINUTES * 60_000),
          clientKey: params.clientKey,
          lines: {
            create: lines.map((line) => {
              const lineTotalCents = line.unitPriceCents * line.quantity;
              return {
                productId: line.productId,
                variantId: line.variantId,
                sku: line.sku,
                name: line.name,
                variantLabel:
                  variantLabel(line.colour ? (colourNames[line.colour] ?? line.colour) : null, line.size) || null,
                unitPriceCents: line.unitPriceCents,
                quantity: line.quantity,
                vatRateBp: line.vatRateBp,
                lineTotalCents,
                vatCents: computeTotals([line], 0).vatCents,
              };
            }),
          },
          addresses: {
            create: [
              { kind: "shipping", ...addressColumns(input.shipping) },
              { kind: "billing", ...addressColumns(input.billing) },
            ],
          },
          events: { create: { toStatus: "pending", reason: `checkout with ${provider}` } },
        },
      });
      return order;
    }, TRANSACTION_OPTIONS);
    return { ok: true, order };
  } catch (error) {
    if (error instanceof OutOfStockError)
      return { ok: false, reason: "outOfStock", cart: await getCart(db, cartId, locale) };
    throw error;
  }
}

/**
 * Refuses ("limited") a client's order beyond PENDING_ORDERS_PER_CLIENT unpaid ones, until the first hold ends.
 * The count is made under a transaction-scoped lock on the client's key, so that concurrent checkouts of one
 * client cannot all pass it. The key is stored on the order (not counted in rate-limit windows) because what
 * matters is how many orders still hold stock, which only the orders know.
 */
async function assertClientMayHoldAnother(tx: Tx, clientKey: string, now: Date): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`pending-orders:${clientKey}`}))`;
  const holding = await tx.order.findMany({
    where: { clientKey, status: "pending", reservedUntil: { gt: now } },
    select: { reservedUntil: true },
    orderBy: { reservedUntil: "asc" },
  });
  if (holding.length < PENDING_ORDERS_PER_CLIENT) return;
  const firstEnds = holding[0]?.reservedUntil?.getTime() ?? now.getTime();
  throw new DomainError("limited", { retryAfterSeconds: Math.max(60, Math.ceil((firstEnds - now.getTime()) / 1000)) });
}

/**
 * The shopper reached the payment provider: the order now holds its stock for the full payment time. Only a
 * pending order is extended; callers extend once per order (when the provider's session or order is created).
 */
export async function holdStockForPayment(db: Db, orderId: string, now: Date): Promise<void> {
  await db.order.updateMany({
    where: { id: orderId, status: "pending" },
    data: { reservedUntil: new Date(now.getTime() + RESERVATION_MINUTES * 60_000) },
  });
}

function addressColumns(address: CheckoutInput["shipping"]) {
  return {
    name: address.name,
    company: address.company,
    line1: address.line1,
    line2: address.line2,
    postalCode: address.postalCode,
    city: address.city,
    country: address.country,
    phone: address.phone,
  };
}
