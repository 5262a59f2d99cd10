// "Ajouter au panier" posted as a plain form (no JavaScript): the variant is found from the size and colour
// buttons as posted, among the product's active variants; what cannot be matched is refused, the cart intact (P10).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readPosted } from "@/lib/actions/input";
import { fieldErrorsOf } from "@/lib/actions/builder";
import { addChoiceToCart, addToCartFormSchema, variantIdForChoice } from "@/lib/cart/add-from-form";
import { getCart } from "@/lib/cart/cart";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { refusal } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
});
afterAll(async () => {
  await testDb.close();
});

const product = (slug: string) => db.product.findUniqueOrThrow({ where: { slug }, include: { variants: true } });

describe("add to cart from a form posted without JavaScript", () => {
  test("the form's fields parse as the cart's: strings to numbers, empty options to none, extra keys dropped", async () => {
    const drap = await product("drap-lin");
    const form = new FormData();
    form.set("locale", "fr");
    form.set("productId", drap.id);
    form.set("size", "140 × 200");
    form.set("colour", "");
    form.set("quantity", "2");
    form.set("priceCents", "1");
    expect(addToCartFormSchema.parse(readPosted(form, false)!.data)).toEqual({
      productId: drap.id,
      size: "140 × 200",
      quantity: 2,
    });
    form.set("quantity", "0");
    form.set("size", "x".repeat(61));
    expect(fieldErrorsOf(addToCartFormSchema.safeParse(readPosted(form, false)!.data).error!)).toEqual({
      size: "variantMismatch",
      quantity: "quantity",
    });
  });

  test("size and colour name the variant; a combination that does not exist is refused; no choice asks for one", async () => {
    const drap = await product("drap-lin");
    const natural = drap.variants.find((v) => v.sku === "DRAP-140-NAT")!;
    expect(await variantIdForChoice(db, drap.id, { size: "140 × 200", colour: "natural" })).toBe(natural.id);
    await expect(variantIdForChoice(db, drap.id, { size: "140 × 200", colour: "white" })).rejects.toEqual(
      refusal("variantMismatch"),
    );
    await expect(variantIdForChoice(db, drap.id, { size: "140 × 200" })).rejects.toEqual(refusal("variantMismatch"));
    expect(await variantIdForChoice(db, drap.id, {})).toBeNull();
    await expect(addChoiceToCart(db, null, { productId: drap.id, quantity: 1 })).rejects.toEqual(
      refusal("variantRequired"),
    );

    // Another product's options never reach this one's variants.
    const theiere = await product("theiere-fonte");
    await expect(variantIdForChoice(db, theiere.id, { size: "140 × 200", colour: "natural" })).rejects.toEqual(
      refusal("variantMismatch"),
    );
  });

  test("an inactive variant cannot be chosen by its options", async () => {
    const drap = await product("drap-lin");
    const natural = drap.variants.find((v) => v.sku === "DRAP-140-NAT")!;
    await db.productVariant.update({ where: { id: natural.id }, data: { active: false } });
    try {
      await expect(variantIdForChoice(db, drap.id, { size: "140 × 200", colour: "natural" })).rejects.toEqual(
        refusal("variantMismatch"),
      );
    } finally {
      await db.productVariant.update({ where: { id: natural.id }, data: { active: true } });
    }
  });

  test("adding creates the cart, names the line that holds the item, and adds up on the same line", async () => {
    const drap = await product("drap-lin");
    const choice = { productId: drap.id, size: "140 × 200", colour: "natural" };
    const first = await addChoiceToCart(db, null, { ...choice, quantity: 1 });
    const again = await addChoiceToCart(db, first.cartId, { ...choice, quantity: 1 });
    expect(again).toEqual(first);
    const cart = await getCart(db, first.cartId, "fr");
    expect(cart.lines.map((line) => [line.id, line.sku, line.quantity])).toEqual([[first.lineId, "DRAP-140-NAT", 2]]);

    // Beyond the stock (3): refused by the cart's own rule, the line unchanged.
    await expect(addChoiceToCart(db, first.cartId, { ...choice, quantity: 2 })).rejects.toEqual(refusal("outOfStock"));
    expect((await getCart(db, first.cartId, "fr")).lines.map((line) => line.quantity)).toEqual([2]);

    // A product without variants: no options posted, no variant.
    const theiere = await product("theiere-fonte");
    const teapot = await addChoiceToCart(db, first.cartId, { productId: theiere.id, quantity: 1 });
    expect(teapot.cartId).toBe(first.cartId);
    expect(
      (await getCart(db, first.cartId, "fr")).lines.find((line) => line.id === teapot.lineId)?.variantId,
    ).toBeNull();
  });
});
