// Checkout with Stripe (P10): one Checkout Session per order, webhooks verified and applied once, order
// e-mails (P5), payment gateways (P28) and stock reservations. Cart and form input: cart-input.test.ts.
import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { getCart } from "@/lib/cart/cart";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { checkout } from "@/lib/checkout/checkout";
import type { Db } from "@/lib/db/client";
import { cancelExpiredOrders } from "@/lib/orders/lifecycle";
import { placeOrder, RESERVATION_MINUTES } from "@/lib/orders/place-order";
import { setGatewayEnabled, availableGateways } from "@/lib/payments/gateways";
import { refundableCents } from "@/lib/payments/refunds";
import { createStripeClient, handleStripeEvent, verifyStripeEvent } from "@/lib/payments/stripe";
import { logger } from "@/lib/logs/logger";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import {
  cartWith,
  checkoutInput,
  demoConfig,
  refusal,
  STRIPE_WEBHOOK_SECRET,
  stripeConfig,
  stripeEvent,
} from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let fake: FakeStripe;
let stripe: Stripe;
const now = new Date("2026-11-25T10:00:00Z");
const siteUrl = "https://shop.test";

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  fake = await startFakeStripe();
  stripe = createStripeClient(stripeConfig(fake.url).stripe!);
});
afterAll(async () => {
  await fake.close();
  await testDb.close();
});
beforeEach(async () => {
  await setGatewayEnabled(db, "stripe", true);
  await setGatewayEnabled(db, "paypal", true);
});

const stock = async (slug: string) => (await db.product.findUniqueOrThrow({ where: { slug } })).stock;
const setStock = (slug: string, value: number) => db.product.update({ where: { slug }, data: { stock: value } });

async function stripeCheckout(cartId: string) {
  const deps = { config: stripeConfig(fake.url), stripe, now, siteUrl };
  // One client per cart: the per-client limits have their own tests (commerce-hardening.test.ts).
  const params = { cartId, locale: "fr" as const, input: checkoutInput({ provider: "stripe" }), clientKey: cartId };
  return checkout(db, deps, params);
}

function completedEvent(sessionId: string, amountTotal: number, paymentIntent = `pi_${sessionId.slice(-12)}`) {
  return stripeEvent("checkout.session.completed", {
    id: sessionId,
    object: "checkout.session",
    payment_status: "paid",
    amount_total: amountTotal,
    currency: "eur",
    payment_intent: paymentIntent,
    client_reference_id: null,
  });
}

async function deliver(event: { payload: string; signature: string }) {
  const verified = verifyStripeEvent(stripe, event.payload, event.signature, STRIPE_WEBHOOK_SECRET);
  if (!verified) return "rejected" as const;
  return handleStripeEvent(db, verified, now);
}

