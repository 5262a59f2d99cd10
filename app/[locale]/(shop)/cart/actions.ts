"use server";
// Cart mutations (P10: quantities and prices are the server's). Each one only ever touches the cart named by
// the visitor's signed cookie and answers the cart as it now is; a refusal is a DomainError of lib/cart.
// Called from code (the drawer, the cart page's script), they set no cookie but the cart's own on its creation:
// a cookie set by a server action makes Next.js render the page again into the answer. The script keeps the
// header's count cookie in step from the cart answered (components/cart/cart-provider.tsx); posted as forms
// (no script), they set it themselves.
// Called from code with a plain object (the drawer, the cart page once its script runs), or posted as a form
// before the page's JavaScript runs or without it: the cart page's quantity and remove forms post these same
// actions, and "Ajouter au panier" posts addToCartFormAction, which then shows the cart.
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { addChoiceToCart, addToCartFormSchema } from "@/lib/cart/add-from-form";
import { acceptCartChanges, addToCart, getCart, removeCartLine, updateCartLine, type CartView } from "@/lib/cart/cart";
import { acceptCartChangesSchema, addToCartSchema, removeLineSchema, updateLineSchema } from "@/lib/cart/schemas";
import { readCartId, rememberCartCount, writeCartId } from "@/lib/cart/session";
import { DomainError } from "@/lib/errors";

/** The cart answered; a form's answer also sets the header's count cookie (the script sets it otherwise). */
function answerCart(cart: CartView, fromForm: boolean): Promise<CartView> | CartView {
  return fromForm ? rememberCartCount(cart) : cart;
}

export const addToCartAction = defineAction({
  access: "public",
  schema: addToCartSchema,
  input: "object",
  handler: async (item, { db, locale, fromForm }) => {
    const cartId = await readCartId();
    const id = await addToCart(db, cartId, item);
    if (id !== cartId) await writeCartId(id);
    return answerCart(await getCart(db, id, locale), fromForm);
  },
});

/**
 * The product page's form posted without JavaScript: the variant comes from the size and colour buttons, and
 * the shopper lands on the cart page, which names what was added (the page's script calls addToCartAction and
 * opens the drawer instead). A refusal re-renders the product page with the reason and what was chosen.
 */
export const addToCartFormAction = defineAction({
  access: "public",
  schema: addToCartFormSchema,
  handler: async (item, { db, locale }) => {
    const cartId = await readCartId();
    const added = await addChoiceToCart(db, cartId, item);
    if (added.cartId !== cartId) await writeCartId(added.cartId);
    // The header's count, for the pages the shopper opens next (once the script runs there).
    await rememberCartCount(await getCart(db, added.cartId, locale));
    redirect(`/${locale}/cart?added=${added.lineId}`);
  },
});

export const updateCartLineAction = defineAction({
  access: "public",
  schema: updateLineSchema,
  input: "object",
  handler: async ({ lineId, quantity }, { db, locale, fromForm }) => {
    const cartId = await readCartId();
    if (!cartId) throw new DomainError("lineNotFound");
    await updateCartLine(db, cartId, lineId, quantity);
    return answerCart(await getCart(db, cartId, locale), fromForm);
  },
});

export const removeCartLineAction = defineAction({
  access: "public",
  schema: removeLineSchema,
  input: "object",
  handler: async ({ lineId }, { db, locale, fromForm }) => {
    const cartId = await readCartId();
    if (!cartId) throw new DomainError("lineNotFound");
    await removeCartLine(db, cartId, lineId);
    return answerCart(await getCart(db, cartId, locale), fromForm);
  },
});

export const acceptCartChangesAction = defineAction({
  access: "public",
  schema: acceptCartChangesSchema,
  input: "object",
  handler: async (_, { db, locale, fromForm }) => {
    const cartId = await readCartId();
    if (cartId) await acceptCartChanges(db, cartId, locale);
    return answerCart(await getCart(db, cartId, locale), fromForm);
  },
});
