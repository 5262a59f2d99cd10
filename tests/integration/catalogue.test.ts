import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getCategoryPage, getCategoryTree } from "@/lib/catalogue/categories";
import { DEFAULT_LISTING, parseListingParams, type ListingParams } from "@/lib/catalogue/listing-params";
import { getProductDetail, listProducts } from "@/lib/catalogue/products";
import { searchProducts } from "@/lib/catalogue/search";
import type { Db } from "@/lib/db/client";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
});
afterAll(() => testDb.close());

async function listCategory(slug: string, params: Partial<ListingParams> = {}, pageSize?: number) {
  const page = await getCategoryPage(db, slug, "fr");
  if (!page) throw new Error(`no category ${slug}`);
  return listProducts(db, { categoryIds: page.subtreeIds }, { ...DEFAULT_LISTING, ...params }, "fr", pageSize);
}
const slugs = (page: { items: { slug: string }[] }) => page.items.map((item) => item.slug);

describe("category listing", () => {
  test("a parent category lists its sub-categories' products, never an inactive one", async () => {
    const page = await listCategory("maison");
    expect(slugs(page).sort()).toEqual(["drap-lin", "plaid-laine"]);
    expect(page.total).toBe(2);
  });

  test("featured first by default, then newest", async () => {
    expect(slugs(await listCategory("cuisine"))).toEqual(["theiere-fonte", "bol-gres", "confiture-abricot"]);
  });

  test("sorts by price both ways, variants counting from their lowest price", async () => {
    expect(slugs(await listCategory("cuisine", { sort: "price-asc" }))).toEqual([
      "confiture-abricot",
      "bol-gres",
      "theiere-fonte",
    ]);
    expect(slugs(await listCategory("maison", { sort: "price-desc" }))).toEqual(["drap-lin", "plaid-laine"]);
    const drap = (await listCategory("linge")).items[0];
    expect(drap).toMatchObject({ fromPriceCents: 8900, hasPriceRange: true, inStock: true });
  });

  test("sorts by newest", async () => {
    expect(slugs(await listCategory("cuisine", { sort: "newest" }))).toEqual([
      "bol-gres",
      "theiere-fonte",
      "confiture-abricot",
    ]);
  });

  test("in-stock filter drops sold-out products and keeps a product with one variant in stock", async () => {
    expect(slugs(await listCategory("cuisine", { inStock: true })).sort()).toEqual([
      "confiture-abricot",
      "theiere-fonte",
    ]);
    expect(slugs(await listCategory("linge", { inStock: true }))).toEqual(["drap-lin"]);
  });

  test("price range in euros, VAT included, overlapping a variant price range", async () => {
    expect(slugs(await listCategory("cuisine", { minPrice: 10, maxPrice: 60, sort: "price-asc" }))).toEqual([
      "bol-gres",
      "theiere-fonte",
    ]);
    expect(slugs(await listCategory("linge", { minPrice: 95 }))).toEqual(["drap-lin"]);
    expect(slugs(await listCategory("linge", { maxPrice: 80 }))).toEqual([]);
  });

  test("pagination: page size, page count, and a page past the end is empty but counted", async () => {
    const second = await listCategory("cuisine", { sort: "price-asc", page: 2 }, 2);
    expect(slugs(second)).toEqual(["theiere-fonte"]);
    expect(second).toMatchObject({ total: 3, pageCount: 2, page: 2 });
    const beyond = await listCategory("cuisine", { page: 9 }, 2);
    expect(beyond).toMatchObject({ items: [], total: 3, pageCount: 2 });
  });

  test("hostile query parameters are clamped before they reach the database", async () => {
    const params = parseListingParams({ page: "-1", min: "abc", sort: "drop table", instock: "'; --" });
    expect(slugs(await listCategory("cuisine", params))).toHaveLength(3);
  });

  test("an unknown category has no page", async () => {
    expect(await getCategoryPage(db, "nope", "fr")).toBeNull();
  });

  test("the tree is ordered and localized", async () => {
    const tree = await getCategoryTree(db, "en");
    expect(tree.map((node) => node.name)).toEqual(["Home", "Kitchen"]);
    expect(tree[0]?.children.map((node) => node.slug)).toEqual(["linge"]);
  });
});

describe("search in both languages", () => {
  test("a French word, accents or not, and an English word find the teapot", async () => {
    for (const [query, locale] of [
      ["théière", "fr"],
      ["theiere", "fr"],
      ["THÉIÈRES", "fr"],
      ["teapot", "en"],
      ["teapot", "fr"],
      ["fonte", "en"],
    ] as const) {
      expect(slugs(await searchProducts(db, query, locale)), `${query} (${locale})`).toEqual(["theiere-fonte"]);
    }
  });

  test("prefixes and stems match: 'lin' finds the linen sheet, 'bols' the bowl", async () => {
    expect(slugs(await searchProducts(db, "lin", "fr"))).toContain("drap-lin");
    expect(slugs(await searchProducts(db, "bols", "fr"))).toEqual(["bol-gres"]);
    expect(slugs(await searchProducts(db, "washed linen", "en"))).toEqual(["drap-lin"]);
  });

  test("an inactive product is never found", async () => {
    expect(slugs(await searchProducts(db, "vase", "fr"))).toEqual([]);
  });

  test("SQL, regex and tsquery metacharacters or 10,000 characters give results or an empty state", async () => {
    for (const query of [
      '\'; DROP TABLE "Product"; --',
      ".*(a|b)+$",
      "!:*&|<->()",
      "",
      "   ",
      "a".repeat(10_000),
      "théière ".repeat(2_000),
    ]) {
      await expect(searchProducts(db, query, "fr")).resolves.toMatchObject({ page: 1 });
    }
    expect(slugs(await searchProducts(db, "théière' OR 1=1 --", "fr"))).toEqual([]);
  });
});

describe("product detail", () => {
  test("variants carry their own price and stock; the breadcrumb starts at the top category", async () => {
    const product = await getProductDetail(db, "drap-lin", "en");
    expect(product?.name).toBe("Washed linen sheet");
    expect(product?.breadcrumb.map((c) => c.slug)).toEqual(["maison", "linge"]);
    expect(product?.variants.map((v) => [v.sku, v.priceCents, v.stock])).toEqual([
      ["DRAP-140-NAT", 8900, 3],
      ["DRAP-160-WHI", 9900, 0],
    ]);
    expect(product?.images.map((i) => i.alt)).toEqual(["Picture drap-lin-1.webp", "Picture drap-lin-2.webp"]);
  });

  test("an inactive or unknown product has no page", async () => {
    expect(await getProductDetail(db, "vase-retire", "fr")).toBeNull();
    expect(await getProductDetail(db, "nope", "fr")).toBeNull();
  });
});

describe("seed", () => {
  test("running the seed again changes nothing", async () => {
    const snapshot = async () => ({
      categories: await db.category.findMany({ orderBy: { slug: "asc" } }),
      products: await db.product.findMany({ orderBy: { slug: "asc" }, include: { images: true, variants: true } }),
    });
    const before = await snapshot();
    const report = await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
    expect(report).toEqual({ categoriesCreated: 0, productsCreated: 0 });
    expect(await snapshot()).toEqual(before);
  });
});
