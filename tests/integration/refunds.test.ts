// Refunds from the back office through Stripe and PayPal, faked at the HTTP boundary (the real Stripe SDK and
// our PayPal client talk to local fakes): never more than captured, even two at once; one idempotency key per
// request, so a double click or a retry after a timeout refunds once; reconciled by the providers' webhooks,
// including refunds made in their dashboards; a refusal leaves the order as it was.
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  cancelOrderByShop,
  refundOrder,
  retryRefund,
  shipOrder,
  type OrderActionDeps,
} from "@/lib/admin/order-actions";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { completePayPalCheckout, startPayPalCheckout } from "@/lib/payments/paypal/checkout";
import { handlePayPalWebhookEvent } from "@/lib/payments/paypal/webhooks";
import { applyProviderAnswer, reconcileReportedRefund } from "@/lib/payments/refunds";
import { createStripeClient, handleStripeEvent, verifyStripeEvent } from "@/lib/payments/stripe";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import {
  cartWith,
  checkoutInput,
  refusal,
  STRIPE_WEBHOOK_SECRET,
  stripeConfig,
  stripeEvent,
} from "../helpers/commerce";
import { startPayPalShop, type PayPalShop } from "../helpers/paypal-shop";
import { createTestDb, type TestDb } from "../helpers/test-db";

const now = new Date("2026-12-03T10:00:00Z");
let key = 0;
const requestKey = () => `request-key-${String(++key).padStart(8, "0")}`;

