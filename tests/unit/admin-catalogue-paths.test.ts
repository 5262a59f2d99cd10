// The catalogue forms of the back office: prices typed in euros, slugs, the colour codes the storefront can name,
// and the exact storefront pages an edit revalidates (lib/admin/catalogue/storefront-paths.ts).
import { describe, expect, test } from "vitest";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import {
  COLOUR_CODES,
  createProductSchema,
  formatEuros,
  parseEuros,
  slugify,
  stockAdjustmentSchema,
} from "@/lib/admin/catalogue/schemas";
import { storefrontPaths } from "@/lib/admin/catalogue/storefront-paths";
import { fieldErrorsOf } from "@/lib/actions/builder";

describe("storefront revalidation after a catalogue edit", () => {
  test("the product page, its category and every ancestor's default listing, and home, in French and English", () => {
    expect(storefrontPaths({ productSlugs: ["drap-lin"], categorySlugs: ["linge", "maison"] })).toEqual([
      "/en",
      "/en/category/linge",
      "/en/category/maison",
      "/en/product/drap-lin",
      "/fr",
      "/fr/category/linge",
      "/fr/category/maison",
      "/fr/product/drap-lin",
    ]);
  });

  test("a slug change revalidates the old address and the new one; duplicates appear once", () => {
    const paths = storefrontPaths({ productSlugs: ["ancien", "nouveau"], categorySlugs: ["cuisine", "cuisine"] });
    expect(paths).toEqual([
      "/en",
      "/en/category/cuisine",
      "/en/product/ancien",
      "/en/product/nouveau",
      "/fr",
      "/fr/category/cuisine",
      "/fr/product/ancien",
      "/fr/product/nouveau",
    ]);
  });
});

describe("prices, slugs and codes typed in the catalogue forms", () => {
  test("prices in euros are read with a comma or a point and stored in cents", () => {
    expect(parseEuros("12,50")).toBe(1250);
    expect(parseEuros("12.5")).toBe(1250);
    expect(parseEuros("12")).toBe(1200);
    expect(parseEuros("1 250,00 €")).toBe(125_000);
    for (const bad of ["", "12,505", "-3", "douze", "1e3", "12,,5"]) expect(parseEuros(bad)).toBeNull();
    expect(formatEuros(1250, "fr")).toBe("12,50");
    expect(formatEuros(905, "en")).toBe("9.05");
  });

  test("a refused price, stock or slug answers on its field with its code", () => {
    const parsed = createProductSchema.safeParse({
      nameFr: "Théière",
      nameEn: "Teapot",
      categoryId: "c1",
      price: "douze",
      vatRateBp: "2000",
      stock: "-1",
      slug: "Pas Un Slug",
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(fieldErrorsOf(parsed.error)).toMatchObject({ price: "price", stock: "stockCount", slug: "slug" });
  });

  test("a VAT rate outside the French rates is refused; 5,5 % is 550 basis points", () => {
    const base = { nameFr: "a", nameEn: "a", categoryId: "c", price: "3,20", stock: "1" };
    expect(createProductSchema.safeParse({ ...base, vatRateBp: "1900" }).success).toBe(false);
    expect(createProductSchema.parse({ ...base, vatRateBp: "550" })).toMatchObject({ vatRateBp: 550, price: 320 });
  });

  test("slugs are made from the French name without accents", () => {
    expect(slugify("Théière en fonte « Kyoto »")).toBe("theiere-en-fonte-kyoto");
    expect(slugify("Cœur d’artichaut")).toBe("coeur-d-artichaut");
    expect(slugify("  --  ")).toBe("");
  });

  test("a stock adjustment needs a non-zero quantity, a reason, and a note when the reason is 'other'", () => {
    const ok = stockAdjustmentSchema.parse({ productId: "p", delta: "-3", reason: "damaged" });
    expect(ok).toMatchObject({ delta: -3, reason: "damaged", variantId: "", note: "" });
    const zero = stockAdjustmentSchema.safeParse({ productId: "p", delta: "0", reason: "received" });
    expect(!zero.success && fieldErrorsOf(zero.error)).toEqual({ delta: "stockDelta" });
    const other = stockAdjustmentSchema.safeParse({ productId: "p", delta: "2", reason: "other" });
    expect(!other.success && fieldErrorsOf(other.error)).toEqual({ note: "required" });
  });

  test("stock fields answer with their own messages, not the cart's 'between 1 and 99'", () => {
    expect(fr.Errors.quantity).toContain("99");
    for (const code of ["stockCount", "stockDelta", "stockTooHigh"] as const) {
      expect(fr.Errors[code]).not.toContain("99");
      expect(en.Errors[code]).not.toContain("99");
    }
    expect(fr.Errors.stockCount).toContain("1 000 000");
    expect(en.Errors.stockCount).toContain("1,000,000");
  });

  test("every colour code a variant may carry has its name in both languages (the storefront shows it)", () => {
    for (const code of COLOUR_CODES) {
      expect(fr.colours).toHaveProperty(code);
      expect(en.colours).toHaveProperty(code);
    }
  });
});
