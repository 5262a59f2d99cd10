// PayPal Express Checkout (P28: PayPal is a default gateway) against a local fake of PayPal's REST API:
// an order is paid only from a verified capture of exactly its amount (P10), webhooks are verified and
// applied once, and an unreachable PayPal leaves the pending order and the cart untouched.
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import type { PayPalConfig, PaymentConfig } from "@/lib/payments/config";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";
import {
  capturePayPalOrder,
  centsToPayPalValue,
  clearPayPalTokenCache,
  completePayPalCheckout,
  createPayPalOrder,
  getPayPalAccessToken,
  handlePayPalWebhookEvent,
  payPalOrderBody,
  payPalValueToCents,
  refundPayPalCapture,
  startPayPalCheckout,
  verifyPayPalWebhook,
} from "@/lib/payments/paypal";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { startFakePayPal, type FakePayPal } from "../fakes/paypal";
import { cartWith, checkoutInput } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

// The webhook route imports the app's database client: it gets this file's test database instead.
const holder = vi.hoisted(() => ({ db: undefined as unknown as Db }));
vi.mock("@/lib/db", () => ({ db: holder.db }));

let testDb: TestDb;
let db: Db;
let fake: FakePayPal;
let config: PayPalConfig;
let paymentConfig: PaymentConfig;
let POST: (request: Request) => Promise<Response>;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  holder.db = db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  await db.product.update({ where: { slug: "confiture-abricot" }, data: { stock: 500 } });
  fake = await startFakePayPal();
  config = { clientId: fake.clientId, clientSecret: fake.clientSecret, webhookId: fake.webhookId, apiUrl: fake.url };
  paymentConfig = { stripe: null, paypal: config };
  // The route reads its configuration from the environment (read once, on first use).
  vi.stubEnv("PAYPAL_CLIENT_ID", config.clientId);
  vi.stubEnv("PAYPAL_CLIENT_SECRET", config.clientSecret);
  vi.stubEnv("PAYPAL_WEBHOOK_ID", config.webhookId);
  vi.stubEnv("PAYPAL_API_URL", config.apiUrl);
  ({ POST } = await import("@/app/api/webhooks/paypal/route"));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await fake?.close();
  await testDb?.close();
});
beforeEach(() => fake.reset());

/** A shopper's pending PayPal order: 2 jars of jam (2 × 6.50) + Colissimo 5.90 = 18.90. */
async function pendingOrder(items = [{ slug: "confiture-abricot", quantity: 2 }]) {
  const cartId = await cartWith(db, items);
  const placed = await placeOrder(
    db,
    { config: paymentConfig, now: new Date() },
    { cartId, locale: "fr", input: checkoutInput({ provider: "paypal" }) },
  );
  if (!placed.ok) throw new Error(`placeOrder: ${placed.reason}`);
  return { order: placed.order, cartId };
}

/** …for which the PayPal order was created (the shopper is now in PayPal's window). */
async function startedOrder() {
  const { order, cartId } = await pendingOrder();
  const { paypalOrderId } = await startPayPalCheckout(db, config, order.id);
  return { order, cartId, paypalOrderId };
}

const orderNow = (id: string) =>
  db.order.findUniqueOrThrow({ where: { id }, include: { events: true, refunds: true } });
const emailsFor = (orderId: string) => db.emailOutbox.count({ where: { orderId } });

async function deliver(webhook: { body: string; headers: Headers }) {
  return POST(
    new Request("http://localhost/api/webhooks/paypal", {
      method: "POST",
      headers: webhook.headers,
      body: webhook.body,
    }),
  );
}

