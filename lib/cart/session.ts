import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import { isHttps } from "@/lib/security/csp";
import type { CartView } from "./cart";
import { CART_COOKIE, cartCookieOptions, signCartId, verifyCartCookie } from "./cookie";
import { CART_COUNT_COOKIE, CART_COUNT_MAX_AGE_SECONDS } from "./count-cookie";

/** The visitor's cart id from the signed cookie, or null (no cookie, or a forged one). */
export async function readCartId(): Promise<string | null> {
  const store = await cookies();
  return verifyCartCookie(store.get(CART_COOKIE)?.value, getEnv().COOKIE_SECRET);
}

export async function writeCartId(cartId: string): Promise<void> {
  const store = await cookies();
  store.set(CART_COOKIE, signCartId(cartId, getEnv().COOKIE_SECRET), cartCookieOptions(isHttps(getEnv())));
}

/** The count is read by the page's script (not HttpOnly); otherwise the attributes of the cart's own cookie. */
function countCookieAttributes(secure: boolean) {
  return { httpOnly: false, sameSite: "lax" as const, secure, path: "/" };
}

/**
 * Keeps the header's count (lib/cart/count-cookie.ts) in step with the cart being answered. Called by the form
 * actions and route handlers that answer a cart (the actions the cart's script calls leave it to the script);
 * an empty cart removes the cookie.
 */
export async function rememberCartCount(cart: CartView): Promise<CartView> {
  const store = await cookies();
  if (cart.itemCount === 0) {
    if (store.has(CART_COUNT_COOKIE))
      store.delete({ name: CART_COUNT_COOKIE, ...countCookieAttributes(isHttps(getEnv())) });
    return cart;
  }
  store.set(CART_COUNT_COOKIE, String(cart.itemCount), {
    ...countCookieAttributes(isHttps(getEnv())),
    maxAge: CART_COUNT_MAX_AGE_SECONDS,
  });
  return cart;
}

/**
 * This browser forgets its cart (sign-out, account deletion), so the next person here does not see it: both
 * cookies, removed with the attributes they were set with (Secure over https, P12).
 */
export async function forgetCart(): Promise<void> {
  const store = await cookies();
  const { httpOnly, sameSite, secure, path } = cartCookieOptions(isHttps(getEnv()));
  store.delete({ name: CART_COOKIE, httpOnly, sameSite, secure, path });
  store.delete({ name: CART_COUNT_COOKIE, ...countCookieAttributes(isHttps(getEnv())) });
}
