// The catalogue in the back office (issue 12): only an admin writes it, every write is audited (P9), a stale edit
// is refused, slugs stay unique, and an edit reaches carts at their next view while paid orders keep their copy.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listAdminCategories, saveCategory } from "@/lib/admin/catalogue/categories";
import { listAdminProducts, parseProductTableParams } from "@/lib/admin/catalogue/product-list";
import { createProduct, getProductForEdit, setProductActive, updateProduct } from "@/lib/admin/catalogue/products";
import { createProductSchema, updateProductSchema, updateVariantSchema } from "@/lib/admin/catalogue/schemas";
import { createVariant, updateVariant } from "@/lib/admin/catalogue/variants";
import { getCart } from "@/lib/cart/cart";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { getProductDetail } from "@/lib/catalogue/products";
import type { Db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { payDemoOrder } from "@/lib/payments/demo";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, demoConfig, refusal } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-12-03T10:00:00Z");
const later = new Date("2026-12-03T11:00:00Z");
let admin: { id: string; role: "admin" };
let otherAdmin: { id: string; role: "admin" };
let customer: { id: string; role: "customer" };
let categoryIds: Record<string, string>;

const form = (overrides: Record<string, string> = {}) =>
  createProductSchema.parse({
    nameFr: "Théière en fonte « Kyoto »",
    nameEn: "Kyoto cast iron teapot",
    descriptionFr: "Fonte émaillée.",
    descriptionEn: "Enamelled cast iron.",
    categoryId: categoryIds.cuisine,
    price: "49,90",
    vatRateBp: "2000",
    stock: "6",
    active: "on",
    ...overrides,
  });

async function editForm(productId: string, overrides: Record<string, string> = {}) {
  const product = (await getProductForEdit(db, admin, productId))!;
  const name = product.name as { fr: string; en: string };
  return updateProductSchema.parse({
    productId,
    version: String(product.version),
    nameFr: name.fr,
    nameEn: name.en,
    slug: product.slug,
    categoryId: product.categoryId,
    price: String(product.priceCents / 100).replace(".", ","),
    vatRateBp: String(product.vatRateBp),
    active: product.active ? "on" : undefined,
    ...overrides,
  });
}

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  const user = async (email: string, role: "admin" | "customer") =>
    (await db.user.create({ data: { email, role }, select: { id: true } })).id;
  admin = { id: await user("admin@plusuite.test", "admin"), role: "admin" };
  otherAdmin = { id: await user("admin2@plusuite.test", "admin"), role: "admin" };
  customer = { id: await user("client@example.fr", "customer"), role: "customer" };
  const categories = await db.category.findMany({ select: { id: true, slug: true } });
  categoryIds = Object.fromEntries(categories.map((category) => [category.slug, category.id]));
});
afterAll(() => testDb.close());