describe("refunds through Stripe", () => {
  let testDb: TestDb;
  let db: Db;
  let fake: FakeStripe;
  let stripe: Stripe;
  let admin: { id: string; role: "admin" };
  let deps: OrderActionDeps;

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
    await db.product.update({ where: { slug: "confiture-abricot" }, data: { stock: 500 } });
    fake = await startFakeStripe();
    stripe = createStripeClient(stripeConfig(fake.url).stripe!);
    const user = await db.user.create({ data: { email: "admin@plusuite.test", role: "admin", emailVerified: now } });
    admin = { id: user.id, role: "admin" };
    deps = { now, providers: { stripe, paypal: null }, demoMode: false };
  });
  afterAll(async () => {
    await fake.close();
    await testDb.close();
  });

  async function deliver(event: { payload: string; signature: string }) {
    const verified = verifyStripeEvent(stripe, event.payload, event.signature, STRIPE_WEBHOOK_SECRET);
    if (!verified) throw new Error("bad signature");
    return handleStripeEvent(db, verified, now);
  }

  /** A paid Stripe order: 2 jars (2 × 6.50) + Colissimo 5.90 = 18.90, paid through a signed webhook. */
  async function paidOrder() {
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 2 }]);
    const placed = await placeOrder(
      db,
      { config: stripeConfig(fake.url), now },
      { cartId, locale: "en", input: checkoutInput({ provider: "stripe" }) },
    );
    if (!placed.ok) throw new Error(placed.reason);
    const paymentIntent = `pi_${placed.order.id}`;
    const completed = stripeEvent("checkout.session.completed", {
      id: `cs_${placed.order.id}`,
      object: "checkout.session",
      payment_status: "paid",
      amount_total: placed.order.totalCents,
      currency: "eur",
      payment_intent: paymentIntent,
      client_reference_id: placed.order.id,
    });
    expect(await deliver(completed)).toBe("applied");
    return { ...(await db.order.findUniqueOrThrow({ where: { id: placed.order.id } })), paymentIntent };
  }
  const orderNow = (id: string) => db.order.findUniqueOrThrow({ where: { id }, include: { refunds: true } });
  const refundRequests = () => fake.requests.filter((r) => r.path === "/v1/refunds");

  test("a partial refund then the rest: Stripe is asked with the refund's own key; the order ends refunded", async () => {
    const order = await paidOrder();
    const before = refundRequests().length;
    const first = await refundOrder(db, admin, { orderId: order.id, amount: 500, requestKey: requestKey() }, deps);
    expect(first).toEqual({ amountCents: 500, status: "succeeded" });
    const sent = refundRequests().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.form.get("payment_intent")).toBe(order.paymentIntent);
    expect(sent[0]!.form.get("amount")).toBe("500");
    const [stored] = (await orderNow(order.id)).refunds;
    expect(sent[0]!.idempotencyKey).toBe(stored!.idempotencyKey);
    expect(sent[0]!.form.get("metadata[refundId]")).toBe(stored!.id);
    expect((await orderNow(order.id)).status).toBe("paid");
    // The customer is told, in the order's language.
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { key: `order-refunded:${stored!.id}` } });
    expect(email).toMatchObject({ locale: "en", to: order.email });
    expect(email.text).toContain("€5.00");

    await refundOrder(db, admin, { orderId: order.id, amount: 1390, requestKey: requestKey() }, deps);
    const after = await orderNow(order.id);
    expect(after.status).toBe("refunded");
    expect(after.refunds.map((r) => [r.amountCents, r.status])).toEqual([
      [500, "succeeded"],
      [1390, "succeeded"],
    ]);
    const audit = await db.auditEntry.findMany({ where: { action: "refund.create", actorId: admin.id } });
    expect(audit.map((entry) => entry.after)).toContainEqual({
      orderId: order.id,
      amountCents: 1390,
      provider: "stripe",
      status: "pending",
    });
  });

  test("a refund above what is left is refused before Stripe is asked; two refunds at once never exceed it", async () => {
    const order = await paidOrder();
    const before = refundRequests().length;
    await expect(
      refundOrder(db, admin, { orderId: order.id, amount: order.totalCents + 1, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundAboveCaptured"));
    expect(refundRequests()).toHaveLength(before);

    const outcomes = await Promise.allSettled(
      [1200, 1200].map((amount) =>
        refundOrder(db, admin, { orderId: order.id, amount, requestKey: requestKey() }, deps),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: refusal("refundAboveCaptured") });
    const after = await orderNow(order.id);
    expect(after.refunds.map((r) => r.amountCents)).toEqual([1200]);
    expect(refundRequests()).toHaveLength(before + 1);
  });

  test("the same request twice (a double click) is one refund, sent with one key", async () => {
    const order = await paidOrder();
    const same = { orderId: order.id, amount: 700, requestKey: requestKey() };
    await refundOrder(db, admin, same, deps);
    await refundOrder(db, admin, same, deps);
    const after = await orderNow(order.id);
    expect(after.refunds).toHaveLength(1);
    expect([...fake.refunds.values()].filter((r) => r.payment_intent === order.paymentIntent)).toHaveLength(1);
  });

  test("Stripe down: the refund stays pending and the retry, with the same key, refunds once", async () => {
    const order = await paidOrder();
    const before = refundRequests().length;
    fake.failNext(2, 500); // the SDK retries once, with the same key
    await expect(
      refundOrder(db, admin, { orderId: order.id, amount: 900, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundPending"));
    const [pending] = (await orderNow(order.id)).refunds;
    expect(pending).toMatchObject({ status: "pending", providerRefundId: null });
    // Still counted: nobody can refund more meanwhile.
    await expect(
      refundOrder(db, admin, { orderId: order.id, amount: order.totalCents - 899, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundAboveCaptured"));

    expect(await retryRefund(db, admin, { refundId: pending!.id }, deps)).toEqual({
      amountCents: 900,
      status: "succeeded",
    });
    const keys = refundRequests()
      .slice(before)
      .map((r) => r.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys)).toEqual(new Set([pending!.idempotencyKey]));
    expect((await orderNow(order.id)).refunds).toMatchObject([{ status: "succeeded", amountCents: 900 }]);
  });

  test("Stripe refuses: a clear refusal, the refund marked failed, the order unchanged and its amount free again", async () => {
    const order = await paidOrder();
    fake.failNext(1, 400);
    await expect(
      refundOrder(db, admin, { orderId: order.id, amount: order.totalCents, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundRefused"));
    const after = await orderNow(order.id);
    expect(after.status).toBe("paid");
    expect(after.refunds).toMatchObject([{ status: "failed", failureCode: "charge_already_refunded" }]);
    expect(await db.emailOutbox.count({ where: { orderId: order.id, template: "order-refunded" } })).toBe(0);
    await refundOrder(db, admin, { orderId: order.id, amount: order.totalCents, requestKey: requestKey() }, deps);
    expect((await orderNow(order.id)).status).toBe("refunded");
  });

  test("a pending refund is settled by Stripe's webhook; the order is refunded once all of it is", async () => {
    const order = await paidOrder();
    fake.setRefundStatus("pending");
    try {
      const result = await refundOrder(
        db,
        admin,
        { orderId: order.id, amount: order.totalCents, requestKey: requestKey() },
        deps,
      );
      expect(result.status).toBe("pending");
    } finally {
      fake.setRefundStatus("succeeded");
    }
    const [ours] = (await orderNow(order.id)).refunds;
    expect((await orderNow(order.id)).status).toBe("paid");
    const updated = stripeEvent("refund.updated", {
      id: ours!.providerRefundId,
      object: "refund",
      amount: order.totalCents,
      status: "succeeded",
      payment_intent: order.paymentIntent,
      metadata: { orderId: order.id, refundId: ours!.id },
    });
    expect(await deliver(updated)).toBe("applied");
    expect(await deliver(updated)).toBe("duplicate");
    const after = await orderNow(order.id);
    expect(after.status).toBe("refunded");
    expect(after.refunds).toMatchObject([{ id: ours!.id, status: "succeeded" }]);
  });

  test("a refund that fails after it succeeded gives the order back its status and its amount", async () => {
    const order = await paidOrder();
    await refundOrder(db, admin, { orderId: order.id, amount: order.totalCents, requestKey: requestKey() }, deps);
    const [ours] = (await orderNow(order.id)).refunds;
    expect((await orderNow(order.id)).status).toBe("refunded");
    const failed = stripeEvent("refund.failed", {
      id: ours!.providerRefundId,
      object: "refund",
      amount: order.totalCents,
      status: "failed",
      payment_intent: order.paymentIntent,
      metadata: { orderId: order.id, refundId: ours!.id },
    });
    expect(await deliver(failed)).toBe("applied");
    const after = await orderNow(order.id);
    expect(after.status).toBe("paid");
    expect(after.refunds).toMatchObject([{ status: "failed", failureCode: "failed_later" }]);
    // The money was not returned: it can be refunded again, and then the order is refunded.
    await refundOrder(db, admin, { orderId: order.id, amount: order.totalCents, requestKey: requestKey() }, deps);
    expect((await orderNow(order.id)).status).toBe("refunded");
  });

  test("a refund made in Stripe's dashboard is recorded from charge.refunded, even without its list of refunds", async () => {
    const order = await paidOrder();
    await refundOrder(db, admin, { orderId: order.id, amount: 400, requestKey: requestKey() }, deps);
    // Stripe's charge.refunded (API 2022-11-15+) gives the refunded total only: 400 ours + 1000 from the dashboard.
    const charge = (refunded: number) =>
      stripeEvent("charge.refunded", {
        id: `ch_${order.id}`,
        object: "charge",
        payment_intent: order.paymentIntent,
        amount_refunded: refunded,
        metadata: { orderId: order.id },
      });
    expect(await deliver(charge(1400))).toBe("applied");
    let after = await orderNow(order.id);
    expect(after.refunds.map((r) => [r.amountCents, r.status, r.idempotencyKey === null])).toEqual([
      [400, "succeeded", false],
      [1000, "succeeded", true],
    ]);
    expect(after.status).toBe("paid");
    // The rest, also from the dashboard: Stripe sends the refund itself and the charge's new total, in any
    // order; a listed refund may be one a total already counted, so it is the total that completes the order.
    const listed = stripeEvent("refund.created", {
      id: `re_dashboard_${order.id}`,
      object: "refund",
      amount: 490,
      status: "succeeded",
      payment_intent: order.paymentIntent,
      metadata: {},
    });
    expect(await deliver(listed)).toBe("applied");
    expect(await deliver(charge(1890))).toBe("applied");
    after = await orderNow(order.id);
    expect(after.status).toBe("refunded");
    expect(after.refunds.reduce((sum, r) => sum + r.amountCents, 0)).toBe(order.totalCents);
  });

  test("a dashboard refund seen as a total (charge.refunded) and then as itself (refund.created) is counted once", async () => {
    const order = await paidOrder();
    const charge = stripeEvent("charge.refunded", {
      id: `ch_${order.id}`,
      object: "charge",
      payment_intent: order.paymentIntent,
      amount_refunded: 1000,
      metadata: { orderId: order.id },
    });
    expect(await deliver(charge)).toBe("applied");
    const created = stripeEvent("refund.created", {
      id: `re_dash_${order.id}`,
      object: "refund",
      amount: 1000,
      status: "succeeded",
      payment_intent: order.paymentIntent,
      metadata: {},
    });
    expect(await deliver(created)).toBe("applied");
    const after = await orderNow(order.id);
    expect(after.status).toBe("paid");
    expect(after.refunds.map((r) => [r.providerRefundId, r.amountCents, r.status])).toEqual([
      [`re_dash_${order.id}`, 1000, "succeeded"],
    ]);
    // What is left can still be refunded, and not a cent more.
    await expect(
      refundOrder(db, admin, { orderId: order.id, amount: 891, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundAboveCaptured"));
    await refundOrder(db, admin, { orderId: order.id, amount: 890, requestKey: requestKey() }, deps);
    expect((await orderNow(order.id)).status).toBe("refunded");
  });

  test("a refusal answered to one of two sends of the same key does not hide the refund the other made", async () => {
    const order = await paidOrder();
    const ours = await db.refund.create({
      data: {
        orderId: order.id,
        provider: "stripe",
        amountCents: order.totalCents,
        status: "pending",
        idempotencyKey: `refund-${order.id}-${requestKey()}`,
      },
    });
    // The second send (a double click) is refused while the first is in progress, and recorded first.
    await db.$transaction((tx) =>
      applyProviderAnswer(tx, ours.id, { kind: "refused", failureCode: "idempotency_key_in_use" }),
    );
    const settled = await db.$transaction((tx) =>
      applyProviderAnswer(tx, ours.id, { kind: "accepted", providerRefundId: `re_${ours.id}`, status: "succeeded" }),
    );
    expect(settled).toMatchObject({ status: "succeeded", failureCode: null });
    expect((await orderNow(order.id)).status).toBe("refunded");
    await expect(
      refundOrder(db, admin, { orderId: order.id, amount: 1, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundAboveCaptured"));
  });

  test("a cancellation stopped by Stripe being down is finished by the retry; meanwhile the order cannot be shipped", async () => {
    const order = await paidOrder();
    const version = order.updatedAt.toISOString();
    fake.failNext(2, 500);
    await expect(
      cancelOrderByShop(db, admin, { orderId: order.id, version, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundPending"));
    expect((await orderNow(order.id)).status).toBe("paid");
    await expect(
      shipOrder(db, admin, { orderId: order.id, version, carrier: "colissimo", trackingNumber: "6A12345678901" }, deps),
    ).rejects.toEqual(refusal("orderBeingCancelled"));

    const [pending] = (await orderNow(order.id)).refunds;
    expect(await retryRefund(db, admin, { refundId: pending!.id }, deps)).toEqual({
      amountCents: order.totalCents,
      status: "succeeded",
    });
    const after = await orderNow(order.id);
    expect(after.status).toBe("cancelled");
    expect(after.refunds).toMatchObject([{ id: pending!.id, status: "succeeded", amountCents: order.totalCents }]);
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { key: `order-cancelled:${order.id}` } });
    expect(email.text).toContain("€18.90");
    expect(await db.emailOutbox.count({ where: { orderId: order.id, template: "order-refunded" } })).toBe(0);
  });

  test("a cancellation stopped by Stripe being down, cancelled again from a reloaded page, sends the same refund", async () => {
    const order = await paidOrder();
    const version = order.updatedAt.toISOString();
    const stockBefore = (await db.product.findUniqueOrThrow({ where: { slug: "confiture-abricot" } })).stock;
    fake.failNext(2, 500);
    await expect(
      cancelOrderByShop(db, admin, { orderId: order.id, version, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundPending"));
    // The reloaded page has a new request key.
    expect(await cancelOrderByShop(db, admin, { orderId: order.id, version, requestKey: requestKey() }, deps)).toEqual({
      number: order.number,
      refundedCents: order.totalCents,
    });
    const after = await orderNow(order.id);
    expect(after.status).toBe("cancelled");
    expect(after.refunds).toMatchObject([{ status: "succeeded", amountCents: order.totalCents }]);
    expect([...fake.refunds.values()].filter((r) => r.payment_intent === order.paymentIntent)).toHaveLength(1);
    expect((await db.product.findUniqueOrThrow({ where: { slug: "confiture-abricot" } })).stock).toBe(stockBefore + 2);
  });
});

describe("refunds through PayPal", () => {
  let shop: PayPalShop;
  let admin: { id: string; role: "admin" };
  let deps: OrderActionDeps;

  beforeAll(async () => {
    shop = await startPayPalShop();
    const user = await shop.db.user.create({
      data: { email: "admin@plusuite.test", role: "admin", emailVerified: now },
    });
    admin = { id: user.id, role: "admin" };
    deps = { now, providers: { stripe: null, paypal: shop.config }, demoMode: false };
  });
  afterAll(() => shop.close());

  async function paidOrder() {
    const cartId = await cartWith(shop.db, [{ slug: "confiture-abricot", quantity: 2 }]);
    const placed = await placeOrder(
      shop.db,
      { config: shop.paymentConfig, now: new Date() },
      { cartId, locale: "fr", input: checkoutInput({ provider: "paypal" }) },
    );
    if (!placed.ok) throw new Error(placed.reason);
    const { paypalOrderId } = await startPayPalCheckout(shop.db, shop.config, placed.order.id);
    await completePayPalCheckout(shop.db, shop.config, { orderId: placed.order.id, paypalOrderId, now: new Date() });
    return shop.db.order.findUniqueOrThrow({ where: { id: placed.order.id } });
  }

  test("a refund goes to the capture with the refund's own PayPal-Request-Id; its webhook is not counted twice", async () => {
    const order = await paidOrder();
    const result = await refundOrder(
      shop.db,
      admin,
      { orderId: order.id, amount: 590, requestKey: requestKey() },
      deps,
    );
    expect(result).toEqual({ amountCents: 590, status: "succeeded" });
    const [ours] = await shop.db.refund.findMany({ where: { orderId: order.id } });
    const request = shop.fake.requestsTo("POST", /\/refund$/).at(-1)!;
    expect(request.path).toBe(`/v2/payments/captures/${order.providerPaymentId}/refund`);
    expect(request.requestId).toBe(ours!.idempotencyKey);
    expect(request.body).toMatchObject({ amount: { currency_code: "EUR", value: "5.90" } });

    const webhook = shop.fake.webhook(
      "PAYMENT.CAPTURE.REFUNDED",
      shop.fake.refundResource(shop.fake.refunds.get(ours!.providerRefundId!)!),
    );
    expect(await handlePayPalWebhookEvent(shop.db, JSON.parse(webhook.body), now)).toBe("ignored");
    expect(await shop.db.refund.count({ where: { orderId: order.id } })).toBe(1);

    await refundOrder(shop.db, admin, { orderId: order.id, amount: 1300, requestKey: requestKey() }, deps);
    expect((await shop.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("refunded");
    // PayPal itself refuses anything more: we never ask.
    await expect(
      refundOrder(shop.db, admin, { orderId: order.id, amount: 1, requestKey: requestKey() }, deps),
    ).rejects.toEqual(refusal("refundAboveCaptured"));
  });

  test("PayPal's webhook arriving before its answer to a cancellation's refund: one refund, the order cancelled", async () => {
    const order = await paidOrder();
    // PayPal makes the refund and delivers its webhook before our request gets the answer.
    const racing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith("/refund") && response.ok) {
        const { id } = (await response.clone().json()) as { id: string };
        const webhook = shop.fake.webhook(
          "PAYMENT.CAPTURE.REFUNDED",
          shop.fake.refundResource(shop.fake.refunds.get(id)!),
        );
        expect(await handlePayPalWebhookEvent(shop.db, JSON.parse(webhook.body), now)).toBe("applied");
      }
      return response;
    };
    const racingDeps = { ...deps, providers: { ...deps.providers, paypalDeps: { fetch: racing } } };
    const result = await cancelOrderByShop(
      shop.db,
      admin,
      { orderId: order.id, version: order.updatedAt.toISOString(), requestKey: requestKey() },
      racingDeps,
    );
    expect(result.refundedCents).toBe(order.totalCents);
    const after = await shop.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true } });
    expect(after.status).toBe("cancelled");
    expect(after.refunds).toMatchObject([{ status: "succeeded", amountCents: order.totalCents }]);
    expect(after.refunds[0]!.idempotencyKey).toMatch(/^cancel-/);
  });

  test("a PayPal refund of the same amount made elsewhere while ours waits for its answer keeps its own row", async () => {
    const order = await paidOrder();
    const db = shop.db;
    const pending = await db.refund.create({
      data: { orderId: order.id, provider: "paypal", amountCents: 500, status: "pending", idempotencyKey: "race-2" },
    });
    await db.$transaction((tx) =>
      reconcileReportedRefund(tx, {
        provider: "paypal",
        orderId: order.id,
        providerRefundId: "PAYPALDASHBOARD1",
        amountCents: 500,
        status: "succeeded",
      }),
    );
    await db.$transaction((tx) =>
      applyProviderAnswer(tx, pending.id, { kind: "accepted", providerRefundId: "PAYPALOURS1", status: "succeeded" }),
    );
    const refunds = await db.refund.findMany({ where: { orderId: order.id }, orderBy: { providerRefundId: "asc" } });
    expect(refunds.map((r) => [r.providerRefundId, r.amountCents, r.status, r.id === pending.id])).toEqual([
      ["PAYPALDASHBOARD1", 500, "succeeded", false],
      ["PAYPALOURS1", 500, "succeeded", true],
    ]);
  });

  test("PayPal's webhook arriving before its answer is recorded: the answer takes that row over, one refund", async () => {
    const order = await paidOrder();
    const db = shop.db;
    const pending = await db.refund.create({
      data: { orderId: order.id, provider: "paypal", amountCents: 1890, status: "pending", idempotencyKey: "race-1" },
    });
    await db.$transaction((tx) =>
      reconcileReportedRefund(tx, {
        provider: "paypal",
        orderId: order.id,
        providerRefundId: "PAYPALREFUNDRACE",
        amountCents: 1890,
        status: "succeeded",
      }),
    );
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("refunded");
    await db.$transaction((tx) =>
      applyProviderAnswer(tx, pending.id, {
        kind: "accepted",
        providerRefundId: "PAYPALREFUNDRACE",
        status: "succeeded",
      }),
    );
    const refunds = await db.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toMatchObject([{ id: pending.id, status: "succeeded", providerRefundId: "PAYPALREFUNDRACE" }]);
  });
});
