// The guest cart cookie holds the cart id and an HMAC of it, so a visitor cannot point their cookie at
// someone else's cart. Strictly necessary (it is the cart, P16): no consent needed.
import { createHmac, timingSafeEqual } from "node:crypto";

export const CART_COOKIE = "ps_cart";
/** Long enough to survive browser restarts and come back later (P16). */
export const CART_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 90;

function mac(cartId: string, secret: string): string {
  return createHmac("sha256", secret).update(`cart:${cartId}`).digest("base64url");
}

export function signCartId(cartId: string, secret: string): string {
  return `${cartId}.${mac(cartId, secret)}`;
}

export function verifyCartCookie(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const cartId = value.slice(0, dot);
  if (!/^[a-z0-9]{10,40}$/.test(cartId)) return null;
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(cartId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? cartId : null;
}

export function cartCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: CART_COOKIE_MAX_AGE_SECONDS };
}
