import { CART_ERRORS, NEWSLETTER_FORM_ERRORS, type ErrorCode } from "@/lib/errors";
import type { Locale } from "./routing";

export type Messages = typeof import("@/messages/fr.json");

/** A namespace ("Cart") or a part of one ("Newsletter.form"): what a client component reads with useTranslations. */
export type MessagePath = keyof Messages | `${keyof Messages}.${string}`;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`@/messages/${locale}.json`)).default as Messages;
}

/**
 * The messages the root layout gives client components on every page (with the errors of CLIENT_ERRORS): nothing
 * else reaches the browser, and every one of them is written into each page's HTML. All are formatted while the
 * page hydrates, so they use no plural or number (tests/unit/messages.test.ts).
 */
export const CLIENT_MESSAGES = [
  "LocaleSwitcher",
  "colours",
  // The header's button (cart-button), what adding says (cart-provider), the drawer and its lines; the cart page's own
  // words are CART_PAGE_MESSAGES.
  "Cart.button",
  "Cart.countUnit",
  "Cart.added",
  "Cart.network",
  "Cart.title",
  "Cart.close",
  "Cart.loading",
  "Cart.empty",
  "Cart.subtotal",
  "Cart.shippingNote",
  "Cart.viewCart",
  "Cart.checkout",
  "Cart.issuePriceChanged",
  "Cart.issueUnavailable",
  "Cart.issueInsufficientStock",
  "Cart.quantityFor",
  "Cart.decrease",
  "Cart.increase",
  "Cart.update",
  "Cart.updateFor",
  "Cart.remove",
  "Cart.removeShort",
  // The banner and the footer's link; the rest of "Consent" is CONSENT_DETAILS_MESSAGES.
  "Consent.title",
  "Consent.intro",
  "Consent.close",
  "Consent.acceptAll",
  "Consent.refuseAll",
  "Consent.customize",
  "Consent.save",
  "Consent.manage",
  "Consent.detailsUnavailable",
  "ExternalLink",
  "Newsletter.form",
] as const satisfies readonly MessagePath[];

/** The cart page: its summary, the changes to accept, its lines. */
export const CART_PAGE_MESSAGES = ["Cart", "colours"] as const satisfies readonly MessagePath[];

/** The product page's purchase panel (its price, stock, options and button) in place of the layout's messages. */
export const PURCHASE_PANEL_MESSAGES = [
  "Product.from",
  "Product.vatIncluded",
  "Product.vatDetail",
  "Product.inStock",
  "Product.lowStock",
  "Product.outOfStock",
  "Product.colour",
  "Product.size",
  "Product.variantUnavailable",
  "Product.sku",
  "Product.quantity",
  "Product.addToCart",
  "Cart.adding",
  "colours",
] as const satisfies readonly MessagePath[];

/** The product page's gallery: its buttons' names. */
export const GALLERY_MESSAGES = ["Product.gallery", "Product.showImage"] as const satisfies readonly MessagePath[];

/** The consent banner's "Personnaliser" panel, fetched when it opens (app/api/consent-details). */
export const CONSENT_DETAILS_MESSAGES = [
  "Consent",
  "Partners",
  "ExternalLink",
] as const satisfies readonly MessagePath[];

/** What the layout's forms can be refused with: the cart (drawer, product page, cart page), the newsletter's sign-up in
 * the footer, the consent banner (ACTION_REFUSALS, in both). */
export const CLIENT_ERRORS: readonly ErrorCode[] = [...new Set([...CART_ERRORS, ...NEWSLETTER_FORM_ERRORS])];

/** Client components get only the messages they use, never the whole catalogue of strings. */
export function pickMessages(
  messages: Messages,
  paths: readonly MessagePath[],
  errors: readonly ErrorCode[] = [],
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const path of [...paths, ...errors.map((code) => `Errors.${code}`)]) {
    const keys = path.split(".");
    let source: unknown = messages;
    let target = picked;
    for (const [index, key] of keys.entries()) {
      source = (source as Record<string, unknown> | undefined)?.[key];
      if (source === undefined) throw new Error(`No message at "${path}"`);
      if (target[key] === source) break; // its whole namespace is already given
      if (index === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Record<string, unknown>;
    }
  }
  return picked;
}
