import { z } from "zod";
import { MAX_LINE_QUANTITY } from "@/lib/checkout/totals";
import { locales } from "@/lib/i18n/routing";

const id = z.string().regex(/^[a-z0-9]{10,40}$/);
const quantity = z.coerce.number().int().min(1).max(MAX_LINE_QUANTITY);
const locale = z.enum(locales);

export const addToCartSchema = z.object({ locale, productId: id, variantId: id.nullish(), quantity });
export const updateLineSchema = z.object({ locale, lineId: id, quantity });
export const removeLineSchema = z.object({ locale, lineId: id });
export const localeOnlySchema = z.object({ locale });