describe("PayPal Express Checkout (P28 default gateway)", () => {
  test("P10 P28: create + capture marks the order paid once; PayPal-Request-Id sent on create and capture", async () => {
    const { order, cartId, paypalOrderId } = await startedOrder();
    expect((await orderNow(order.id)).providerReference).toBe(paypalOrderId);

    const create = fake
      .requestsTo("POST", /^\/v2\/checkout\/orders$/)
      .find((r) => r.requestId === `create-${order.id}`);
    expect(create?.body).toMatchObject({
      intent: "CAPTURE",
      purchase_units: [
        {
          reference_id: order.id,
          custom_id: order.id,
          invoice_id: order.number,
          amount: {
            currency_code: "EUR",
            value: "18.90",
            breakdown: { item_total: { value: "13.00" }, shipping: { value: "5.90" } },
          },
          items: [{ name: "Confiture d'abricot", quantity: "2", unit_amount: { currency_code: "EUR", value: "6.50" } }],
        },
      ],
    });
    // Bearer token from the client-credentials grant, never the client secret itself.
    expect(create?.headers.authorization).toMatch(/^Bearer A21AA/);

    // A second start (page reload) reuses the PayPal order.
    expect(await startPayPalCheckout(db, config, order.id)).toEqual({ paypalOrderId });
    expect(
      fake.requestsTo("POST", /^\/v2\/checkout\/orders$/).filter((r) => r.requestId === `create-${order.id}`),
    ).toHaveLength(1);

    const now = new Date();
    expect(await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now })).toEqual({
      status: "paid",
    });
    const capture = fake.requestsTo("POST", new RegExp(`^/v2/checkout/orders/${paypalOrderId}/capture$`));
    expect(capture).toHaveLength(1);
    expect(capture[0]?.requestId).toBe(`capture-${order.id}`);
    expect(capture[0]?.headers.prefer).toBe("return=representation");

    const paid = await orderNow(order.id);
    expect(paid.status).toBe("paid");
    expect(paid.providerPaymentId).toBe(fake.captureOf(paypalOrderId)?.id);
    expect(paid.paidAt?.getTime()).toBe(now.getTime());
    expect(await db.cartLine.count({ where: { cartId } })).toBe(0);
    expect(await emailsFor(order.id)).toBe(1);

    // A second click (or the browser retrying) changes nothing and does not capture again.
    expect(await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now })).toEqual({
      status: "alreadyPaid",
    });
    expect(fake.requestsTo("POST", /\/capture$/).filter((r) => r.requestId === `capture-${order.id}`)).toHaveLength(1);
    expect((await orderNow(order.id)).events.filter((e) => e.toStatus === "paid")).toHaveLength(1);
    expect(await emailsFor(order.id)).toBe(1);
  });

  test("P10: the same PayPal-Request-Id gives the same PayPal order, as at PayPal", async () => {
    const { order, paypalOrderId } = await startedOrder();
    const withLines = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(await createPayPalOrder(config, withLines)).toBe(paypalOrderId);
  });

  test("P10: PayPal captured amount mismatch refused (order stays pending, not paid)", async () => {
    const { order, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("amountMismatch");
    expect(await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() })).toEqual({
      status: "mismatch",
    });
    const after = await orderNow(order.id);
    expect(after).toMatchObject({ status: "pending", paidAt: null, providerPaymentId: null });
    expect(after.events.some((e) => /mismatch/.test(e.reason))).toBe(true);
    expect(await emailsFor(order.id)).toBe(0);
  });

  test("P10: an order COMPLETED at PayPal whose capture is DECLINED is not paid", async () => {
    const { order, cartId, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("declined");
    expect(await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() })).toEqual({
      status: "declined",
    });
    expect(fake.orders.get(paypalOrderId)?.status).toBe("COMPLETED");
    expect((await orderNow(order.id)).status).toBe("pending");
    expect(await db.cartLine.count({ where: { cartId } })).toBe(1);
  });

  test("P10: a capture refused for another PayPal order, or for a foreign order, is not attempted", async () => {
    const { order, paypalOrderId } = await startedOrder();
    const other = await startedOrder();
    const before = fake.requestsTo("POST", /\/capture$/).length;
    expect(
      await completePayPalCheckout(db, config, {
        orderId: order.id,
        paypalOrderId: other.paypalOrderId,
        now: new Date(),
      }),
    ).toEqual({ status: "invalidOrder" });
    expect(await completePayPalCheckout(db, config, { orderId: "nope", paypalOrderId, now: new Date() })).toEqual({
      status: "invalidOrder",
    });
    expect(fake.requestsTo("POST", /\/capture$/)).toHaveLength(before);
  });

  test("P10: 422 ORDER_ALREADY_CAPTURED is resolved by reading the order and checking its capture", async () => {
    const { order, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("alreadyCaptured");
    expect(await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() })).toEqual({
      status: "paid",
    });
    expect(fake.requestsTo("GET", new RegExp(`^/v2/checkout/orders/${paypalOrderId}$`))).toHaveLength(1);
    expect((await orderNow(order.id)).providerPaymentId).toBe(fake.captureOf(paypalOrderId)?.id);
  });

  test("P10: capture PENDING, then webhook PAYMENT.CAPTURE.COMPLETED (late capture) marks the order paid", async () => {
    const { order, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("pending");
    expect(await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() })).toEqual({
      status: "pending",
    });
    expect((await orderNow(order.id)).status).toBe("pending");

    const capture = fake.settleCapture(paypalOrderId);
    const event = JSON.parse(fake.webhook("PAYMENT.CAPTURE.COMPLETED", fake.captureResource(capture)).body);
    expect(await handlePayPalWebhookEvent(db, event, new Date())).toBe("applied");
    const paid = await orderNow(order.id);
    expect(paid).toMatchObject({ status: "paid", providerPaymentId: capture.id });
    expect(await emailsFor(order.id)).toBe(1);
  });

  test("P10: a late capture found by the PayPal order id alone, and a capture of another amount is refused", async () => {
    const { order, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("pending");
    await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() });
    const capture = fake.settleCapture(paypalOrderId);
    const resource = fake.captureResource(capture);
    delete resource.custom_id;

    const wrongAmount = { ...resource, amount: { currency_code: "EUR", value: "1.00" } };
    expect(
      await handlePayPalWebhookEvent(
        db,
        JSON.parse(fake.webhook("PAYMENT.CAPTURE.COMPLETED", wrongAmount).body),
        new Date(),
      ),
    ).toBe("ignored");
    expect((await orderNow(order.id)).status).toBe("pending");

    expect(
      await handlePayPalWebhookEvent(
        db,
        JSON.parse(fake.webhook("PAYMENT.CAPTURE.COMPLETED", resource).body),
        new Date(),
      ),
    ).toBe("applied");
    expect((await orderNow(order.id)).status).toBe("paid");
  });

  test("P10: the same webhook delivered 5 times gives one paid order and one confirmation e-mail", async () => {
    const { order, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("pending");
    await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() });
    const webhook = fake.webhook("PAYMENT.CAPTURE.COMPLETED", fake.captureResource(fake.settleCapture(paypalOrderId)));

    const first = await deliver(webhook);
    expect(first.status).toBe(200);
    const again = await Promise.all([1, 2, 3, 4].map(() => deliver(webhook)));
    expect(again.map((response) => response.status)).toEqual([200, 200, 200, 200]);

    const after = await orderNow(order.id);
    expect(after.status).toBe("paid");
    expect(after.events.filter((e) => e.toStatus === "paid")).toHaveLength(1);
    expect(await emailsFor(order.id)).toBe(1);
    expect(await db.processedWebhookEvent.count({ where: { provider: "paypal", eventId: webhook.id } })).toBe(1);
    // Each delivery was verified with PayPal, with the event passed on byte for byte.
    const verifications = fake
      .requestsTo("POST", /^\/v1\/notifications\/verify-webhook-signature$/)
      .filter((r) => r.rawBody.includes(webhook.id));
    expect(verifications).toHaveLength(5);
    expect(verifications[0]?.rawBody).toContain(`"webhook_event":${webhook.body}}`);
    expect(verifications[0]?.body).toMatchObject({
      webhook_id: config.webhookId,
      transmission_sig: webhook.headers.get("paypal-transmission-sig"),
    });
  });

  test("P10: a webhook with a bad signature is refused (400) and changes nothing", async () => {
    const { order, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("pending");
    await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() });
    const forged = fake.webhook("PAYMENT.CAPTURE.COMPLETED", fake.captureResource(fake.settleCapture(paypalOrderId)), {
      valid: false,
    });

    expect(await verifyPayPalWebhook(config, forged.headers, forged.body)).toBe(false);
    expect((await deliver(forged)).status).toBe(400);

    // Missing signature headers: refused without asking PayPal.
    const verifyCalls = fake.requestsTo("POST", /verify-webhook-signature/).length;
    const unsigned = new Headers({ "content-type": "application/json" });
    expect(await verifyPayPalWebhook(config, unsigned, forged.body)).toBe(false);
    expect((await deliver({ body: forged.body, headers: unsigned })).status).toBe(400);
    // Not JSON, even with headers: refused without asking PayPal.
    expect((await deliver({ body: "{not json", headers: forged.headers })).status).toBe(400);
    expect(fake.requestsTo("POST", /verify-webhook-signature/)).toHaveLength(verifyCalls);

    expect((await orderNow(order.id)).status).toBe("pending");
    expect(await db.processedWebhookEvent.count({ where: { eventId: forged.id } })).toBe(0);
    expect(await emailsFor(order.id)).toBe(0);
  });

  test("P10: a signed event of an unexpected shape is refused (400), an unknown type acknowledged", async () => {
    const malformed = fake.webhook("PAYMENT.CAPTURE.COMPLETED", { id: "CAP", amount: "lots" });
    expect((await deliver(malformed)).status).toBe(400);
    const other = fake.webhook("CHECKOUT.ORDER.APPROVED", { id: "ORDER" });
    expect((await deliver(other)).status).toBe(200);
    expect(
      await db.processedWebhookEvent.count({ where: { eventId: other.id, type: "CHECKOUT.ORDER.APPROVED" } }),
    ).toBe(1);
  });

  test("P10: a refund webhook before the order is paid asks for a retry (409); after, the order is refunded", async () => {
    const { order, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("pending");
    await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() });
    const capture = fake.settleCapture(paypalOrderId);
    const completed = fake.webhook("PAYMENT.CAPTURE.COMPLETED", fake.captureResource(capture)); // not delivered yet

    const { refundId, status } = await refundPayPalCapture(config, {
      captureId: capture.id,
      amountCents: order.totalCents,
      currency: "EUR",
      orderId: order.id,
    });
    expect(status).toBe("COMPLETED");
    const refundRequest = fake.requestsTo("POST", /\/refund$/).at(-1);
    expect(refundRequest?.requestId).toBe(`refund-${order.id}-${order.totalCents}`);
    expect(refundRequest?.body).toMatchObject({ amount: { currency_code: "EUR", value: "18.90" } });

    const refunded = fake.webhook("PAYMENT.CAPTURE.REFUNDED", fake.refundResource(fake.refunds.get(refundId)!));
    expect(await handlePayPalWebhookEvent(db, JSON.parse(refunded.body), new Date())).toBe("retry");
    expect((await deliver(refunded)).status).toBe(409);
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await db.processedWebhookEvent.count({ where: { eventId: refunded.id } })).toBe(0);

    expect((await deliver(completed)).status).toBe(200);
    expect((await orderNow(order.id)).status).toBe("paid");

    expect((await deliver(refunded)).status).toBe(200);
    const after = await orderNow(order.id);
    expect(after.status).toBe("refunded");
    expect(after.refunds).toMatchObject([{ provider: "paypal", providerRefundId: refundId, amountCents: 1890 }]);
    expect(await handlePayPalWebhookEvent(db, JSON.parse(refunded.body), new Date())).toBe("duplicate");
  });

  test("P10: refunds made in PayPal's dashboard are found by their capture (link rel up); partial then full", async () => {
    const { order, paypalOrderId } = await startedOrder();
    await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() });
    const captureId = fake.captureOf(paypalOrderId)!.id;
    const resource = (refundId: string, value: string) => ({
      id: refundId,
      status: "COMPLETED",
      amount: { currency_code: "EUR", value },
      links: [{ href: `${fake.url}/v2/payments/captures/${captureId}`, rel: "up", method: "GET" }],
    });
    expect(
      await handlePayPalWebhookEvent(
        db,
        JSON.parse(fake.webhook("PAYMENT.CAPTURE.REFUNDED", resource("REFUNDPART1", "5.90")).body),
        new Date(),
      ),
    ).toBe("applied");
    expect((await orderNow(order.id)).status).toBe("paid");
    expect(
      await handlePayPalWebhookEvent(
        db,
        JSON.parse(fake.webhook("PAYMENT.CAPTURE.REFUNDED", resource("REFUNDPART2", "13.00")).body),
        new Date(),
      ),
    ).toBe("applied");
    const after = await orderNow(order.id);
    expect(after.status).toBe("refunded");
    expect(after.refunds.map((r) => r.amountCents).sort()).toEqual([1300, 590]);
  });

  test("P10: PAYMENT.CAPTURE.DENIED cancels a pending order and returns its stock", async () => {
    const stockBefore = (await db.product.findUniqueOrThrow({ where: { slug: "confiture-abricot" } })).stock;
    const { order, paypalOrderId } = await startedOrder();
    fake.setCaptureOutcome("pending");
    await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() });
    const denied = fake.settleCapture(paypalOrderId, "DENIED");
    const event = fake.webhook("PAYMENT.CAPTURE.DENIED", fake.captureResource(denied));
    expect((await deliver(event)).status).toBe(200);
    expect((await orderNow(order.id)).status).toBe("cancelled");
    expect((await db.product.findUniqueOrThrow({ where: { slug: "confiture-abricot" } })).stock).toBe(stockBefore);
    // On a paid order it changes nothing.
    const paid = await startedOrder();
    fake.setCaptureOutcome("completed");
    expect(
      await completePayPalCheckout(db, config, {
        orderId: paid.order.id,
        paypalOrderId: paid.paypalOrderId,
        now: new Date(),
      }),
    ).toEqual({ status: "paid" });
    const late = fake.webhook("PAYMENT.CAPTURE.DENIED", {
      ...fake.captureResource(fake.captureOf(paid.paypalOrderId)!),
      status: "DENIED",
    });
    expect(await handlePayPalWebhookEvent(db, JSON.parse(late.body), new Date())).toBe("ignored");
    expect((await orderNow(paid.order.id)).status).toBe("paid");
  });

  test("PayPal down (503): PaymentProviderUnavailableError, the pending order and the cart intact", async () => {
    const { order, cartId } = await pendingOrder();
    fake.setDown("unavailable");
    await expect(startPayPalCheckout(db, config, order.id)).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
    expect(await orderNow(order.id)).toMatchObject({ status: "pending", providerReference: null });
    expect(await db.cartLine.count({ where: { cartId } })).toBe(1);

    fake.setDown(null);
    const { paypalOrderId } = await startPayPalCheckout(db, config, order.id);
    fake.setDown("unavailable");
    await expect(
      completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() }),
    ).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
    expect(await orderNow(order.id)).toMatchObject({
      status: "pending",
      providerReference: paypalOrderId,
      paidAt: null,
    });
    expect(await db.cartLine.count({ where: { cartId } })).toBe(1);

    // PayPal is back: the retry (same PayPal-Request-Id) completes the payment.
    fake.setDown(null);
    expect(await completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() })).toEqual({
      status: "paid",
    });
  });

  test("PayPal hanging past the timeout: PaymentProviderUnavailableError, the order stays pending", async () => {
    const { order, paypalOrderId } = await startedOrder();
    fake.setDown("hang");
    const started = Date.now();
    await expect(
      completePayPalCheckout(db, config, { orderId: order.id, paypalOrderId, now: new Date() }, { timeoutMs: 300 }),
    ).rejects.toMatchObject({
      name: "PaymentProviderUnavailableError",
      detail: expect.stringMatching(/timeout/),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await orderNow(order.id)).status).toBe("pending");
  });

  test("a webhook arriving while PayPal cannot verify it is answered 503, so that PayPal delivers it again", async () => {
    const webhook = fake.webhook("CHECKOUT.ORDER.APPROVED", { id: "ORDER" });
    fake.setDown("unavailable");
    expect((await deliver(webhook)).status).toBe(503);
    expect(await db.processedWebhookEvent.count({ where: { eventId: webhook.id } })).toBe(0);
  });

  test("a network failure is PaymentProviderUnavailableError too", async () => {
    const unreachable = { ...config, apiUrl: "http://127.0.0.1:1", clientId: "unreachable" };
    await expect(getPayPalAccessToken(unreachable)).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
  });
});

