// The Stripe webhook endpoint as Stripe calls it (P10): raw body, signature header, status codes.
import { afterAll, beforeAll, expect, test } from "vitest";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { parseEnv } from "@/lib/env";
import { placeOrder } from "@/lib/orders/place-order";
import { handleStripeWebhookRequest } from "@/lib/payments/stripe-webhook-request";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, STRIPE_WEBHOOK_SECRET, stripeConfig, stripeEvent } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
const env = parseEnv({ STRIPE_SECRET_KEY: "sk_test_plusuite", STRIPE_WEBHOOK_SECRET });
// What the route would run after answering (e-mail delivery), kept to be counted and awaited.
const afterResponse: Promise<unknown>[] = [];

beforeAll(async () => {
  testDb = await createTestDb();
  await seedCatalogue(testDb.db, { categories: fixtureCategories, products: fixtureProducts });
});
afterAll(async () => {
  await Promise.all(afterResponse);
  await testDb.close();
});

const post = (payload: string, signature: string | null) =>
  handleStripeWebhookRequest(
    new Request("http://shop.test/api/webhooks/stripe", {
      method: "POST",
      body: payload,
      headers: signature ? { "stripe-signature": signature } : {},
    }),
    { db: testDb.db, env, now: new Date(), afterResponse: (work) => void afterResponse.push(work()) },
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
  // The confirmation is sent after the first answer only: redeliveries schedule nothing.
  expect(afterResponse).toHaveLength(1);
  await Promise.all(afterResponse);
});

test("without Stripe keys the endpoint does not exist (404)", async () => {
  const event = stripeEvent("checkout.session.completed", { id: "cs_test_none", object: "checkout.session" });
  const response = await handleStripeWebhookRequest(
    new Request("http://shop.test/api/webhooks/stripe", {
      method: "POST",
      body: event.payload,
      headers: { "stripe-signature": event.signature },
    }),
    { db: testDb.db, env: parseEnv({}), now: new Date(), afterResponse: () => {} },
  );
  expect(response.status).toBe(404);
  expect(await testDb.db.processedWebhookEvent.count({ where: { eventId: event.id } })).toBe(0);
});
