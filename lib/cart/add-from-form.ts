// "Ajouter au panier" posted as a plain form, before the page's JavaScript runs (or without it). The script
// sends the chosen variant's id; a plain form can only send what its buttons show, the size and the colour,
// so the variant is found here from those, among the product's active variants. Nothing else is taken from
// the form: price and stock are the catalogue's (P10), as for every cart change.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { addToCart } from "./cart";
import { addToCartSchema } from "./schemas";

/** A size or colour as its radio button posts it; an option no product has is refused by the lookup. */
const option = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.string({ error: "variantMismatch" }).max(60, "variantMismatch").optional(),
);

export const addToCartFormSchema = addToCartSchema.omit({ variantId: true }).extend({ size: option, colour: option });

export type VariantChoice = { size?: string | null; colour?: string | null };

/**
 * The id of the product's active variant with exactly this size and colour; null for a product without
 * variants, or when nothing was chosen (addToCart then asks for a choice). A choice that matches no variant
 * (a colour that does not come in that size) is refused on the form's options.
 */
export async function variantIdForChoice(db: Db, productId: string, choice: VariantChoice): Promise<string | null> {
  const size = choice.size ?? null;
  const colour = choice.colour ?? null;
  if (size === null && colour === null) return null;
  const variant = await db.productVariant.findFirst({
    where: { productId, active: true, size, colour },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  if (!variant) throw new DomainError("variantMismatch");
  return variant.id;
}

/**
 * Adds the chosen item to the cart (created when there is none). Returns the cart's id, for the cookie, and
 * the id of the line that now holds the item, so the cart page can say what was added.
 */
export async function addChoiceToCart(
  db: Db,
  cartId: string | null,
  input: { productId: string; quantity: number } & VariantChoice,
): Promise<{ cartId: string; lineId: string }> {
  const variantId = await variantIdForChoice(db, input.productId, input);
  const id = await addToCart(db, cartId, { productId: input.productId, variantId, quantity: input.quantity });
  const line = await db.cartLine.findFirstOrThrow({
    where: { cartId: id, productId: input.productId, variantId },
    select: { id: true },
  });
  return { cartId: id, lineId: line.id };
}
