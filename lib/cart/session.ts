import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import type { CartView } from "./cart";
import { CART_COOKIE, CART_COOKIE_MAX_AGE_SECONDS, cartCookieOptions, signCartId, verifyCartCookie } from "./cookie";
import { CART_COUNT_COOKIE } from "./count-cookie";

/** The visitor's cart id from the signed cookie, or null (no cookie, or a forged one). */
export async function readCartId(): Promise<string | null> {
  const store = await cookies();
  return verifyCartCookie(store.get(CART_COOKIE)?.value, getEnv().COOKIE_SECRET);
}

export async function writeCartId(cartId: string): Promise<void> {
  const { COOKIE_SECRET, SITE_URL } = getEnv();
  const store = await cookies();
  store.set(CART_COOKIE, signCartId(cartId, COOKIE_SECRET), cartCookieOptions(SITE_URL.startsWith("https://")));
}

/**
 * Keeps the header's count (lib/cart/count-cookie.ts) in step with the cart being answered. Called by every
 * server action and route handler that answers a cart; an empty cart removes the cookie.
 */
export async function rememberCartCount(cart: CartView): Promise<CartView> {
  const store = await cookies();
  if (cart.itemCount === 0) {
    if (store.has(CART_COUNT_COOKIE)) store.delete(CART_COUNT_COOKIE);
    return cart;
  }
  store.set(CART_COUNT_COOKIE, String(cart.itemCount), {
    httpOnly: false,
    sameSite: "lax",
    secure: getEnv().SITE_URL.startsWith("https://"),
    path: "/",
    maxAge: CART_COOKIE_MAX_AGE_SECONDS,
  });
  return cart;
}
