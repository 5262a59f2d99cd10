// Turns a cart into a pending order: prices and totals from the database only, stock reserved
// atomically (conditional decrements inside one transaction), contact and addresses snapshotted.
import { getCart, type CartView } from "@/lib/cart/cart";
import { variantLabel } from "@/lib/catalogue/variant-label";
import type { Address } from "@/lib/address/rules";
import type { Db } from "@/lib/db/client";
import type { Order, PaymentProvider } from "@/lib/generated/prisma/client";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { assertGatewayAvailable } from "@/lib/payments/gateways";
import type { PaymentConfig } from "@/lib/payments/config";
import { nextOrderNumber } from "./number";
import { shippingPrice, type ShippingMethod } from "./shipping";
import { OutOfStockError, takeStock } from "./stock";
import { computeTotals } from "./totals";

/** How long a pending order holds its stock while the shopper pays (Stripe sessions last 30 min at least). */
export const RESERVATION_MINUTES = 45;

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
  params: { cartId: string; locale: Locale; input: CheckoutInput; userId?: string },
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
      for (const line of lines)
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
          reservedUntil: new Date(deps.now.getTime() + RESERVATION_MINUTES * 60_000),
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
