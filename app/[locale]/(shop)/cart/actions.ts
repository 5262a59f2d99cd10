"use server";
// Cart mutations. Every export here is a public endpoint: each one validates its input and only ever
// touches the cart named by the visitor's signed cookie.
import {
  acceptCartChanges,
  addToCart,
  CartError,
  getCart,
  removeCartLine,
  updateCartLine,
  type CartView,
} from "@/lib/cart/cart";
import { addToCartSchema, localeOnlySchema, removeLineSchema, updateLineSchema } from "@/lib/cart/schemas";
import { readCartId, writeCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

export type CartActionResult =
  { ok: true; cart: CartView } | { ok: false; error: CartError["code"] | "invalid"; cart: CartView };

async function run(locale: Locale, change: (cartId: string | null) => Promise<void>): Promise<CartActionResult> {
  const cartId = await readCartId();
  try {
    await change(cartId);
    return { ok: true, cart: await getCart(db, await readCartId(), locale) };
  } catch (error) {
    if (error instanceof CartError) return { ok: false, error: error.code, cart: await getCart(db, cartId, locale) };
    throw error;
  }
}

export async function addToCartAction(input: unknown): Promise<CartActionResult> {
  const parsed = addToCartSchema.safeParse(input);
  if (!parsed.success) return invalid(input);
  const { locale, ...item } = parsed.data;
  return run(locale, async (cartId) => {
    const id = await addToCart(db, cartId, item);
    if (id !== cartId) await writeCartId(id);
  });
}

export async function updateCartLineAction(input: unknown): Promise<CartActionResult> {
  const parsed = updateLineSchema.safeParse(input);
  if (!parsed.success) return invalid(input);
  const { locale, lineId, quantity } = parsed.data;
  return run(locale, async (cartId) => {
    if (!cartId) throw new CartError("lineNotFound");
    await updateCartLine(db, cartId, lineId, quantity);
  });
}

export async function removeCartLineAction(input: unknown): Promise<CartActionResult> {
  const parsed = removeLineSchema.safeParse(input);
  if (!parsed.success) return invalid(input);
  const { locale, lineId } = parsed.data;
  return run(locale, async (cartId) => {
    if (!cartId) throw new CartError("lineNotFound");
    await removeCartLine(db, cartId, lineId);
  });
}

export async function acceptCartChangesAction(input: unknown): Promise<CartActionResult> {
  const parsed = localeOnlySchema.safeParse(input);
  if (!parsed.success) return invalid(input);
  return run(parsed.data.locale, async (cartId) => {
    if (cartId) await acceptCartChanges(db, cartId, parsed.data.locale);
  });
}

async function invalid(input: unknown): Promise<CartActionResult> {
  const locale = localeOnlySchema.safeParse(input).data?.locale ?? "fr";
  return { ok: false, error: "invalid", cart: await getCart(db, await readCartId(), locale) };
}
