// The periodic job: an expired reservation is cancelled (stock back), due e-mails go out, and the day's
// retention purge runs once (lib/jobs/daily.ts; its own tests are in retention.test.ts).
import { afterAll, beforeAll, expect, test } from "vitest";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { runMaintenance } from "@/lib/jobs/maintenance";
import { placeOrder, RESERVATION_MINUTES } from "@/lib/orders/place-order";
import { payDemoOrder } from "@/lib/payments/demo";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { start as startFakeResend, type FakeResend } from "../fakes/resend";
import { cartWith, checkoutInput, demoConfig } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let fake: FakeResend;
const previousBaseUrl = process.env.RESEND_BASE_URL;
const now = new Date("2026-11-25T10:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  fake = await startFakeResend();
  process.env.RESEND_BASE_URL = fake.url;
});
afterAll(async () => {
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
  await fake.close();
  await testDb.close();
});

test("P5/P15: the maintenance run cancels expired reservations, sends due e-mails (only with a key) and purges once a day", async () => {
  const paid = await placeOrder(
    db,
    { config: demoConfig, now },
    { cartId: await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]), locale: "fr", input: checkoutInput() },
  );
  const abandoned = await placeOrder(
    db,
    { config: demoConfig, now },
    { cartId: await cartWith(db, [{ slug: "plaid-laine", quantity: 3 }]), locale: "en", input: checkoutInput() },
  );
  if (!paid.ok || !abandoned.ok) throw new Error("orders not placed");
  await payDemoOrder(db, demoConfig, paid.order.id, now);
  const stockBefore = (await db.product.findUniqueOrThrow({ where: { slug: "plaid-laine" } })).stock;

  const later = new Date(now.getTime() + (RESERVATION_MINUTES + 1) * 60_000);
  const withoutKey = await runMaintenance(db, parseEnv({}), later);
  expect(withoutKey).toEqual({
    payments: null,
    cancelledOrders: 1,
    emails: null,
    retention: expect.objectContaining({ sessions: 0 }),
  });
  expect(fake.requests).toHaveLength(0);
  expect((await db.order.findUniqueOrThrow({ where: { id: abandoned.order.id } })).status).toBe("cancelled");
  expect((await db.product.findUniqueOrThrow({ where: { slug: "plaid-laine" } })).stock).toBe(stockBefore + 3);

  const withKey = await runMaintenance(db, parseEnv({ RESEND_API_KEY: "re_test_key" }), later);
  // The same day: the purge has run already.
  expect(withKey).toEqual({
    payments: null,
    cancelledOrders: 0,
    emails: { sent: 1, retried: 0, failed: 0 },
    retention: null,
  });
  expect(fake.requests).toHaveLength(1);
  expect((await db.emailOutbox.findFirstOrThrow({ where: { orderId: paid.order.id } })).status).toBe("sent");
});