describe("products in the back office", () => {
  test("P9: a customer or a signed-out visitor can neither create nor read a product for editing", async () => {
    for (const viewer of [null, customer]) {
      await expect(createProduct(db, viewer as never, form(), now)).rejects.toMatchObject({ code: "forbidden" });
      await expect(getProductForEdit(db, viewer, "x")).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  test("P9: an admin creates a product: slug from the French name, opening stock recorded, audited, pages listed", async () => {
    const created = await createProduct(db, admin, form(), now);
    expect(created.slug).toBe("theiere-en-fonte-kyoto");
    expect(created.paths).toEqual(
      expect.arrayContaining(["/fr/product/theiere-en-fonte-kyoto", "/en/category/cuisine", "/fr"]),
    );
    const detail = await getProductDetail(db, created.slug, "en");
    expect(detail).toMatchObject({ name: "Kyoto cast iron teapot", priceCents: 4990, vatRateBp: 2000, stock: 6 });
    expect(await db.stockAdjustment.findMany({ where: { productId: created.id } })).toEqual([
      expect.objectContaining({ delta: 6, stockAfter: 6, reason: "received", actorId: admin.id }),
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "product.create", targetId: created.id } });
    expect(audit).toMatchObject({ actorId: admin.id, before: null });
    expect(audit.after).toMatchObject({ slug: created.slug, priceCents: 4990, stock: 6, active: true });
    // A second product with the same French name gets the next free slug; a typed slug that is taken is refused.
    expect((await createProduct(db, admin, form(), now)).slug).toBe("theiere-en-fonte-kyoto-2");
    await expect(createProduct(db, admin, form({ slug: "bol-gres" }), now)).rejects.toEqual(
      expect.objectContaining({ code: "slugTaken", field: "slug" }),
    );
  });

  test("two admins edit the same product: the second save, made from the older version, is refused", async () => {
    const { id } = await createProduct(db, admin, form({ nameFr: "Plaid en laine", nameEn: "Wool throw" }), now);
    const first = await editForm(id, { price: "60,00" });
    const second = await editForm(id, { nameEn: "Woollen throw" });
    expect(first.version).toBe(second.version);
    expect(await updateProduct(db, admin, first, later)).toMatchObject({ version: first.version + 1 });
    await expect(updateProduct(db, otherAdmin, second, later)).rejects.toEqual(refusal("staleEdit"));
    // Nothing of the refused save was written; the first one stays whole.
    const product = (await getProductForEdit(db, admin, id))!;
    expect(product).toMatchObject({ priceCents: 6000, name: { fr: "Plaid en laine", en: "Wool throw" } });
    expect(await db.auditEntry.count({ where: { action: "product.update", targetId: id } })).toBe(1);
    // Archiving from a page loaded before the edit is refused the same way.
    await expect(
      setProductActive(db, admin, { productId: id, version: second.version, active: false }, later),
    ).rejects.toEqual(refusal("staleEdit"));
  });

  test("a slug change revalidates the old and the new product page; a taken one is refused", async () => {
    const { id, slug } = await createProduct(
      db,
      admin,
      form({ nameFr: "Moulin à poivre", nameEn: "Pepper mill" }),
      now,
    );
    const renamed = await updateProduct(db, admin, await editForm(id, { slug: "moulin-poivre-bois" }), later);
    expect(renamed.paths).toEqual(expect.arrayContaining([`/fr/product/${slug}`, "/en/product/moulin-poivre-bois"]));
    expect(await getProductDetail(db, slug, "fr")).toBeNull();
    await expect(updateProduct(db, admin, await editForm(id, { slug: "drap-lin" }), later)).rejects.toEqual(
      expect.objectContaining({ code: "slugTaken", field: "slug" }),
    );
  });

  test("a price change reaches carts at their next view; archiving makes the line unavailable; paid orders keep their copy", async () => {
    const paidCart = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
    const placed = await placeOrder(
      db,
      { config: demoConfig, now },
      { cartId: paidCart, locale: "fr", input: checkoutInput() },
    );
    if (!placed.ok) throw new Error(placed.reason);
    expect(await payDemoOrder(db, demoConfig, placed.order.id, now)).toBe("paid");
    const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 2 }]);

    const product = await db.product.findUniqueOrThrow({ where: { slug: "theiere-fonte" } });
    await updateProduct(db, admin, await editForm(product.id, { price: "65,00" }), later);
    // lib/cart/cart.ts reads the product row at every view: the new price shows, as a change the shopper sees.
    const afterPrice = await getCart(db, cartId, "fr");
    expect(afterPrice.lines[0]).toMatchObject({
      unitPriceCents: 5900,
      currentPriceCents: 6500,
      issue: { kind: "priceChanged", fromCents: 5900, toCents: 6500 },
    });

    const version = (await getProductForEdit(db, admin, product.id))!.version;
    await setProductActive(db, admin, { productId: product.id, version, active: false }, later);
    expect((await getCart(db, cartId, "fr")).lines[0]).toMatchObject({ available: 0, issue: { kind: "unavailable" } });
    expect(await getProductDetail(db, "theiere-fonte", "fr")).toBeNull();
    const lines = await db.orderLine.findMany({ where: { orderId: placed.order.id } });
    expect(lines).toEqual([
      expect.objectContaining({ sku: expect.any(String), name: "Théière en fonte", unitPriceCents: 5900 }),
    ]);
    const archived = await db.auditEntry.findFirstOrThrow({
      where: { action: "product.archive", targetId: product.id },
    });
    expect(archived).toMatchObject({
      before: expect.objectContaining({ active: true }),
      after: expect.objectContaining({ active: false }),
    });
  });

  test("variants: the SKU is unique; the opening stock is recorded", async () => {
    const product = await db.product.findUniqueOrThrow({ where: { slug: "bol-gres" } });
    const input = {
      productId: product.id,
      sku: "BOL-BLEU",
      size: "",
      colour: "blue" as const,
      price: 2100,
      stock: 5,
      active: true,
    };
    const variant = await createVariant(db, admin, input, now);
    expect(variant.paths).toContain("/fr/product/bol-gres");
    await expect(createVariant(db, admin, { ...input, sku: "DRAP-140-NAT" }, now)).rejects.toEqual(
      expect.objectContaining({ code: "skuTaken", field: "sku" }),
    );
    expect(await db.auditEntry.count({ where: { action: "productVariant.create", targetId: variant.id } })).toBe(1);
  });

  test("P9: two admins edit the same variant: the second save, made from the older version, is refused, nothing written", async () => {
    const product = await db.product.findUniqueOrThrow({ where: { slug: "bol-gres" } });
    const input = { productId: product.id, sku: "BOL-ROUGE", size: "", colour: "" as const, price: null, stock: 0 };
    const { id } = await createVariant(db, admin, { ...input, active: true }, now);
    // Both forms as the product page renders them, loaded before either save.
    const loaded = (await getProductForEdit(db, admin, product.id))!.variants.find((variant) => variant.id === id)!;
    const edit = (overrides: Record<string, string | undefined>) =>
      updateVariantSchema.parse({ variantId: id, version: String(loaded.version), sku: loaded.sku, ...overrides });
    const first = edit({ price: "19,90", active: "on" });
    const second = edit({ active: undefined });
    expect(await updateVariant(db, admin, first, later)).toMatchObject({ version: loaded.version + 1 });
    await expect(updateVariant(db, otherAdmin, second, later)).rejects.toEqual(refusal("staleEdit"));
    // The first save stays whole: the price kept, the variant not archived by the older form.
    expect(await db.productVariant.findUniqueOrThrow({ where: { id } })).toMatchObject({
      priceCents: 1990,
      active: true,
    });
    expect(await db.auditEntry.count({ where: { action: "productVariant.update", targetId: id } })).toBe(1);
    // A form reloaded after the first save carries the new version and is accepted.
    const reloaded = (await getProductForEdit(db, admin, product.id))!.variants.find((variant) => variant.id === id)!;
    await expect(updateVariant(db, otherAdmin, { ...second, version: reloaded.version }, later)).resolves.toMatchObject(
      { version: reloaded.version + 1 },
    );
  });

  test("the products table searches by name or SKU, filters by category and status, sorts by price", async () => {
    const list = (query: Record<string, string>) => listAdminProducts(db, admin, parseProductTableParams(query), "fr");
    expect((await list({ q: "DRAP-160" })).rows.map((row) => row.slug)).toEqual(["drap-lin"]);
    expect((await list({ q: "teapot" })).rows.map((row) => row.slug)).toContain("theiere-en-fonte-kyoto");
    const kitchen = await list({ category: categoryIds.cuisine!, sort: "price", dir: "asc" });
    const prices = kitchen.rows.map((row) => row.priceCents);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(kitchen.rows.every((row) => row.categoryName === "Cuisine")).toBe(true);
    // The fixture's "vase-retire" was never on sale; "theiere-fonte" was archived above.
    expect((await list({ status: "archived", sort: "name" })).rows.map((row) => row.slug)).toEqual([
      "theiere-fonte",
      "vase-retire",
    ]);
    expect((await list({ q: "100%_" })).total).toBe(0);
    await expect(listAdminProducts(db, customer, parseProductTableParams({}), "fr")).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});

describe("categories in the back office", () => {
  const category = (overrides: Record<string, unknown> = {}) => ({
    categoryId: "",
    nameFr: "Épicerie fine",
    nameEn: "Fine food",
    descriptionFr: "",
    descriptionEn: "",
    slug: "",
    parentId: "",
    position: 3,
    updatedAt: "",
    ...overrides,
  });

  test("P9: an admin creates and edits a category; a cycle and a taken slug are refused", async () => {
    const created = await saveCategory(db, admin, category(), now);
    expect(created).toMatchObject({ slug: "epicerie-fine", created: true });
    const child = await saveCategory(
      db,
      admin,
      category({ nameFr: "Thés", nameEn: "Teas", parentId: created.id }),
      now,
    );
    await expect(
      saveCategory(
        db,
        admin,
        category({ categoryId: created.id, updatedAt: created.updatedAt, parentId: child.id }),
        now,
      ),
    ).rejects.toEqual(expect.objectContaining({ code: "categoryCycle", field: "parentId" }));
    const taken = category({ categoryId: child.id, updatedAt: child.updatedAt, slug: "maison" });
    await expect(saveCategory(db, admin, taken, now)).rejects.toEqual(
      expect.objectContaining({ code: "slugTaken", field: "slug" }),
    );
    const listed = await listAdminCategories(db, admin, "en");
    expect(listed.find((row) => row.id === child.id)).toMatchObject({ name: "Teas", depth: 1, parentId: created.id });
    expect(await db.auditEntry.count({ where: { action: "category.create" } })).toBe(2);
    await expect(saveCategory(db, customer as never, category(), now)).rejects.toMatchObject({ code: "forbidden" });
  });

  test("two admins editing one category: the second save, made from the older form, is refused, nothing written", async () => {
    const created = await saveCategory(db, admin, category({ nameFr: "Bougies", nameEn: "Candles" }), now);
    const loaded = created.updatedAt;
    const later = new Date(now.getTime() + 60_000);
    const first = await saveCategory(
      db,
      admin,
      category({ categoryId: created.id, updatedAt: loaded, nameFr: "Bougies parfumées", nameEn: "Scented candles" }),
      later,
    );
    expect(first.updatedAt).toBe(later.toISOString());
    const second = category({ categoryId: created.id, updatedAt: loaded, nameFr: "Chandelles", nameEn: "Tapers" });
    await expect(saveCategory(db, admin, second, new Date(later.getTime() + 60_000))).rejects.toEqual(
      expect.objectContaining({ code: "staleEdit" }),
    );
    // An edit without the last change it was loaded at (an older form) is refused too.
    await expect(saveCategory(db, admin, { ...second, updatedAt: "" }, later)).rejects.toMatchObject({
      code: "staleEdit",
    });
    const row = await db.category.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.name).toEqual({ fr: "Bougies parfumées", en: "Scented candles" });
    // The form sent again with the last change it now shows is saved.
    await saveCategory(db, admin, { ...second, updatedAt: first.updatedAt }, new Date(later.getTime() + 120_000));
    expect((await db.category.findUniqueOrThrow({ where: { id: created.id } })).name).toMatchObject({
      fr: "Chandelles",
    });
    expect(await db.auditEntry.count({ where: { action: "category.update", targetId: created.id } })).toBe(2);
  });
});
