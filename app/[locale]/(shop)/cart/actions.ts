"use server";
// Cart mutations (P10: quantities and prices are the server's). Each one only ever touches the cart named by
// the visitor's signed cookie and answers the cart as it now is; a refusal is a DomainError of lib/cart.
// Called from code with a plain object, or posted as a form (add to cart without JavaScript).
import { defineAction } from "@/lib/actions/define";
import { acceptCartChanges, addToCart, getCart, removeCartLine, updateCartLine } from "@/lib/cart/cart";
import { acceptCartChangesSchema, addToCartSchema, removeLineSchema, updateLineSchema } from "@/lib/cart/schemas";
import { readCartId, writeCartId } from "@/lib/cart/session";
import { DomainError } from "@/lib/errors";

export const addToCartAction = defineAction({
  access: "public",
  schema: addToCartSchema,
  input: "object",
  handler: async (item, { db, locale }) => {
    const cartId = await readCartId();
    const id = await addToCart(db, cartId, item);
    if (id !== cartId) await writeCartId(id);
    return getCart(db, id, locale);
  },
});

export const updateCartLineAction = defineAction({
  access: "public",
  schema: updateLineSchema,
  input: "object",
  handler: async ({ lineId, quantity }, { db, locale }) => {
    const cartId = await readCartId();
    if (!cartId) throw new DomainError("lineNotFound");
    await updateCartLine(db, cartId, lineId, quantity);
    return getCart(db, cartId, locale);
  },
});

export const removeCartLineAction = defineAction({
  access: "public",
  schema: removeLineSchema,
  input: "object",
  handler: async ({ lineId }, { db, locale }) => {
    const cartId = await readCartId();
    if (!cartId) throw new DomainError("lineNotFound");
    await removeCartLine(db, cartId, lineId);
    return getCart(db, cartId, locale);
  },
});

export const acceptCartChangesAction = defineAction({
  access: "public",
  schema: acceptCartChangesSchema,
  input: "object",
  handler: async (_, { db, locale }) => {
    const cartId = await readCartId();
    if (cartId) await acceptCartChanges(db, cartId, locale);
    return getCart(db, cartId, locale);
  },
});