describe("Stripe (P10) and order e-mails (P5)", () => {
  test("the Checkout Session is created once per order, with an idempotency key and the server's total", async () => {
    const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
    const outcome = await stripeCheckout(cartId);
    const order = await db.order.findUniqueOrThrow({ where: { id: outcome.orderId } });
    expect(outcome.redirectTo).toBe(`${fake.url}/pay/${order.providerReference}`);
    const request = fake.requests.at(-1)!;
    expect(request.idempotencyKey).toBe(`checkout-session:${order.id}`);
    expect(fake.sessions.get(order.providerReference!)?.amount_total).toBe(order.totalCents);
    expect(order.totalCents).toBe(5900 + 590); // under the 60 € free-shipping threshold
  });

  test("same event delivered 5 times -> one paid order, one confirmation e-mail", async () => {
    const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
    const outcome = await stripeCheckout(cartId);
    const order = await db.order.findUniqueOrThrow({ where: { id: outcome.orderId } });
    const event = completedEvent(order.providerReference!, order.totalCents);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await deliver(event));
    expect(results).toEqual(["applied", "duplicate", "duplicate", "duplicate", "duplicate"]);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("paid");
    expect(await db.emailOutbox.count({ where: { orderId: order.id } })).toBe(1);
    // A different event id for the same payment (Stripe also sends async_payment_succeeded) changes nothing either.
    expect(
      await deliver(stripeEvent("checkout.session.async_payment_succeeded", JSON.parse(event.payload).data.object)),
    ).toBe("applied");
    expect(await db.emailOutbox.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: order.id, toStatus: "paid" } })).toBe(1);
    // The bought line left the cart.
    expect((await getCart(db, cartId, "fr")).lines).toEqual([]);
  });

  test("out-of-order delivery: a refund before the payment is retried later; an expiry after it changes nothing", async () => {
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 10 }]);
    const outcome = await stripeCheckout(cartId);
    const order = await db.order.findUniqueOrThrow({ where: { id: outcome.orderId } });
    const paymentIntent = `pi_refund_${order.id}`;
    const refund = stripeEvent("charge.refunded", {
      id: `ch_${order.id}`,
      object: "charge",
      payment_intent: paymentIntent,
      amount_refunded: order.totalCents,
      metadata: { orderId: order.id },
      refunds: { object: "list", data: [{ id: `re_${order.id}`, amount: order.totalCents }] },
    });
    expect(await deliver(refund)).toBe("retry");
    expect(await deliver(completedEvent(order.providerReference!, order.totalCents, paymentIntent))).toBe("applied");
    expect(
      await deliver(
        stripeEvent("checkout.session.expired", { id: order.providerReference, object: "checkout.session" }),
      ),
    ).toBe("ignored");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("paid");
    expect(await deliver(refund)).toBe("applied"); // Stripe's redelivery
    expect(await deliver(refund)).toBe("duplicate");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("refunded");
  });

  test("a bad signature is refused and changes nothing", async () => {
    const event = completedEvent("cs_test_forged", 1);
    expect(
      verifyStripeEvent(
        stripe,
        event.payload,
        event.signature.replace(/v1=\w+/, (v1) => `v1=${"0".repeat(v1.length - 3)}`),
        STRIPE_WEBHOOK_SECRET,
      ),
    ).toBeNull();
    expect(
      verifyStripeEvent(
        stripe,
        event.payload.replace('"amount_total":1', '"amount_total":2'),
        event.signature,
        STRIPE_WEBHOOK_SECRET,
      ),
    ).toBeNull();
    expect(verifyStripeEvent(stripe, event.payload, null, STRIPE_WEBHOOK_SECRET)).toBeNull();
    expect(await db.processedWebhookEvent.count({ where: { eventId: event.id } })).toBe(0);
  });

  test("a paid amount that differs from the order is never accepted", async () => {
    const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
    const outcome = await stripeCheckout(cartId);
    const order = await db.order.findUniqueOrThrow({ where: { id: outcome.orderId } });
    // The mismatch is logged as an error: someone must look at a payment the shop refused.
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    try {
      expect(await deliver(completedEvent(order.providerReference!, order.totalCents - 100))).toBe("ignored");
      expect(logged).toHaveBeenCalledWith(
        {
          err: expect.objectContaining({
            message: `Order ${order.number}: paid ${order.totalCents - 100} eur, expected ${order.totalCents} EUR`,
          }),
        },
        "Stripe event refused",
      );
    } finally {
      logged.mockRestore();
    }
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("pending");
  });

  test("Stripe down at checkout: a retry message, the pending order and the cart stay intact", async () => {
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    fake.failNext(2, 500); // the SDK retries once
    await expect(stripeCheckout(cartId)).rejects.toEqual(refusal("paymentUnavailable"));
    const order = await db.order.findFirstOrThrow({ where: { cartId } });
    expect(order.status).toBe("pending");
    expect((await getCart(db, cartId, "fr")).lines.map((l) => l.quantity)).toEqual([1]);
    // The retry supersedes it and succeeds.
    const retried = await stripeCheckout(cartId);
    expect(retried.orderId).not.toBe(order.id);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("cancelled");
  });
});

