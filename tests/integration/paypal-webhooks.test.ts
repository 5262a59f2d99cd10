// PayPal webhooks (P10) against a local fake of PayPal's REST API: each delivery is verified with PayPal and
// applied once; a late capture, a refund or a denial changes the order, a forged or malformed event nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { parseEnv, type Env } from "@/lib/env";
import type { PayPalConfig } from "@/lib/payments/config";
import { completePayPalCheckout } from "@/lib/payments/paypal/checkout";
import { refundPayPalCapture } from "@/lib/payments/paypal/refunds";
import {
  handlePayPalWebhookEvent,
  PAYPAL_TRANSMISSION_WINDOW_MINUTES,
  verifyPayPalWebhook,
} from "@/lib/payments/paypal/webhooks";
import { handlePayPalWebhookRequest } from "@/lib/payments/paypal-webhook-request";
import { WEBHOOK_BODY_LIMIT_BYTES } from "@/lib/payments/webhook-request";
import type { FakePayPal } from "../fakes/paypal";
import { startedPayPalOrder, startPayPalShop, type PayPalShop } from "../helpers/paypal-shop";

let shop: PayPalShop;
let db: Db;
let fake: FakePayPal;
let config: PayPalConfig;
/** The environment the webhook endpoint reads its PayPal configuration from. */
let env: Env;
let envSource: Record<string, string>;

beforeAll(async () => {
  shop = await startPayPalShop();
  ({ db, fake, config } = shop);
  envSource = {
    PAYPAL_CLIENT_ID: config.clientId,
    PAYPAL_CLIENT_SECRET: config.clientSecret,
    PAYPAL_WEBHOOK_ID: config.webhookId,
    PAYPAL_API_URL: config.apiUrl,
  };
  env = parseEnv(envSource);
});
afterAll(() => shop?.close());
beforeEach(() => fake.reset());

const startedOrder = () => startedPayPalOrder(shop);

const orderNow = (id: string) =>
  db.order.findUniqueOrThrow({ where: { id }, include: { events: true, refunds: true } });
const emailsFor = (orderId: string) => db.emailOutbox.count({ where: { orderId } });

/** A delivery to the webhook endpoint, as PayPal makes it. */
async function deliver(webhook: { body: string; headers: Headers }) {
  return handlePayPalWebhookRequest(
    new Request("http://localhost/api/webhooks/paypal", {
      method: "POST",
      headers: webhook.headers,
      body: webhook.body,
    }),
    { db, env, now: new Date() },
  );
}

describe("PayPal Express Checkout (P28 default gateway)", () => {
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

    expect(await verifyPayPalWebhook(config, forged.headers, forged.body, new Date())).toBe(false);
    expect((await deliver(forged)).status).toBe(400);

    // Missing signature headers: refused without asking PayPal.
    const verifyCalls = fake.requestsTo("POST", /verify-webhook-signature/).length;
    const unsigned = new Headers({ "content-type": "application/json" });
    expect(await verifyPayPalWebhook(config, unsigned, forged.body, new Date())).toBe(false);
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

  test("P10: cheap checks first: a certificate off PayPal's hosts, a stale or future transmission time, PayPal is not asked", async () => {
    const verifications = () => fake.requestsTo("POST", /verify-webhook-signature/).length;
    const before = verifications();
    const refusedWith = async (header: string, value: string) => {
      const webhook = fake.webhook("CHECKOUT.ORDER.APPROVED", { id: "ORDER" });
      webhook.headers.set(header, value);
      const response = await deliver(webhook);
      expect(await db.processedWebhookEvent.count({ where: { eventId: webhook.id } })).toBe(0);
      return response.status;
    };
    const certs = "/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77";
    for (const url of [
      `https://evil.example${certs}`,
      `https://api.paypal.com.evil.example${certs}`,
      `http://api.paypal.com${certs}`,
      `https://api.paypal.com/v1/oauth2/token`,
      "not a url",
    ])
      expect(await refusedWith("paypal-cert-url", url)).toBe(400);
    const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
    for (const time of [
      minutesAgo(PAYPAL_TRANSMISSION_WINDOW_MINUTES + 1),
      minutesAgo(-PAYPAL_TRANSMISSION_WINDOW_MINUTES - 1),
      "yesterday",
    ])
      expect(await refusedWith("paypal-transmission-time", time)).toBe(400);
    expect(verifications()).toBe(before);

    // PayPal's own certificate hosts, and a transmission a few minutes old, go on to PayPal's verification.
    for (const host of ["api.paypal.com", "api.sandbox.paypal.com", "api-m.paypal.com", "api-m.sandbox.paypal.com"]) {
      const webhook = fake.webhook("CHECKOUT.ORDER.APPROVED", { id: "ORDER" });
      webhook.headers.set("paypal-cert-url", `https://${host}${certs}`);
      webhook.headers.set("paypal-transmission-time", minutesAgo(3));
      expect((await deliver(webhook)).status).toBe(200);
    }
    expect(verifications()).toBe(before + 4);
  });

  test("P12: a body over 256 kB is refused (413) unread, and deliveries are counted per client address (429)", async () => {
    const verifications = () => fake.requestsTo("POST", /verify-webhook-signature/).length;
    const before = verifications();
    const webhook = fake.webhook("CHECKOUT.ORDER.APPROVED", {
      id: "ORDER",
      padding: "x".repeat(WEBHOOK_BODY_LIMIT_BYTES),
    });
    expect((await deliver(webhook)).status).toBe(413);
    expect(verifications()).toBe(before);

    const proxied = parseEnv({ ...envSource, TRUSTED_PROXY_HOPS: "1" });
    const statuses = [];
    const at = new Date(); // one rate-limit window for the whole flood
    for (let i = 0; i < 4; i++) {
      const forged = fake.webhook("CHECKOUT.ORDER.APPROVED", { id: "ORDER" }, { valid: false });
      forged.headers.set("x-forwarded-for", `192.0.2.${i}, 203.0.113.60`);
      const response = await handlePayPalWebhookRequest(
        new Request("http://localhost/api/webhooks/paypal", {
          method: "POST",
          headers: forged.headers,
          body: forged.body,
        }),
        { db, env: proxied, now: at, rateLimit: { limit: 2, windowSeconds: 60 } },
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([400, 400, 429, 429]);
    expect(verifications()).toBe(before + 2);
  });

  test("a webhook arriving while PayPal cannot verify it is answered 503, so that PayPal delivers it again", async () => {
    const webhook = fake.webhook("CHECKOUT.ORDER.APPROVED", { id: "ORDER" });
    fake.setDown("unavailable");
    expect((await deliver(webhook)).status).toBe(503);
    expect(await db.processedWebhookEvent.count({ where: { eventId: webhook.id } })).toBe(0);
  });
});
