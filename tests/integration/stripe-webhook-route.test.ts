// The Stripe webhook endpoint as Stripe calls it (P10): raw body, signature header, status codes.
import { afterAll, beforeAll, expect, test } from "vitest";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { parseEnv } from "@/lib/env";
import { placeOrder } from "@/lib/orders/place-order";
import { handleStripeWebhookRequest } from "@/lib/payments/stripe-webhook-request";
import { WEBHOOK_BODY_LIMIT_BYTES } from "@/lib/payments/webhook-request";
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

/** A body sent in chunks, with no Content-Length, as a client that wants to get past a header check would. */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, bytes - sent)).fill(0x20);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

test("P12: a body over 256 kB is refused (413) before it is read whole, with or without a truthful Content-Length", async () => {
  const event = stripeEvent("checkout.session.completed", { id: "cs_test_big", object: "checkout.session" });
  const big = `${event.payload}${" ".repeat(WEBHOOK_BODY_LIMIT_BYTES)}`;
  expect((await post(big, event.signature)).status).toBe(413);

  const request = (body: BodyInit, headers: Record<string, string> = {}) =>
    handleStripeWebhookRequest(
      new Request("http://shop.test/api/webhooks/stripe", {
        method: "POST",
        body,
        headers: { "stripe-signature": event.signature, ...headers },
        duplex: "half",
      } as RequestInit),
      { db: testDb.db, env, now: new Date(), afterResponse: () => {} },
    );
  // Chunked, no Content-Length: the reader stops at the limit (a 50 MB stream is never read to its end).
  expect((await request(streamed(50 * 1024 * 1024))).status).toBe(413);
  // A Content-Length that lies about a large body does not get it read either.
  expect((await request(streamed(WEBHOOK_BODY_LIMIT_BYTES + 1), { "content-length": "10" })).status).toBe(413);
  expect(await testDb.db.processedWebhookEvent.count({ where: { eventId: event.id } })).toBe(0);
});

test("P12: deliveries are counted per client address; a flood is answered 429, a forged X-Forwarded-For does not help", async () => {
  const event = stripeEvent("checkout.session.completed", { id: "cs_test_flood", object: "checkout.session" });
  const limit = { limit: 3, windowSeconds: 60 };
  const proxied = parseEnv({ STRIPE_SECRET_KEY: "sk_test_plusuite", STRIPE_WEBHOOK_SECRET, TRUSTED_PROXY_HOPS: "1" });
  const statuses = [];
  const at = new Date(); // one rate-limit window for the whole flood
  for (let i = 0; i < 5; i++) {
    const response = await handleStripeWebhookRequest(
      new Request("http://shop.test/api/webhooks/stripe", {
        method: "POST",
        body: event.payload,
        headers: { "stripe-signature": "t=1,v1=forged", "x-forwarded-for": `192.0.2.${i}, 203.0.113.50` },
      }),
      { db: testDb.db, env: proxied, now: at, afterResponse: () => {}, rateLimit: limit },
    );
    statuses.push(response.status);
    if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  }
  expect(statuses).toEqual([400, 400, 400, 429, 429]);
});
