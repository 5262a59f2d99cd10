// The number of items in the cart, in a cookie the page's script can read: the header shows it without asking
// the server on every page (the pages are static and shared by every visitor). Only a number, never the cart:
// the cart itself stays behind its signed, HttpOnly cookie (./cookie.ts). Written by the server when it answers
// a cart to a form or to GET /api/cart (lib/cart/session.ts), so forms posted without JavaScript keep it right
// too, and by the page's script after the cart actions it calls itself: a cookie set by a server action makes
// Next.js render the whole page again into the action's answer (50 kB for an "add to cart"). Strictly
// necessary, like the cart (P16, P17).
export const CART_COUNT_COOKIE = "ps_cart_count";
/** As long as the cart's own cookie (./cookie.ts, P16). */
export const CART_COUNT_MAX_AGE_SECONDS = 60 * 60 * 24 * 90;

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

/**
 * The `document.cookie` assignment (client code) that stores `count`, or removes the cookie for an empty cart,
 * with the attributes the server uses (lib/cart/session.ts): readable by the script, Lax, Secure over https.
 */
export function cartCountCookieAssignment(count: number, https: boolean): string {
  const attributes = `; Path=/; SameSite=Lax${https ? "; Secure" : ""}`;
  return count > 0
    ? `${CART_COUNT_COOKIE}=${count}${attributes}; Max-Age=${CART_COUNT_MAX_AGE_SECONDS}`
    : `${CART_COUNT_COOKIE}=${attributes}; Max-Age=0`;
}
