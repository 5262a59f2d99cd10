// Issue 10, hardening of the shop's commerce: stock cannot be held in bulk without paying (item 4: checkouts
// counted per client, a cap on one client's unpaid orders, a short hold until the payment starts), and the
// cart cookie proves ownership of guest orders only and is never used to take another customer's cart (item 7).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { attachCartToUser, getCart } from "@/lib/cart/cart";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { checkout } from "@/lib/checkout/checkout";
import { startOwnPayPalOrder } from "@/lib/checkout/paypal";
import type { Db } from "@/lib/db/client";
import { cancelExpiredOrders, cancelOrder } from "@/lib/orders/lifecycle";
import { HOLD_BEFORE_PAYMENT_MINUTES, PENDING_ORDERS_PER_CLIENT, RESERVATION_MINUTES } from "@/lib/orders/place-order";
import { getOwnedOrder } from "@/lib/orders/queries";
import type { PaymentConfig } from "@/lib/payments/config";
import { setGatewayEnabled } from "@/lib/payments/gateways";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { startFakePayPal, type FakePayPal } from "../fakes/paypal";
import { cartWith, checkoutInput, demoConfig, refusal } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let fake: FakePayPal;
let paypal: PaymentConfig;
const now = new Date("2026-11-30T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  await db.product.update({ where: { slug: "confiture-abricot" }, data: { stock: 500 } });
  await setGatewayEnabled(db, "paypal", true);
  fake = await startFakePayPal();
  paypal = {
    stripe: null,
    paypal: { clientId: fake.clientId, clientSecret: fake.clientSecret, webhookId: fake.webhookId, apiUrl: fake.url },
  };
});
afterAll(async () => {
  await fake.close();
  await testDb.close();
});
beforeEach(() => db.rateLimitWindow.deleteMany());

const jamStock = async () => (await db.product.findUniqueOrThrow({ where: { slug: "confiture-abricot" } })).stock;

/** A PayPal checkout of 2 jars by one client (a keyed hash of an address, as the action passes it). */
async function payPalCheckout(clientKey: string, at = now, userId?: string) {
  const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 2 }]);
  const outcome = await checkout(
    db,
    { config: paypal, stripe: null, now: at, siteUrl: "https://shop.test" },
    { cartId, locale: "fr", input: checkoutInput({ provider: "paypal" }), userId, clientKey },
  );
  return { ...outcome, cartId };
}

describe("item 4: stock held without paying", () => {
  test("P10: one client's unpaid orders are capped; the refused one takes no stock, other clients go on", async () => {
    const placed = [];
    for (let i = 0; i < PENDING_ORDERS_PER_CLIENT; i++) placed.push(await payPalCheckout("client-cap"));
    const before = await jamStock();
    await expect(payPalCheckout("client-cap")).rejects.toEqual(refusal("limited"));
    expect(await jamStock()).toBe(before);
    await payPalCheckout("client-other");

    // Once one of them is no longer waiting for payment, the client may order again.
    const first = await db.order.findUniqueOrThrow({ where: { id: placed[0]!.orderId } });
    await db.$transaction((tx) => cancelOrder(tx, first, "abandoned"));
    await payPalCheckout("client-cap");
  });

  test("P12: checkouts are counted per client; past the limit even a valid one is refused before any stock moves", async () => {
    const { limit } = RATE_LIMITS.checkoutPerIp;
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    const attempt = () =>
      checkout(
        db,
        { config: demoConfig, stripe: null, now, siteUrl: "https://shop.test" },
        { cartId, locale: "fr", input: checkoutInput({ provider: "demo" }), clientKey: "client-counted" },
      );
    // Each demo checkout is paid at once, so only the counter stops them.
    for (let i = 0; i < limit; i++) {
      await attempt().catch((error: unknown) => {
        // After the first, the cart is empty: still an attempt, counted.
        expect(error).toEqual(refusal("emptyCart"));
      });
    }
    const refill = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    const before = await jamStock();
    await expect(
      checkout(
        db,
        { config: demoConfig, stripe: null, now, siteUrl: "https://shop.test" },
        { cartId: refill, locale: "fr", input: checkoutInput({ provider: "demo" }), clientKey: "client-counted" },
      ),
    ).rejects.toEqual(expect.objectContaining({ code: "limited", retryAfterSeconds: expect.any(Number) }));
    expect(await jamStock()).toBe(before);
  });

  test("P10: an order whose payment never started holds its stock briefly; once at PayPal, for the full time", async () => {
    await cancelExpiredOrders(db, minutes(HOLD_BEFORE_PAYMENT_MINUTES + 1)); // the earlier tests' orders
    const before = await jamStock();
    const idle = await payPalCheckout("client-hold");
    const paying = await payPalCheckout("client-hold");
    expect(await jamStock()).toBe(before - 4);
    const reservedUntil = async (id: string) =>
      (await db.order.findUniqueOrThrow({ where: { id } })).reservedUntil?.toISOString();
    expect(await reservedUntil(idle.orderId)).toBe(minutes(HOLD_BEFORE_PAYMENT_MINUTES).toISOString());

    // The shopper reaches PayPal two minutes later: the PayPal order is created, the hold runs from then.
    await startOwnPayPalOrder(db, paypal.paypal, { orderId: paying.orderId, cartId: paying.cartId, now: minutes(2) });
    expect(await reservedUntil(paying.orderId)).toBe(minutes(2 + RESERVATION_MINUTES).toISOString());
    // Asking again (a reload) does not push it further.
    await startOwnPayPalOrder(db, paypal.paypal, { orderId: paying.orderId, cartId: paying.cartId, now: minutes(30) });
    expect(await reservedUntil(paying.orderId)).toBe(minutes(2 + RESERVATION_MINUTES).toISOString());

    expect(await cancelExpiredOrders(db, minutes(HOLD_BEFORE_PAYMENT_MINUTES + 1))).toBeGreaterThanOrEqual(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: idle.orderId } })).status).toBe("cancelled");
    expect((await db.order.findUniqueOrThrow({ where: { id: paying.orderId } })).status).toBe("pending");
    expect(await jamStock()).toBe(before - 2);
  });

  test("P18: the client's key is kept only while the order waits for payment", async () => {
    const { orderId } = await payPalCheckout("client-kept");
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).clientKey).toBe("client-kept");
    await cancelExpiredOrders(db, minutes(HOLD_BEFORE_PAYMENT_MINUTES + 1));
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).clientKey).toBeNull();
  });
});

