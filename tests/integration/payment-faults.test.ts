// Issue 14, faults: the payment providers answering 500 or not answering at all (docs/decisions/0017). The
// real Stripe SDK and our PayPal client talk to local fakes that fail on command. What must hold (P5, P10):
// the shopper gets a clear, localized refusal; the order stays pending (stock held as decision 0004 says),
// neither paid nor lost; and it is settled later, once, by the webhook or by the reconciliation job
// (lib/payments/reconcile.ts, run by runMaintenance before expired orders are cancelled).
import type Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { checkout } from "@/lib/checkout/checkout";
import { captureOwnPayPalOrder, startOwnPayPalOrder } from "@/lib/checkout/paypal";
import type { Db } from "@/lib/db/client";
import { orderConfirmationKey } from "@/lib/email/order-confirmation";
import { parseEnv, type Env } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/messages";
import { runMaintenance } from "@/lib/jobs/maintenance";
import { RESERVATION_MINUTES } from "@/lib/orders/place-order";
import type { PaymentConfig } from "@/lib/payments/config";
import { setGatewayEnabled } from "@/lib/payments/gateways";
import { PAYPAL_TIMEOUT_MS } from "@/lib/payments/paypal/client";
import { handlePayPalWebhookRequest } from "@/lib/payments/paypal-webhook-request";
import { reconcilePendingPayments } from "@/lib/payments/reconcile";
import { createStripeClient, STRIPE_MAX_NETWORK_RETRIES, STRIPE_TIMEOUT_MS } from "@/lib/payments/stripe";
import { handleStripeWebhookRequest } from "@/lib/payments/stripe-webhook-request";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { startFakePayPal, type FakePayPal } from "../fakes/paypal";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { cartWith, checkoutInput, refusal, STRIPE_WEBHOOK_SECRET, stripeEvent } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let stripeFake: FakeStripe;
let paypalFake: FakePayPal;
let config: PaymentConfig;
let env: Env;
/** The SDK as the shop builds it, and one whose timeout is short enough to watch a hang in a test. */
let stripe: Stripe;
let impatientStripe: Stripe;
/** Per request; the shop's own is PAYPAL_TIMEOUT_MS. */
const impatient = { timeoutMs: 300 };
const siteUrl = "https://shop.test";
const SLUG = "plaid-laine";
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  stripeFake = await startFakeStripe();
  paypalFake = await startFakePayPal();
  const source = {
    STRIPE_SECRET_KEY: "sk_test_plusuite",
    STRIPE_WEBHOOK_SECRET,
    STRIPE_API_URL: stripeFake.url,
    PAYPAL_CLIENT_ID: paypalFake.clientId,
    PAYPAL_CLIENT_SECRET: paypalFake.clientSecret,
    PAYPAL_WEBHOOK_ID: paypalFake.webhookId,
    PAYPAL_API_URL: paypalFake.url,
  };
  env = parseEnv(source);
  config = {
    stripe: { secretKey: source.STRIPE_SECRET_KEY, webhookSecret: STRIPE_WEBHOOK_SECRET, apiUrl: stripeFake.url },
    paypal: {
      clientId: paypalFake.clientId,
      clientSecret: paypalFake.clientSecret,
      webhookId: paypalFake.webhookId,
      apiUrl: paypalFake.url,
    },
  };
  stripe = createStripeClient(config.stripe!);
  impatientStripe = createStripeClient(config.stripe!, impatient);
  await setGatewayEnabled(db, "stripe", true);
  await setGatewayEnabled(db, "paypal", true);
});
afterAll(async () => {
  await stripeFake?.close();
  await paypalFake?.close();
  await testDb?.close();
});
beforeEach(async () => {
  stripeFake.setDown(null);
  stripeFake.failNext(0);
  paypalFake.reset();
  // Each test starts with no pending order left by another, so that the job's reports count this test's only.
  await db.order.updateMany({ where: { status: "pending" }, data: { status: "cancelled", reservedUntil: null } });
  await db.product.update({ where: { slug: SLUG }, data: { stock: 10 } });
});

const stock = async () => (await db.product.findUniqueOrThrow({ where: { slug: SLUG } })).stock;
const orderNow = (id: string) => db.order.findUniqueOrThrow({ where: { id }, include: { events: true } });
const paidEvents = async (id: string) => (await orderNow(id)).events.filter((e) => e.toStatus === "paid").length;
const confirmations = (id: string) => db.emailOutbox.findMany({ where: { orderId: id } });

