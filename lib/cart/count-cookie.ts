// The number of items in the cart, in a cookie the page's script can read: the header shows it without asking
// the server on every page (the pages are static and shared by every visitor). Only a number, never the cart:
// the cart itself stays behind its signed, HttpOnly cookie (./cookie.ts). Written by the server each time it
// answers a cart (lib/cart/session.ts), so forms posted without JavaScript keep it right too. Strictly
// necessary, like the cart (P16, P17).
export const CART_COUNT_COOKIE = "ps_cart_count";

/** The count a cookie value holds, or null when there is none or it is not a count. */
export function parseCartCount(value: string | undefined): number | null {
  if (!value || !/^\d{1,4}$/.test(value)) return null;
  return Number(value);
}

/** The count from the browser's cookies (client code only). */
export function readCartCountCookie(cookieHeader: string): number | null {
  const entry = cookieHeader.split("; ").find((pair) => pair.startsWith(`${CART_COUNT_COOKIE}=`));
  return parseCartCount(entry?.slice(CART_COUNT_COOKIE.length + 1));
}
