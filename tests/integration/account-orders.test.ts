// P4 (order history kept) and P13 (Mon compte shows it): an account sees its own orders, placed signed in
// or as a guest with its verified address, and nobody else's; the confirmation can be downloaded again.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getAccountOrder, hasConfirmation, listAccountOrders, renderConfirmationFile } from "@/lib/accounts/orders";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { checkout } from "@/lib/checkout/checkout";
import type { Db } from "@/lib/db/client";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, demoConfig } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const siteUrl = "https://shop.test";

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
});
afterAll(() => testDb.close());

async function order(email: string, userId?: string, at = now): Promise<string> {
  const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 2 }]);
  const { orderId } = await checkout(
    db,
    { config: demoConfig, stripe: null, now: at, siteUrl },
    { cartId, locale: "fr", input: checkoutInput({ email }), userId, clientKey: `client-${cartId}` },
  );
  return orderId;
}

describe("P13: order history in Mon compte", () => {
  let camille: string;
  let signedIn: string;
  let guestSameAddress: string;
  let dominiqueOrder: string;

  beforeAll(async () => {
    camille = (await db.user.create({ data: { email: "camille@example.fr", emailVerified: now } })).id;
    const dominique = (await db.user.create({ data: { email: "dominique@example.fr", emailVerified: now } })).id;
    guestSameAddress = await order("Camille@Example.fr", undefined, new Date(now.getTime() - 86_400_000));
    signedIn = await order("camille.pro@example.fr", camille);
    dominiqueOrder = await order("dominique@example.fr", dominique);
    await order("someone-else@example.fr");
  });

  test("P13: an order placed while signed in is stored with the customer's id", async () => {
    expect((await db.order.findUniqueOrThrow({ where: { id: signedIn } })).userId).toBe(camille);
  });

  test("P13: the list holds the customer's orders (signed in, and guest orders with the verified address), newest first", async () => {
    const orders = await listAccountOrders(db, camille);
    expect(orders.map((o) => o.id)).toEqual([signedIn, guestSameAddress]);
    expect(orders[0]).toMatchObject({ status: "paid", totalCents: 1300 + 590, itemCount: 2, isDemo: true });
    expect(orders[0]!.number).toMatch(/^PS-2026-\d{6}$/);
  });

  test("P13: guest orders with the address are not shown before the address is verified", async () => {
    const unverified = (await db.user.create({ data: { email: "someone-else@example.fr" } })).id;
    expect(await listAccountOrders(db, unverified)).toEqual([]);
  });

  test("P13: another customer's order id, a malformed id or no user gives null", async () => {
    expect(await getAccountOrder(db, camille, dominiqueOrder)).toBeNull();
    expect(await getAccountOrder(db, camille, "../../etc")).toBeNull();
    expect(await getAccountOrder(db, "", signedIn)).toBeNull();
    expect(await listAccountOrders(db, "")).toEqual([]);

    const own = await getAccountOrder(db, camille, guestSameAddress);
    expect(own).toMatchObject({ id: guestSameAddress, status: "paid" });
    expect(own!.lines).toHaveLength(1);
    expect(own!.addresses.map((a) => a.kind).sort()).toEqual(["billing", "shipping"]);
    expect(own!.events.map((e) => e.toStatus)).toEqual(["pending", "paid"]);
  });

  test("P5: the confirmation is rendered again as an HTML file named after the order", async () => {
    const own = (await getAccountOrder(db, camille, signedIn))!;
    expect(hasConfirmation(own)).toBe(true);
    const file = await renderConfirmationFile(db, own, siteUrl);
    expect(file.filename).toBe(`${own.number}.html`);
    expect(file.html).toContain(own.number);
    expect(file.html).toContain("Confiture d&#x27;abricot");
    expect(file.html).toContain(`${siteUrl}/fr/account/orders/${own.id}`);
    expect(hasConfirmation({ paidAt: null })).toBe(false);
  });
});