describe("payment gateways (P28)", () => {
  test("a disabled gateway is not offered and is refused by the server", async () => {
    await setGatewayEnabled(db, "stripe", false);
    expect(await availableGateways(db, stripeConfig(fake.url))).toEqual([]);
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    await expect(stripeCheckout(cartId)).rejects.toEqual(refusal("gatewayUnavailable"));
    expect(await db.order.count({ where: { cartId } })).toBe(0);
  });

  test("demo mode is refused as soon as a real gateway is configured", async () => {
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    await expect(
      placeOrder(
        db,
        { config: stripeConfig(fake.url), now },
        { cartId, locale: "fr", input: checkoutInput({ provider: "demo" }) },
      ),
    ).rejects.toEqual(refusal("gatewayUnavailable"));
    expect(await availableGateways(db, demoConfig)).toEqual(["demo"]);
  });
});

describe("stock", () => {
  test("a reservation that runs out is cancelled and its stock returned; a late payment takes it again", async () => {
    await setStock("plaid-laine", 2);
    const cartId = await cartWith(db, [{ slug: "plaid-laine", quantity: 2 }]);
    const outcome = await stripeCheckout(cartId);
    expect(await stock("plaid-laine")).toBe(0);
    const later = new Date(now.getTime() + (RESERVATION_MINUTES + 1) * 60_000);
    expect(await cancelExpiredOrders(db, later)).toBeGreaterThanOrEqual(1);
    expect(await stock("plaid-laine")).toBe(2);
    const order = await db.order.findUniqueOrThrow({ where: { id: outcome.orderId } });
    expect(await deliver(completedEvent(order.providerReference!, order.totalCents))).toBe("applied");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("paid");
    expect(await stock("plaid-laine")).toBe(0);
  });

  test("a late payment for stock sold meanwhile keeps the order cancelled and records the payment, so it can be refunded", async () => {
    await setStock("plaid-laine", 2);
    const cartId = await cartWith(db, [{ slug: "plaid-laine", quantity: 2 }]);
    const outcome = await stripeCheckout(cartId);
    const later = new Date(now.getTime() + (RESERVATION_MINUTES + 1) * 60_000);
    expect(await cancelExpiredOrders(db, later)).toBeGreaterThanOrEqual(1);
    await setStock("plaid-laine", 0); // sold to someone else in the meantime
    const order = await db.order.findUniqueOrThrow({ where: { id: outcome.orderId } });
    expect(await deliver(completedEvent(order.providerReference!, order.totalCents))).toBe("applied");
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe("cancelled");
    expect(after.paidAt).not.toBeNull();
    expect(after.providerPaymentId).toBeTruthy();
    expect(await refundableCents(db, after)).toBe(order.totalCents);
    expect(await stock("plaid-laine")).toBe(0);
  });

  test("50 concurrent checkouts for 5 units in stock -> exactly 5 paid orders and stock 0", async () => {
    await setStock("plaid-laine", 5);
    const carts = [];
    for (let i = 0; i < 50; i++) carts.push(await cartWith(db, [{ slug: "plaid-laine", quantity: 1 }]));
    const started = Date.now();
    const outcomes = await Promise.allSettled(carts.map((cartId) => stripeCheckout(cartId)));
    const placed = outcomes.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
    expect(placed).toHaveLength(5);
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(refused).toEqual(Array(45).fill(refusal("outOfStock")));
    for (const o of placed) {
      const order = await db.order.findUniqueOrThrow({ where: { id: o.orderId } });
      expect(await deliver(completedEvent(order.providerReference!, order.totalCents))).toBe("applied");
    }
    const plaid = await db.product.findUniqueOrThrow({ where: { slug: "plaid-laine" } });
    const paid = await db.order.count({
      where: { status: "paid", lines: { some: { productId: plaid.id } }, cartId: { in: carts } },
    });
    expect(paid).toBe(5);
    expect(plaid.stock).toBe(0);
    console.info(
      `[concurrency] ${testDb.kind}: 50 checkouts for 5 units -> ${placed.length} orders, ${paid} paid, stock ${plaid.stock}, ${Date.now() - started} ms`,
    );
  });
});
