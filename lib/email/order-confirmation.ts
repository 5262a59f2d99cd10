import { computeTotals } from "@/lib/orders/totals";
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { Order } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { readShopContact, type ShopContact } from "@/lib/settings/shop-contact";
import { enqueueEmail } from "./outbox";
import { renderOrderConfirmation } from "./templates/orders";
import type { EmailAddressView, OrderConfirmationData } from "./types";

export const orderConfirmationKey = (orderId: string) => `order-confirmation:${orderId}`;

/** What the confirmation shows of an order: its contact, amounts, lines and both addresses. */
type ConfirmedFields = "id" | "number" | "locale" | "createdAt" | "email" | "isDemo" | "shippingMethod";
type AmountFields = "subtotalCents" | "shippingCents" | "totalCents";
export type ConfirmableOrder = Pick<Order, ConfirmedFields | AmountFields> & {
  lines: (OrderConfirmationData["lines"][number] & { vatRateBp: number })[];
  addresses: (EmailAddressView & { kind: "shipping" | "billing" })[];
};

/**
 * The confirmation of an order in the order's language (its item names were recorded in it): the e-mail
 * sent once paid, and the file re-downloaded from Mon compte. `orderUrl` is the page it links to; `shop` the
 * shop's contact details as they are now (readShopContact).
 */
export async function renderConfirmationOfOrder(
  order: ConfirmableOrder,
  orderUrl: (locale: Locale) => string,
  shop: ShopContact,
) {
  const locale = isLocale(order.locale) ? order.locale : "fr";
  const address = (kind: "shipping" | "billing"): EmailAddressView => {
    const found = order.addresses.find((a) => a.kind === kind);
    if (!found) throw new Error(`Order ${order.number} has no ${kind} address`);
    return found;
  };
  const rendered = await renderOrderConfirmation(
    {
      locale,
      orderNumber: order.number,
      orderUrl: orderUrl(locale),
      createdAt: order.createdAt,
      email: order.email,
      isDemo: order.isDemo,
      shippingMethod: order.shippingMethod,
      lines: order.lines,
      subtotalCents: order.subtotalCents,
      shippingCents: order.shippingCents,
      totalCents: order.totalCents,
      vat: computeTotals(order.lines, order.shippingCents).vat,
      shippingAddress: address("shipping"),
      billingAddress: address("billing"),
    },
    shop,
  );
  return { locale, ...rendered };
}

/** Enqueues the confirmation of a paid order, once (P5): the key is unique in the outbox. */
export async function enqueueOrderConfirmation(tx: Tx, orderId: string, now: Date): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, addresses: true } });
  const { locale, ...rendered } = await renderConfirmationOfOrder(
    order,
    (locale) => `${getEnv().SITE_URL}/${locale}/order/${order.id}`,
    await readShopContact(tx),
  );
  await enqueueEmail(tx, {
    key: orderConfirmationKey(order.id),
    template: "order-confirmation",
    locale,
    to: order.email,
    orderId: order.id,
    nextAttemptAt: now,
    ...rendered,
  });
}
