// What the cart's actions accept, from code (a plain object) or from a form (strings): ids of our own
// shape, a quantity within the per-line limit. A refusal says which rule, with the cart's own codes
// (lib/errors.ts), so the drawer shows the same words as when the cart itself refuses.
import { z } from "zod";
import { MAX_LINE_QUANTITY } from "@/lib/orders/totals";

const idOr = (code: "productUnavailable" | "variantMismatch" | "lineNotFound") =>
  z.string({ error: code }).regex(/^[a-z0-9]{10,40}$/, code);
const quantity = z.coerce
  .number({ error: "quantity" })
  .int("quantity")
  .min(1, "quantity")
  .max(MAX_LINE_QUANTITY, "quantity");

export const addToCartSchema = z.object({
  productId: idOr("productUnavailable"),
  // A form posts "" for a product without options.
  variantId: z.preprocess((value) => (value === "" ? null : value), idOr("variantMismatch").nullish()),
  quantity,
});
export const updateLineSchema = z.object({ lineId: idOr("lineNotFound"), quantity });
export const removeLineSchema = z.object({ lineId: idOr("lineNotFound") });
export const acceptCartChangesSchema = z.object({});