describe("PayPal API details", () => {
  test("money: integer cents to PayPal strings and back, without floats", () => {
    expect([0, 5, 10, 99, 100, 1234, 1890, 123456789].map(centsToPayPalValue)).toEqual([
      "0.00",
      "0.05",
      "0.10",
      "0.99",
      "1.00",
      "12.34",
      "18.90",
      "1234567.89",
    ]);
    expect(() => centsToPayPalValue(1.5)).toThrow(RangeError);
    expect(() => centsToPayPalValue(-1)).toThrow(RangeError);
    expect(["18.90", "18.9", "18", "0.07", "1.005", "-1.00", "1e3", " 1.00", ""].map(payPalValueToCents)).toEqual([
      1890,
      1890,
      1800,
      7,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  test("create body: items add up to item_total, names cut at 127 characters, variant labels kept", () => {
    const body = payPalOrderBody({
      id: "order1",
      number: "PS-2026-000001",
      currency: "EUR",
      subtotalCents: 3 * 333 + 8900,
      shippingCents: 0,
      totalCents: 3 * 333 + 8900,
      lines: [
        { name: "é".repeat(200), variantLabel: null, sku: "S1", unitPriceCents: 333, quantity: 3 },
        {
          name: "Drap en lin lavé",
          variantLabel: "Naturel / 140 × 200",
          sku: "DRAP-140-NAT",
          unitPriceCents: 8900,
          quantity: 1,
        },
      ],
    });
    const unit = body.purchase_units[0]!;
    expect(unit.amount).toEqual({
      currency_code: "EUR",
      value: "98.99",
      breakdown: {
        item_total: { currency_code: "EUR", value: "98.99" },
        shipping: { currency_code: "EUR", value: "0.00" },
      },
    });
    expect(unit.items?.[0]?.name).toHaveLength(127);
    expect(unit.items?.[1]).toMatchObject({
      name: "Drap en lin lavé (Naturel / 140 × 200)",
      quantity: "1",
      unit_amount: { value: "89.00" },
    });
    expect(() =>
      payPalOrderBody({
        ...{ id: "x", number: "n", currency: "EUR", lines: [] },
        subtotalCents: 100,
        shippingCents: 0,
        totalCents: 101,
      }),
    ).toThrow();
  });

  test("the access token is cached per client id, and fetched again after PayPal revokes it", async () => {
    clearPayPalTokenCache();
    const other = { ...config, clientId: "second-client" };
    const tokens = () => fake.requestsTo("POST", /^\/v1\/oauth2\/token$/).length;
    const before = tokens();
    const first = await getPayPalAccessToken(config);
    expect(await getPayPalAccessToken(config)).toBe(first);
    const second = await getPayPalAccessToken(other);
    expect(second).not.toBe(first);
    expect(tokens()).toBe(before + 2);
    const tokenRequest = fake.requestsTo("POST", /^\/v1\/oauth2\/token$/).at(-1);
    expect(tokenRequest?.rawBody).toBe("grant_type=client_credentials");
    expect(tokenRequest?.headers.authorization).toBe(
      `Basic ${Buffer.from(`second-client:${config.clientSecret}`).toString("base64")}`,
    );

    // Revoked early: the 401 drops the cached token and the call is retried once with a new one.
    const { order, paypalOrderId } = await startedOrder();
    fake.revokeTokens();
    expect(await capturePayPalOrder(config, paypalOrderId, order)).toMatchObject({ status: "completed" });
    expect(tokens()).toBe(before + 3);
  });

  test("wrong client credentials are an API error, not 'unavailable'", async () => {
    const wrong = { ...config, clientId: "wrong", clientSecret: "nope" };
    await expect(getPayPalAccessToken(wrong)).rejects.toMatchObject({ name: "PayPalApiError", status: 401 });
  });
});