async function stripeCheckout(now: Date, client: Stripe = stripe) {
  const cartId = await cartWith(db, [{ slug: SLUG, quantity: 2 }]);
  const params = { cartId, locale: "fr" as const, input: checkoutInput({ provider: "stripe" }), clientKey: cartId };
  return { cartId, attempt: () => checkout(db, { config, stripe: client, now, siteUrl }, params) };
}

async function payPalCheckout(now: Date) {
  const cartId = await cartWith(db, [{ slug: SLUG, quantity: 2 }]);
  const params = { cartId, locale: "fr" as const, input: checkoutInput({ provider: "paypal" }), clientKey: cartId };
  const { orderId } = await checkout(db, { config, stripe, now, siteUrl }, params);
  return { cartId, orderId };
}

/** Stripe's delivery of checkout.session.completed for a session, to the webhook endpoint. */
function stripeDelivery(session: Record<string, unknown>, eventId?: string) {
  const event = stripeEvent("checkout.session.completed", session, eventId);
  return {
    id: event.id,
    post: (now: Date) =>
      handleStripeWebhookRequest(
        new Request("http://shop.test/api/webhooks/stripe", {
          method: "POST",
          body: event.payload,
          headers: { "stripe-signature": event.signature },
        }),
        { db, env, now, afterResponse: () => undefined },
      ),
  };
}

function payPalDelivery(webhook: { body: string; headers: Headers }, now: Date) {
  return handlePayPalWebhookRequest(
    new Request("http://shop.test/api/webhooks/paypal", {
      method: "POST",
      headers: webhook.headers,
      body: webhook.body,
    }),
    { db, env, now },
  );
}

describe("the shopper's side of an outage", () => {
  test("P10: the SDK timeouts keep a shopper's wait near 10–15 s, not the SDKs' minutes", () => {
    // Stripe's SDK waits 80 s per attempt by default; PayPal's fetch would wait for ever.
    expect((STRIPE_MAX_NETWORK_RETRIES + 1) * STRIPE_TIMEOUT_MS).toBeLessThanOrEqual(15_000);
    expect(PAYPAL_TIMEOUT_MS).toBeLessThanOrEqual(15_000);
  });

  test("P10: Stripe answering 500, then hanging: a localized refusal, the order pending with its stock held, freed after the hold", async () => {
    const now = new Date();
    const before = await stock();
    const failing = await stripeCheckout(now);
    stripeFake.failNext(2, 500); // the SDK retries once
    await expect(failing.attempt()).rejects.toEqual(refusal("paymentUnavailable"));
    const hanging = await stripeCheckout(now, impatientStripe);
    stripeFake.setDown("hang");
    const requestsBefore = stripeFake.requests.length;
    await expect(hanging.attempt()).rejects.toEqual(refusal("paymentUnavailable"));
    expect(stripeFake.requests.length - requestsBefore).toBe(STRIPE_MAX_NETWORK_RETRIES + 1);
    stripeFake.setDown(null);

    // The refusal the page shows, in both languages, says the order is kept and what to do.
    expect((await loadMessages("fr")).Errors.paymentUnavailable).toMatch(/réessayez/);
    expect((await loadMessages("en")).Errors.paymentUnavailable).toMatch(/try again/);

    const orders = await db.order.findMany({ where: { cartId: { in: [failing.cartId, hanging.cartId] } } });
    expect(orders.map((order) => [order.status, order.paidAt, order.providerReference])).toEqual([
      ["pending", null, null],
      ["pending", null, null],
    ]);
    expect(await stock()).toBe(before - 4);
    expect(await db.emailOutbox.count({ where: { orderId: { in: orders.map((o) => o.id) } } })).toBe(0);

    // No provider reference, nothing to ask: the maintenance job frees the stock once the short hold ends.
    const report = await runMaintenance(db, env, minutesAfter(now, 11));
    expect(report.payments).toEqual({ checked: 0, paid: 0, unavailable: [] });
    expect(report.cancelledOrders).toBe(2);
    expect(await stock()).toBe(before);
  });

  test("P10: PayPal answering 500, or hanging, at the order's creation and at its capture: a refusal, the order pending", async () => {
    const now = new Date();
    const { cartId, orderId } = await payPalCheckout(now);
    const visitor = { orderId, cartId, now };
    for (const mode of ["error", "hang"] as const) {
      paypalFake.setDown(mode);
      await expect(startOwnPayPalOrder(db, config.paypal, visitor, impatient)).rejects.toEqual(
        refusal("paymentUnavailable"),
      );
    }
    paypalFake.setDown(null);
    const { paypalOrderId } = await startOwnPayPalOrder(db, config.paypal, visitor, impatient);
    for (const mode of ["error", "hang"] as const) {
      paypalFake.setDown(mode);
      await expect(captureOwnPayPalOrder(db, config.paypal, { ...visitor, paypalOrderId }, impatient)).rejects.toEqual(
        refusal("paymentUnavailable"),
      );
    }
    expect(await orderNow(orderId)).toMatchObject({
      status: "pending",
      paidAt: null,
      providerReference: paypalOrderId,
    });
    expect(await db.cartLine.count({ where: { cartId } })).toBe(1);
    expect(await confirmations(orderId)).toHaveLength(0);
  });
});

