// PayPal Express Checkout (P28: PayPal is a default gateway) against a local fake of PayPal's REST API:
// an order is paid only from a verified capture of exactly its amount (P10), and an unreachable PayPal
// leaves the pending order and the cart untouched. Webhooks: paypal-webhooks.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { captureOwnPayPalOrder, startOwnPayPalOrder } from "@/lib/checkout/paypal";
import type { Db } from "@/lib/db/client";
import type { PayPalConfig } from "@/lib/payments/config";
import { PaymentProviderUnavailableError } from "@/lib/payments/errors";
import { completePayPalCheckout, startPayPalCheckout } from "@/lib/payments/paypal/checkout";
import { clearPayPalTokenCache, getPayPalAccessToken } from "@/lib/payments/paypal/client";
import { capturePayPalOrder, createPayPalOrder } from "@/lib/payments/paypal/orders";
import type { FakePayPal } from "../fakes/paypal";
import { cartWith, refusal } from "../helpers/commerce";
import { pendingPayPalOrder, startedPayPalOrder, startPayPalShop, type PayPalShop } from "../helpers/paypal-shop";

let shop: PayPalShop;
let db: Db;
let fake: FakePayPal;
let config: PayPalConfig;

beforeAll(async () => {
  shop = await startPayPalShop();
  ({ db, fake, config } = shop);
});
afterAll(() => shop?.close());
beforeEach(() => fake.reset());

const pendingOrder = () => pendingPayPalOrder(shop);
const startedOrder = () => startedPayPalOrder(shop);

const orderNow = (id: string) =>
  db.order.findUniqueOrThrow({ where: { id }, include: { events: true, refunds: true } });
const emailsFor = (orderId: string) => db.emailOutbox.count({ where: { orderId } });

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

  test("a network failure is PaymentProviderUnavailableError too", async () => {
    const unreachable = { ...config, apiUrl: "http://127.0.0.1:1", clientId: "unreachable" };
    await expect(getPayPalAccessToken(unreachable)).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
  });
});

describe("the checkout page's PayPal buttons (the visitor's own order only)", () => {
  const creates = (orderId: string) =>
    fake.requestsTo("POST", /^\/v2\/checkout\/orders$/).filter((r) => r.requestId === `create-${orderId}`);

  test("P10: another visitor's cart, no cart or no PayPal gets a refusal, and PayPal is never called", async () => {
    const { order, cartId } = await pendingOrder();
    const strangerCart = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    const start = (cart: string | null, paypal: PayPalConfig | null = config) =>
      startOwnPayPalOrder(db, paypal, { orderId: order.id, cartId: cart, now: new Date() });
    await expect(start(strangerCart)).rejects.toEqual(refusal("notFound"));
    await expect(start(null)).rejects.toEqual(refusal("notFound"));
    await expect(start(cartId, null)).rejects.toEqual(refusal("gatewayUnavailable"));
    expect(creates(order.id)).toHaveLength(0);

    const { paypalOrderId } = await start(cartId);
    const capture = (cart: string | null) =>
      captureOwnPayPalOrder(db, config, { orderId: order.id, paypalOrderId, cartId: cart, now: new Date() });
    await expect(capture(strangerCart)).rejects.toEqual(refusal("notFound"));
    expect(fake.requestsTo("POST", new RegExp(`^/v2/checkout/orders/${paypalOrderId}/capture$`))).toHaveLength(0);
    expect(await capture(cartId)).toEqual({ status: "paid" });
    expect(await capture(cartId)).toEqual({ status: "alreadyPaid" });
    // Paid: no new PayPal order for it.
    await expect(start(cartId)).rejects.toEqual(refusal("notFound"));
  });

  test("PayPal down, a declined payment, a capture of another amount: each a refusal, the order kept pending", async () => {
    const { order, cartId } = await pendingOrder();
    fake.setDown("unavailable");
    await expect(startOwnPayPalOrder(db, config, { orderId: order.id, cartId, now: new Date() })).rejects.toEqual(
      refusal("paymentUnavailable"),
    );
    fake.setDown(null);
    const { paypalOrderId } = await startOwnPayPalOrder(db, config, { orderId: order.id, cartId, now: new Date() });
    const capture = () =>
      captureOwnPayPalOrder(db, config, { orderId: order.id, paypalOrderId, cartId, now: new Date() });

    fake.setDown("unavailable");
    await expect(capture()).rejects.toEqual(refusal("paymentUnavailable"));
    fake.setDown(null);
    fake.setCaptureOutcome("declined");
    await expect(capture()).rejects.toEqual(refusal("declined"));
    expect((await orderNow(order.id)).status).toBe("pending");

    const other = await pendingOrder();
    const started = await startOwnPayPalOrder(db, config, {
      orderId: other.order.id,
      cartId: other.cartId,
      now: new Date(),
    });
    fake.setCaptureOutcome("amountMismatch");
    await expect(
      captureOwnPayPalOrder(db, config, { ...started, orderId: other.order.id, cartId: other.cartId, now: new Date() }),
    ).rejects.toEqual(refusal("failed"));
    expect((await orderNow(other.order.id)).status).toBe("pending");
  });
});

describe("PayPal API details", () => {
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
