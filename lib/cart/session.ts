import "server-only";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import { CART_COOKIE, cartCookieOptions, signCartId, verifyCartCookie } from "./cookie";

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
