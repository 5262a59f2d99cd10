// What the catalogue forms of the back office post, as zod schemas (field names are the forms' input names), and
// slugs made from a name. The values the forms offer and the euro conversions are in ./form-values.ts.
import { z } from "zod";
import { checkbox } from "@/lib/forms/fields";
import { CATALOGUE_LIMITS, COLOUR_CODES, MAX_STOCK, parseEuros, STOCK_REASONS, VAT_RATES_BP } from "./form-values";

// Server code finds them here too; client components import ./form-values.ts, which brings no zod to the browser.
export * from "./form-values";

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
const optionalText = (max: number) => z.string().trim().max(max, "tooLong").default("");

const price = z
  .string()
  .trim()
  .min(1, "required")
  .transform((value, ctx) => {
    const cents = parseEuros(value);
    if (cents === null || cents <= 0) {
      ctx.addIssue({ code: "custom", message: "price" });
      return z.NEVER;
    }
    return cents;
  });

/** An empty field means "no override" (a variant sold at the product's price). */
const optionalPrice = z
  .string()
  .trim()
  .default("")
  .transform((value, ctx) => {
    if (value === "") return null;
    const cents = parseEuros(value);
    if (cents === null || cents <= 0) {
      ctx.addIssue({ code: "custom", message: "price" });
      return z.NEVER;
    }
    return cents;
  });

const stockCount = z
  .string()
  .trim()
  .default("0")
  .pipe(z.string().regex(/^\d{1,7}$/, "stockCount"))
  .transform(Number)
  .pipe(z.number().max(MAX_STOCK, "stockCount"));

/** Lower case letters, digits and single hyphens: what the storefront's URLs are made of. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from a name: "Théière en fonte « Kyoto »" → "theiere-en-fonte-kyoto". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, CATALOGUE_LIMITS.slug)
    .replace(/-+$/, "");
}

/** Empty: made from the French name; otherwise it must already be a slug (no silent rewrite of a typed one). */
const slug = z
  .string()
  .trim()
  .max(CATALOGUE_LIMITS.slug, "tooLong")
  .default("")
  .pipe(z.string().refine((value) => value === "" || SLUG_PATTERN.test(value), "slug"));

const id = z.string().trim().min(1, "required").max(64, "invalid");
const version = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/, "invalid")
  .transform(Number);

const productFields = {
  nameFr: text(CATALOGUE_LIMITS.name),
  nameEn: text(CATALOGUE_LIMITS.name),
  descriptionFr: optionalText(CATALOGUE_LIMITS.description),
  descriptionEn: optionalText(CATALOGUE_LIMITS.description),
  slug,
  categoryId: id,
  price,
  vatRateBp: z.enum(VAT_RATES_BP.map(String) as [string, ...string[]], "invalid").transform(Number),
  active: checkbox,
  featured: checkbox,
};

/** The creation form: the opening stock is typed here; later changes go through adjustments with a reason. */
export const createProductSchema = z.object({ ...productFields, stock: stockCount });
export type CreateProductInput = z.output<typeof createProductSchema>;

/** The edit form carries the version it was loaded at: an older one is refused (two admins, one product). */
export const updateProductSchema = z.object({ ...productFields, productId: id, version });
export type UpdateProductInput = z.output<typeof updateProductSchema>;

export const setProductActiveSchema = z.object({ productId: id, version, active: checkbox });

const variantFields = {
  sku: z
    .string()
    .trim()
    .min(1, "required")
    .max(CATALOGUE_LIMITS.sku, "tooLong")
    .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "sku")),
  size: optionalText(20),
  colour: z.enum(["", ...COLOUR_CODES], "invalid").default(""),
  price: optionalPrice,
  active: checkbox,
};

export const createVariantSchema = z.object({ ...variantFields, productId: id, stock: stockCount });
export type CreateVariantInput = z.output<typeof createVariantSchema>;
/** Like the product form, a variant edit carries the version it was loaded at (two admins, one variant). */
export const updateVariantSchema = z.object({ ...variantFields, variantId: id, version });
export type UpdateVariantInput = z.output<typeof updateVariantSchema>;

export const stockAdjustmentSchema = z
  .object({
    productId: id,
    /** empty: the product's own stock */
    variantId: z.string().trim().max(64).default(""),
    delta: z
      .string()
      .trim()
      .min(1, "required")
      .pipe(z.string().regex(/^[+-]?\d{1,7}$/, "stockDelta"))
      .transform(Number)
      .pipe(z.number().refine((value) => value !== 0, "stockDelta")),
    reason: z.enum(STOCK_REASONS, "required"),
    note: optionalText(CATALOGUE_LIMITS.note),
  })
  .superRefine((input, ctx) => {
    if (input.reason === "other" && input.note === "")
      ctx.addIssue({ code: "custom", path: ["note"], message: "required" });
  });
export type StockAdjustmentInput = z.output<typeof stockAdjustmentSchema>;

export const categorySchema = z.object({
  categoryId: z.string().trim().max(64).default(""),
  /** an edit carries the category's last change as loaded: a save made meanwhile by someone else is refused */
  updatedAt: z.string().trim().max(40).default(""),
  nameFr: text(CATALOGUE_LIMITS.name),
  nameEn: text(CATALOGUE_LIMITS.name),
  descriptionFr: optionalText(CATALOGUE_LIMITS.description),
  descriptionEn: optionalText(CATALOGUE_LIMITS.description),
  slug,
  parentId: z.string().trim().max(64).default(""),
  position: z
    .string()
    .trim()
    .default("0")
    .pipe(z.string().regex(/^\d{1,4}$/, "invalid"))
    .transform(Number),
});
export type CategoryInput = z.output<typeof categorySchema>;

/** The upload form: the file itself is read by the action (lib/admin/catalogue/images.ts checks its bytes). */
export const uploadImageSchema = z.object({
  productId: id,
  altFr: text(CATALOGUE_LIMITS.alt),
  altEn: text(CATALOGUE_LIMITS.alt),
  file: z.instanceof(File, { message: "required" }),
});

export const imageAltSchema = z.object({
  imageId: id,
  /** the photo's version as loaded: an alt text saved meanwhile by someone else is refused */
  version,
  altFr: text(CATALOGUE_LIMITS.alt),
  altEn: text(CATALOGUE_LIMITS.alt),
});

export const imageCommandSchema = z.object({
  imageId: id,
  command: z.enum(["up", "down", "delete"]),
});