describe("item 7: the cart cookie proves ownership of guest orders only", () => {
  test("P13: an order placed while signed in is not shown to whoever holds the cart it came from", async () => {
    const customer = await db.user.create({ data: { email: "camille@example.fr", emailVerified: now } });
    const stranger = await db.user.create({ data: { email: "sam@example.fr", emailVerified: now } });
    const signedIn = await payPalCheckout("client-owner", now, customer.id);
    const guest = await payPalCheckout("client-owner");

    expect(await getOwnedOrder(db, signedIn.orderId, { cartId: signedIn.cartId })).toBeNull();
    expect(await getOwnedOrder(db, signedIn.orderId, { cartId: signedIn.cartId, userId: stranger.id })).toBeNull();
    expect(await getOwnedOrder(db, signedIn.orderId, { cartId: null, userId: customer.id })).not.toBeNull();
    expect(await getOwnedOrder(db, guest.orderId, { cartId: guest.cartId })).not.toBeNull();
    expect(await getOwnedOrder(db, guest.orderId, { cartId: null, userId: customer.id })).toBeNull();

    // The PayPal buttons follow the same rule: the customer pays their own order, the cart alone does not.
    await expect(
      startOwnPayPalOrder(db, paypal.paypal, { orderId: signedIn.orderId, cartId: signedIn.cartId, now }),
    ).rejects.toEqual(refusal("notFound"));
    await expect(
      startOwnPayPalOrder(db, paypal.paypal, {
        orderId: signedIn.orderId,
        cartId: null,
        userId: customer.id,
        now,
      }),
    ).resolves.toEqual({ paypalOrderId: expect.any(String) });
  });

  test("P16: signing in adopts an owner-less cart only, never another customer's", async () => {
    const owner = await db.user.create({ data: { email: "ana@example.es", emailVerified: now } });
    const newcomer = await db.user.create({ data: { email: "lou@example.fr", emailVerified: now } });
    const ownersCart = await cartWith(db, [{ slug: "confiture-abricot", quantity: 3 }]);
    expect(await attachCartToUser(db, ownersCart, owner.id)).toBe(ownersCart);

    // The newcomer signs in with the owner's cart in their cookie (a shared computer): they get a cart of their own.
    const given = await attachCartToUser(db, ownersCart, newcomer.id);
    expect(given).not.toBe(ownersCart);
    expect(await db.cart.findUniqueOrThrow({ where: { id: ownersCart } })).toMatchObject({ userId: owner.id });
    expect((await getCart(db, ownersCart, "fr")).itemCount).toBe(3);
    expect(await db.cart.findUniqueOrThrow({ where: { id: given! } })).toMatchObject({ userId: newcomer.id });
    expect((await getCart(db, given, "fr")).itemCount).toBe(0);

    // With a cart of their own already, the newcomer keeps it and the owner's is left alone.
    expect(await attachCartToUser(db, ownersCart, newcomer.id)).toBe(given);
    expect((await getCart(db, ownersCart, "fr")).itemCount).toBe(3);

    // An owner-less cart is adopted, its lines joining the customer's cart.
    const guestCart = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    expect(await attachCartToUser(db, guestCart, newcomer.id)).toBe(given);
    expect((await getCart(db, given, "fr")).itemCount).toBe(1);
  });
});
