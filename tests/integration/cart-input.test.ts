// What the shopper sends is checked, never trusted (P10): cart quantities and ids, the checkout form as
// posted, prices or totals sent with it, a price change, the variant's language, a guest cart merged at sign-in.
import type { z } from "zod";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/builder";
import { readPosted } from "@/lib/actions/input";
import { acceptCartChanges, addToCart, getCart, mergeCarts } from "@/lib/cart/cart";
import { addToCartSchema, updateLineSchema } from "@/lib/cart/schemas";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { checkoutSchema } from "@/lib/checkout/form";
import type { Db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, demoConfig, refusal } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
});
afterAll(async () => {
  await testDb.close();
});

describe("cart input (P10: the server's numbers win)", () => {
  test("quantity 0, negative, fractional or 10^9, an inactive product, another product's variant: refused, cart intact", async () => {
    const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
    const theiere = await db.product.findUniqueOrThrow({ where: { slug: "theiere-fonte" } });
    const drap = await db.product.findUniqueOrThrow({ where: { slug: "drap-lin" }, include: { variants: true } });
    const vase = await db.product.findUniqueOrThrow({ where: { slug: "vase-retire" } });
    for (const quantity of [0, -1, 1.5, 1e9]) {
      await expect(addToCart(db, cartId, { productId: theiere.id, quantity })).rejects.toEqual(refusal("quantity"));
    }
    await expect(addToCart(db, cartId, { productId: vase.id, quantity: 1 })).rejects.toEqual(
      refusal("productUnavailable"),
    );
    await expect(
      addToCart(db, cartId, { productId: theiere.id, variantId: drap.variants[0]!.id, quantity: 1 }),
    ).rejects.toEqual(refusal("variantMismatch"));
    await expect(addToCart(db, cartId, { productId: drap.id, quantity: 1 })).rejects.toEqual(
      refusal("variantRequired"),
    );
    await expect(addToCart(db, cartId, { productId: theiere.id, quantity: 10 })).rejects.toEqual(refusal("outOfStock"));
    const cart = await getCart(db, cartId, "fr");
    expect(cart.lines.map((l) => [l.slug, l.quantity])).toEqual([["theiere-fonte", 1]]);
  });

  test("the cart's actions take a form as well as an object; bad ids and quantities get the cart's codes", async () => {
    const drap = await db.product.findUniqueOrThrow({ where: { slug: "drap-lin" }, include: { variants: true } });
    const variantId = drap.variants[0]!.id;
    // What the builder hands the schema (lib/actions/input.ts): a form's strings, or the object as sent.
    const posted = (input: unknown) => readPosted(input, true)!.data;
    const form = new FormData();
    form.set("productId", drap.id);
    form.set("variantId", variantId);
    form.set("quantity", "2");
    expect(addToCartSchema.parse(posted(form))).toEqual({ productId: drap.id, variantId, quantity: 2 });
    expect(addToCartSchema.parse(posted({ productId: drap.id, variantId, quantity: 2, priceCents: 1 }))).toEqual({
      productId: drap.id,
      variantId,
      quantity: 2,
    });
    form.set("variantId", "");
    expect(addToCartSchema.parse(posted(form)).variantId).toBeNull();

    const errors = (schema: z.ZodType, input: unknown) => fieldErrorsOf(schema.safeParse(posted(input)).error!);
    expect(errors(addToCartSchema, { productId: "x".repeat(5000), variantId: "../", quantity: "1e9" })).toEqual({
      productId: "productUnavailable",
      variantId: "variantMismatch",
      quantity: "quantity",
    });
    expect(errors(updateLineSchema, { lineId: 42, quantity: "deux" })).toEqual({
      lineId: "lineNotFound",
      quantity: "quantity",
    });
  });

  test("the checkout form as posted: dotted names nest, the ticked box copies the address, an unticked one needs it", () => {
    const form = new FormData();
    const fields = {
      email: "camille@example.fr",
      "shipping.name": "Camille Martin",
      "shipping.line1": "12 rue des Lilas",
      "shipping.postalCode": "69003",
      "shipping.city": "Lyon",
      "shipping.country": "FR",
      shippingMethod: "relay",
      provider: "demo",
      totalCents: "1",
    };
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    const parse = () => checkoutSchema.safeParse(readPosted(form, false)!.data);

    expect(parse().error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["billing.name", "required"],
    ]);
    form.set("billingSameAsShipping", "on");
    const same = parse().data!;
    expect(same.billing).toEqual(same.shipping);
    expect(same).not.toHaveProperty("totalCents");
    form.delete("billingSameAsShipping");
    form.set("billing.name", "SARL Martin");
    form.set("billing.line1", "1 rue Neuve");
    form.set("billing.postalCode", "1000");
    form.set("billing.city", "Bruxelles");
    form.set("billing.country", "BE");
    expect(parse().data?.billing).toMatchObject({ name: "SARL Martin", postalCode: "1000", country: "BE" });
  });

  test("P10: prices, totals or quantities sent with the checkout form are ignored", async () => {
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 2 }]);
    const tampered = checkoutSchema.parse({
      ...checkoutInput(),
      totalCents: 1,
      subtotalCents: 1,
      unitPriceCents: 1,
      lines: [{ quantity: 50, unitPriceCents: 1 }],
    });
    expect(tampered).not.toHaveProperty("totalCents");
    const result = await placeOrder(db, { config: demoConfig, now }, { cartId, locale: "fr", input: tampered });
    if (!result.ok) throw new Error(result.reason);
    const order = await db.order.findUniqueOrThrow({ where: { id: result.order.id }, include: { lines: true } });
    // 2 × 6,50 € + 5,90 € colissimo (under the free-shipping threshold)
    expect(order).toMatchObject({ subtotalCents: 1300, shippingCents: 590, totalCents: 1890 });
    expect(order.lines).toMatchObject([{ quantity: 2, unitPriceCents: 650, vatRateBp: 550, lineTotalCents: 1300 }]);
    // VAT: 5.5 % contained in 13,00 € (68 c) + 20 % contained in 5,90 € (98 c)
    expect(order.vatCents).toBe(68 + 98);
  });

  test("a price change is shown to the shopper, never applied silently", async () => {
    const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
    await db.product.update({ where: { slug: "theiere-fonte" }, data: { priceCents: 6400 } });
    try {
      const cart = await getCart(db, cartId, "fr");
      expect(cart.lines[0]?.issue).toEqual({ kind: "priceChanged", fromCents: 5900, toCents: 6400 });
      const refused = await placeOrder(
        db,
        { config: demoConfig, now },
        { cartId, locale: "fr", input: checkoutInput() },
      );
      expect(refused).toMatchObject({ ok: false, reason: "cartChanged" });
      await acceptCartChanges(db, cartId, "fr");
      const accepted = await placeOrder(
        db,
        { config: demoConfig, now },
        { cartId, locale: "fr", input: checkoutInput() },
      );
      expect(accepted.ok && accepted.order.subtotalCents).toBe(6400);
    } finally {
      await db.product.update({ where: { slug: "theiere-fonte" }, data: { priceCents: 5900, stock: 4 } });
    }
  });

  test("the order keeps the variant in the shopper's language", async () => {
    const cartId = await cartWith(db, [{ slug: "drap-lin", sku: "DRAP-140-NAT", quantity: 1 }]);
    const result = await placeOrder(db, { config: demoConfig, now }, { cartId, locale: "en", input: checkoutInput() });
    if (!result.ok) throw new Error(result.reason);
    const [line] = await db.orderLine.findMany({ where: { orderId: result.order.id } });
    expect(line).toMatchObject({
      name: "Washed linen sheet",
      variantLabel: "Natural / 140 × 200",
      sku: "DRAP-140-NAT",
    });
  });

  test("P16: a guest cart merges into the customer's cart at sign-in", async () => {
    const guest = await cartWith(db, [
      { slug: "theiere-fonte", quantity: 1 },
      { slug: "confiture-abricot", quantity: 2 },
    ]);
    const customer = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    await mergeCarts(db, guest, customer);
    const merged = await getCart(db, customer, "fr");
    expect(merged.lines.map((l) => [l.slug, l.quantity]).sort()).toEqual([
      ["confiture-abricot", 3],
      ["theiere-fonte", 1],
    ]);
    expect(await db.cart.findUnique({ where: { id: guest } })).toBeNull();
  });
});
