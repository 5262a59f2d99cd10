// The Stripe webhook endpoint as Stripe calls it (P10): raw body, signature header, status codes.
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, STRIPE_WEBHOOK_SECRET, stripeConfig, stripeEvent } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

// The route uses the app's database client and Next's after(): give it this file's database, and run
// after-response work at once.
const holder = vi.hoisted(() => ({ db: undefined as unknown as Db }));
vi.mock("@/lib/db", () => ({ db: holder.db }));
vi.mock("next/server", async (original) => ({
  ...(await original<object>()),
  after: (work: () => unknown) => void work(),
}));

let testDb: TestDb;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  testDb = await createTestDb();
  holder.db = testDb.db;
  await seedCatalogue(testDb.db, { categories: fixtureCategories, products: fixtureProducts });
  vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_plusuite");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", STRIPE_WEBHOOK_SECRET);
  ({ POST } = await import("@/app/api/webhooks/stripe/route"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await testDb.close();
});

const post = (payload: string, signature: string | null) =>
  POST(
    new Request("http://shop.test/api/webhooks/stripe", {
      method: "POST",
      body: payload,
      headers: signature ? { "stripe-signature": signature } : {},
    }),
  );

test("P10: a bad or missing signature gets 400 and changes nothing; a good one pays the order once", async () => {
  const db = testDb.db;
  const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
  const placed = await placeOrder(
    db,
    { config: stripeConfig("http://127.0.0.1:9"), now: new Date() },
    { cartId, locale: "fr", input: checkoutInput({ provider: "stripe" }) },
  );
  if (!placed.ok) throw new Error(placed.reason);
  await db.order.update({ where: { id: placed.order.id }, data: { providerReference: "cs_test_route" } });
  const event = stripeEvent("checkout.session.completed", {
    id: "cs_test_route",
    object: "checkout.session",
    payment_status: "paid",
    amount_total: placed.order.totalCents,
    currency: "eur",
    payment_intent: "pi_route",
  });

  expect((await post(event.payload, null)).status).toBe(400);
  expect(
    (
      await post(
        event.payload,
        event.signature.replace(/v1=\w+/, (v1) => `v1=${"0".repeat(v1.length - 3)}`),
      )
    ).status,
  ).toBe(400);
  expect((await post(event.payload.replace("cs_test_route", "cs_test_other"), event.signature)).status).toBe(400);
  expect(await db.processedWebhookEvent.count()).toBe(0);
  expect((await db.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("pending");

  for (let i = 0; i < 3; i++) expect((await post(event.payload, event.signature)).status).toBe(200);
  expect((await db.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status).toBe("paid");
  expect(await db.emailOutbox.count({ where: { orderId: placed.order.id } })).toBe(1);
});