describe("settled later, once", () => {
  test("P5 P10: a PayPal capture that timed out here but succeeded at PayPal ends paid once, with one confirmation; the webhook refused during the outage is applied once when PayPal retries it", async () => {
    const now = new Date();
    const before = await stock();
    const { cartId, orderId } = await payPalCheckout(now);
    const visitor = { orderId, cartId, now };
    const { paypalOrderId } = await startOwnPayPalOrder(db, config.paypal, visitor, impatient);

    paypalFake.setDown("loseResponses");
    await expect(captureOwnPayPalOrder(db, config.paypal, { ...visitor, paypalOrderId }, impatient)).rejects.toEqual(
      refusal("paymentUnavailable"),
    );
    const capture = paypalFake.captureOf(paypalOrderId)!;
    expect(capture.status).toBe("COMPLETED"); // the money was taken
    expect((await orderNow(orderId)).status).toBe("pending");

    // PayPal sends PAYMENT.CAPTURE.COMPLETED while its API fails: we cannot verify it, so we answer 503.
    paypalFake.setDown("error");
    const webhook = paypalFake.webhook("PAYMENT.CAPTURE.COMPLETED", paypalFake.captureResource(capture));
    expect((await payPalDelivery(webhook, now)).status).toBe(503);
    expect(await db.processedWebhookEvent.count({ where: { eventId: webhook.id } })).toBe(0);
    expect((await orderNow(orderId)).status).toBe("pending");

    // PayPal is back; the maintenance job asks it about the order before anything else.
    paypalFake.setDown(null);
    const report = await runMaintenance(db, env, minutesAfter(now, 3));
    expect(report.payments).toEqual({ checked: 1, paid: 1, unavailable: [] });
    expect(await orderNow(orderId)).toMatchObject({ status: "paid", providerPaymentId: capture.id });

    // PayPal retries the webhook, then again: applied once (stored), nothing changes.
    expect((await payPalDelivery(webhook, minutesAfter(now, 4))).status).toBe(200);
    expect((await payPalDelivery(webhook, minutesAfter(now, 5))).status).toBe(200);
    expect(await db.processedWebhookEvent.count({ where: { eventId: webhook.id } })).toBe(1);
    // The shopper's retry finds it paid and captures nothing more.
    expect(await captureOwnPayPalOrder(db, config.paypal, { ...visitor, paypalOrderId })).toEqual({
      status: "alreadyPaid",
    });

    expect(
      paypalFake.requestsTo("POST", /\/capture$/).filter((r) => r.requestId === `capture-${orderId}`),
    ).toHaveLength(1);
    expect(await paidEvents(orderId)).toBe(1);
    expect((await confirmations(orderId)).map((email) => email.key)).toEqual([orderConfirmationKey(orderId)]);
    expect(await stock()).toBe(before - 2);
  });

  test("P10: a PayPal order approved but never captured (PayPal failed the capture) is captured by the job, once", async () => {
    const now = new Date();
    const { cartId, orderId } = await payPalCheckout(now);
    const visitor = { orderId, cartId, now };
    const { paypalOrderId } = await startOwnPayPalOrder(db, config.paypal, visitor, impatient);
    paypalFake.setDown("error");
    await expect(captureOwnPayPalOrder(db, config.paypal, { ...visitor, paypalOrderId }, impatient)).rejects.toEqual(
      refusal("paymentUnavailable"),
    );
    expect(paypalFake.orders.get(paypalOrderId)?.status).toBe("APPROVED");
    paypalFake.setDown(null);

    // Two processes run the job at once: one capture (same PayPal-Request-Id), one payment, one e-mail.
    const later = minutesAfter(now, 3);
    await Promise.all([
      reconcilePendingPayments(db, { config, stripe, now: later }),
      reconcilePendingPayments(db, { config, stripe, now: later }),
    ]);
    expect(await orderNow(orderId)).toMatchObject({
      status: "paid",
      providerPaymentId: paypalFake.captureOf(paypalOrderId)!.id,
    });
    expect(paypalFake.orders.get(paypalOrderId)!.captures).toHaveLength(1);
    expect(await paidEvents(orderId)).toBe(1);
    expect(await confirmations(orderId)).toHaveLength(1);
  });

  test("P5 P10: Stripe paid but its webhook late: the job pays the order before its hold ends, not cancels it; the webhook then changes nothing", async () => {
    const now = new Date();
    const before = await stock();
    const { attempt } = await stripeCheckout(now);
    const { orderId } = await attempt();
    const order = await orderNow(orderId);
    const session = stripeFake.paySession(order.providerReference!);

    // The hold has ended: without the job's question to Stripe this order would be cancelled here.
    const report = await runMaintenance(db, env, minutesAfter(now, RESERVATION_MINUTES + 1));
    expect(report.payments).toEqual({ checked: 1, paid: 1, unavailable: [] });
    expect(report.cancelledOrders).toBe(0);
    expect(await orderNow(orderId)).toMatchObject({ status: "paid", providerPaymentId: session.payment_intent });
    expect(await stock()).toBe(before - 2);

    // Stripe delivers the webhook at last, and again: 200 each time, stored once, no second e-mail.
    const delivery = stripeDelivery(session);
    expect((await delivery.post(minutesAfter(now, 50))).status).toBe(200);
    expect((await delivery.post(minutesAfter(now, 51))).status).toBe(200);
    expect(await db.processedWebhookEvent.count({ where: { eventId: delivery.id } })).toBe(1);
    expect(await paidEvents(orderId)).toBe(1);
    expect((await confirmations(orderId)).map((email) => email.key)).toEqual([orderConfirmationKey(orderId)]);
  });

  test("P10: a provider down during the job: one call per provider and run, orders left pending, paid on a later run", async () => {
    const now = new Date();
    const stripeOrders = [];
    for (let i = 0; i < 3; i++) {
      const { orderId } = await (await stripeCheckout(now)).attempt();
      stripeOrders.push(orderId);
      stripeFake.paySession((await orderNow(orderId)).providerReference!);
    }
    const { cartId, orderId: payPalOrderId } = await payPalCheckout(now);
    await startOwnPayPalOrder(db, config.paypal, { orderId: payPalOrderId, cartId, now });

    stripeFake.setDown("hang");
    paypalFake.setDown("hang");
    const stripeCalls = stripeFake.requests.length;
    const payPalCalls = paypalFake.requests.length;
    const later = minutesAfter(now, 3);
    const report = await reconcilePendingPayments(db, {
      config,
      stripe: impatientStripe,
      paypal: impatient,
      now: later,
    });
    expect(report).toEqual({ checked: 2, paid: 0, unavailable: ["stripe", "paypal"] });
    expect(stripeFake.requests.length - stripeCalls).toBe(STRIPE_MAX_NETWORK_RETRIES + 1); // one call, retried once
    expect(paypalFake.requests.length - payPalCalls).toBe(1);
    for (const id of [...stripeOrders, payPalOrderId]) expect((await orderNow(id)).status).toBe("pending");

    stripeFake.setDown(null);
    paypalFake.setDown(null);
    expect(await reconcilePendingPayments(db, { config, stripe, now: later, limit: 2 })).toEqual({
      checked: 2,
      paid: 2,
      unavailable: [],
    });
    expect(await reconcilePendingPayments(db, { config, stripe, now: later })).toEqual({
      checked: 2,
      paid: 2,
      unavailable: [],
    });
    for (const id of [...stripeOrders, payPalOrderId]) expect((await orderNow(id)).status).toBe("paid");
    expect(await db.emailOutbox.count({ where: { orderId: { in: [...stripeOrders, payPalOrderId] } } })).toBe(4);
  });
});
