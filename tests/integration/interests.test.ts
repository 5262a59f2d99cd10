// P4: products viewed by a signed-in customer are recorded, shown in Mon compte and can be cleared; the
// customer can stop the recording; visitors who are not signed in are never recorded.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  clearInterests,
  isRecordingInterests,
  listInterests,
  receiveProductViewBeacon,
  recordProductView,
  removeInterest,
  removeInterestWithName,
  setRecordInterests,
} from "@/lib/accounts/interests";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
});
afterAll(() => testDb.close());

const productId = async (slug: string) => (await db.product.findUniqueOrThrow({ where: { slug } })).id;
const newUser = (email: string) => db.user.create({ data: { email } }).then((u) => u.id);

describe("P4: interests", () => {
  test("P4: view -> recorded -> cleared", async () => {
    const userId = await newUser("camille@example.fr");
    const theiere = await productId("theiere-fonte");
    const jam = await productId("confiture-abricot");

    expect(await recordProductView(db, userId, theiere, now)).toBe(true);
    expect(await recordProductView(db, userId, jam, minutesLater(1))).toBe(true);
    expect(await recordProductView(db, userId, theiere, minutesLater(2))).toBe(true);

    const interests = await listInterests(db, userId, "en");
    expect(interests).toMatchObject([
      { slug: "theiere-fonte", name: "Cast iron teapot", viewCount: 2, lastViewedAt: minutesLater(2), active: true },
      { slug: "confiture-abricot", name: "Apricot jam", viewCount: 1, lastViewedAt: minutesLater(1) },
    ]);

    expect(await removeInterest(db, userId, jam)).toBe(true);
    expect((await listInterests(db, userId, "fr")).map((i) => i.slug)).toEqual(["theiere-fonte"]);
    expect(await clearInterests(db, userId)).toBe(1);
    expect(await listInterests(db, userId, "fr")).toEqual([]);
  });

  test("P4: nothing is recorded for a visitor who is not signed in, nor for a retired or unknown product", async () => {
    const before = await db.productView.count();
    expect(await recordProductView(db, null, await productId("theiere-fonte"), now)).toBe(false);
    expect(await recordProductView(db, "", await productId("theiere-fonte"), now)).toBe(false);
    const userId = await newUser("visitor-turned-customer@example.fr");
    expect(await recordProductView(db, userId, await productId("vase-retire"), now)).toBe(false);
    expect(await recordProductView(db, userId, "not-a-product-id-at-all", now)).toBe(false);
    expect(await db.productView.count()).toBe(before);
  });

  test("P4: with the switch off nothing is recorded; turning it off can clear, turning it on again records again", async () => {
    const userId = await newUser("dominique@example.fr");
    const theiere = await productId("theiere-fonte");
    await recordProductView(db, userId, theiere, now);

    // Off, keeping what was recorded.
    await setRecordInterests(db, userId, { recordInterests: false, clear: false });
    expect(await isRecordingInterests(db, userId)).toBe(false);
    expect(await recordProductView(db, userId, await productId("confiture-abricot"), minutesLater(1))).toBe(false);
    expect((await listInterests(db, userId, "fr")).map((i) => [i.slug, i.viewCount])).toEqual([["theiere-fonte", 1]]);

    // Off and clear.
    expect(await setRecordInterests(db, userId, { recordInterests: false, clear: true })).toEqual({ cleared: 1 });
    expect(await listInterests(db, userId, "fr")).toEqual([]);

    await setRecordInterests(db, userId, { recordInterests: true, clear: true });
    expect(await recordProductView(db, userId, theiere, minutesLater(2))).toBe(true);
    expect(await listInterests(db, userId, "fr")).toHaveLength(1);
  });

  test("P4: one customer's clearing or removal never touches another customer's interests", async () => {
    const alice = await newUser("alice@example.fr");
    const bob = await newUser("bob@example.fr");
    const theiere = await productId("theiere-fonte");
    await recordProductView(db, alice, theiere, now);
    await recordProductView(db, bob, theiere, now);

    expect(await removeInterest(db, bob, theiere)).toBe(true);
    expect(await removeInterest(db, bob, theiere)).toBe(false);
    await clearInterests(db, bob);
    expect(await listInterests(db, alice, "fr")).toHaveLength(1);
    expect(await clearInterests(db, "")).toBe(0);
    expect(await listInterests(db, alice, "fr")).toHaveLength(1);
  });

  test("P4: removing a viewed product names it for the confirmation; another customer's view is neither named nor removed", async () => {
    const alice = await newUser("alice.named@example.fr");
    const bob = await newUser("bob.named@example.fr");
    const theiere = await productId("theiere-fonte");
    await recordProductView(db, alice, theiere, now);

    expect(await removeInterestWithName(db, bob, theiere, "fr")).toBeNull();
    expect(await listInterests(db, alice, "fr")).toHaveLength(1);
    expect(await removeInterestWithName(db, alice, theiere, "en")).toBe("Cast iron teapot");
    expect(await listInterests(db, alice, "fr")).toEqual([]);
    expect(await removeInterestWithName(db, alice, theiere, "fr")).toBeNull();
    expect(await removeInterestWithName(db, "", theiere, "fr")).toBeNull();
  });
});

describe("P4: the product page's view beacon (app/api/product-views)", () => {
  const env = { SITE_URL: "https://plusuite.example", NODE_ENV: "production" } as const;
  const beacon = (body: string, origin?: string) =>
    new Request("https://plusuite.example/api/product-views", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...(origin ? { origin } : {}) },
    });
  const viewCount = async (userId: string, productId: string) =>
    (await db.productView.findUnique({ where: { userId_productId: { userId, productId } } }))?.viewCount ?? 0;

  test("P4: a signed-in customer's view is recorded; a visitor's is not, and neither learns anything", async () => {
    const userId = await newUser("beacon@example.com");
    const id = await productId("theiere-fonte");
    const deps = (currentUserId: string | null) => ({ db, env, currentUserId: async () => currentUserId });
    const body = JSON.stringify({ productId: id });
    expect(await receiveProductViewBeacon(deps(userId), beacon(body, env.SITE_URL), now)).toBe(204);
    expect(await viewCount(userId, id)).toBe(1);
    const rowsBefore = await db.productView.count();
    expect(await receiveProductViewBeacon(deps(null), beacon(body), now)).toBe(204);
    expect(await db.productView.count()).toBe(rowsBefore);
  });

  test("P4: another site, a malformed or oversized body records nothing", async () => {
    const userId = await newUser("beacon-refusals@example.com");
    const id = await productId("theiere-fonte");
    const deps = { db, env, currentUserId: async () => userId };
    const body = JSON.stringify({ productId: id });
    expect(await receiveProductViewBeacon(deps, beacon(body, "https://evil.example"), now)).toBe(403);
    expect(await receiveProductViewBeacon(deps, beacon("{not json", env.SITE_URL), now)).toBe(400);
    expect(await receiveProductViewBeacon(deps, beacon(JSON.stringify({ productId: "../x" })), now)).toBe(400);
    expect(await receiveProductViewBeacon(deps, beacon(" ".repeat(2_000)), now)).toBe(413);
    expect(await viewCount(userId, id)).toBe(0);
  });
});
