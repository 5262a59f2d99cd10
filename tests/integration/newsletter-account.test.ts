// Newsletter opt-in where customers meet it besides the footer (P6, P7): the checkout's box (never
// pre-ticked, the same double opt-in, never failing the order) and Mon compte (each list's real state,
// the confirmation sent again, switching off at once).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getPreferencesState, resendConfirmation, updatePreferences } from "@/lib/accounts/preferences";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { checkout } from "@/lib/checkout/checkout";
import { checkoutSchema } from "@/lib/checkout/form";
import type { Db } from "@/lib/db/client";
import { isConfirmedSubscriber, subscribeFromCheckout } from "@/lib/newsletter/checkout-opt-in";
import { confirmSubscription, requestSubscription, SUBSCRIBE_LIMITS } from "@/lib/newsletter/subscriptions";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { SITE } from "../helpers/accounts";
import { cartWith, checkoutInput, demoConfig } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const env = { SITE_URL: SITE, COOKIE_SECRET: "newsletter-account-test-secret-0123456789" };
const now = new Date("2027-03-01T10:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
});
afterAll(async () => {
  await testDb.close();
});
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  await db.newsletterSubscription.deleteMany();
  await db.rateLimitWindow.deleteMany();
});

const confirmations = (to: string) =>
  db.emailOutbox.findMany({ where: { to, template: "newsletter-confirm" }, orderBy: { createdAt: "asc" } });

const subscription = (email: string) =>
  db.newsletterSubscription.findUnique({ where: { email_list: { email, list: "newsletter" } } });

/** The token of the newest confirmation link e-mailed to `to`. */
async function newestToken(to: string): Promise<string> {
  const sent = await confirmations(to);
  const match = /newsletter\/confirm\?token=([A-Za-z0-9_%-]+)/.exec(sent.at(-1)?.text ?? "");
  if (!match) throw new Error(`no confirmation link e-mailed to ${to}`);
  return decodeURIComponent(match[1]!);
}

describe("the checkout's box", () => {
  test("P6: the box is never pre-ticked: a checkout form without it asks for nothing", () => {
    expect(checkoutInput()).toMatchObject({ newsletter: false });
    const ticked = checkoutSchema.parse({ ...checkoutInput(), newsletter: "on" });
    expect(ticked.newsletter).toBe(true);
  });

  test("P6: ticked, it queues the double opt-in e-mail for the order's address; nothing is subscribed before the link", async () => {
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    const input = checkoutSchema.parse({ ...checkoutInput({ email: "Shopper@Example.fr" }), newsletter: "on" });
    const params = { cartId, locale: "en" as const, input, clientKey: "client-1" };
    const placed = await checkout(db, { config: demoConfig, stripe: null, now, siteUrl: SITE }, params);
    expect(input.newsletter).toBe(true);
    const ok = await subscribeFromCheckout(db, { email: input.email, locale: "en", ipKey: "client-1" }, now, env);

    expect(ok).toBe(true);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe("paid");
    expect(await subscription("shopper@example.fr")).toMatchObject({ status: "pending", locale: "en" });
    expect(await confirmations("shopper@example.fr")).toHaveLength(1);
    expect(await confirmSubscription(db, await newestToken("shopper@example.fr"), now, env)).toEqual({
      status: "confirmed",
      list: "newsletter",
    });
  });

  test("P6: a refused or failing opt-in never fails the order: it answers false and subscribes no one", async () => {
    const input = { email: "busy@example.fr", locale: "fr" as const, ipKey: "client-2" };
    for (let i = 0; i < SUBSCRIBE_LIMITS.perAddress.limit; i++) {
      expect(await subscribeFromCheckout(db, input, now, env)).toBe(true);
    }
    expect(await subscribeFromCheckout(db, input, now, env)).toBe(false);
    expect(await confirmations("busy@example.fr")).toHaveLength(SUBSCRIBE_LIMITS.perAddress.limit);

    // The database fails while the subscription is written: no throw reaches the order.
    const broken = new Proxy(db, {
      get: (target, property) =>
        property === "$transaction"
          ? () => Promise.reject(new Error("connection lost"))
          : Reflect.get(target, property),
    });
    const failing = { email: "failing@example.fr", locale: "fr" as const, ipKey: "client-3" };
    await expect(subscribeFromCheckout(broken, failing, now, env)).resolves.toBe(false);
    expect(await subscription("failing@example.fr")).toBeNull();
  });

  test("P6: a signed-in customer already confirmed is told so instead of being offered the box", async () => {
    const user = await db.user.create({ data: { email: "known@example.fr", name: "Known" } });
    expect(await isConfirmedSubscriber(db, user.id)).toBe(false);
    await requestSubscription(db, { email: "known@example.fr", list: "newsletter", locale: "fr" }, now, env);
    // pending is not subscribed: the box is still offered (unticked)
    expect(await isConfirmedSubscriber(db, user.id)).toBe(false);
    await confirmSubscription(db, await newestToken("known@example.fr"), now, env);
    expect(await isConfirmedSubscriber(db, user.id)).toBe(true);
    await expect(isConfirmedSubscriber(db, "")).rejects.toThrow(/user id/);
  });
});

describe("Mon compte", () => {
  test("P6: each list shows its real state: not subscribed, waiting for the link, subscribed", async () => {
    const user = await db.user.create({ data: { email: "states@example.fr", name: "States" } });
    expect(await getPreferencesState(db, user.id)).toEqual({ newsletter: "none", promotions: "none" });
    await updatePreferences(db, user.id, { newsletter: true, promotions: false }, now, env);
    expect(await getPreferencesState(db, user.id)).toEqual({ newsletter: "pending", promotions: "none" });
    await confirmSubscription(db, await newestToken("states@example.fr"), now, env);
    expect(await getPreferencesState(db, user.id)).toEqual({ newsletter: "confirmed", promotions: "none" });
    // a subscription made signed out in the footer with the account's address is the account's too
    await requestSubscription(db, { email: "states@example.fr", list: "promotions", locale: "fr" }, now, env);
    expect(await getPreferencesState(db, user.id)).toEqual({ newsletter: "confirmed", promotions: "pending" });
  });

  test("P6: a list waiting for its link gets a fresh one (the older stops working); others get nothing", async () => {
    const user = await db.user.create({ data: { email: "resend@example.fr", name: "Resend", locale: "en" } });
    await updatePreferences(db, user.id, { newsletter: true, promotions: false }, now, env);
    const first = await newestToken("resend@example.fr");
    const context = { now: new Date(now.getTime() + 60_000), ipKey: "client-4", env };

    expect(await resendConfirmation(db, user.id, "newsletter", context)).toEqual({
      sent: true,
      list: "newsletter",
      state: { newsletter: "pending", promotions: "none" },
    });
    const sent = await confirmations("resend@example.fr");
    expect(sent.map((e) => e.locale)).toEqual(["en", "en"]);
    expect(await confirmSubscription(db, first, now, env)).toEqual({ status: "invalid" });

    // not pending: nothing is sent
    expect(await resendConfirmation(db, user.id, "promotions", context)).toMatchObject({ sent: false });
    await confirmSubscription(db, await newestToken("resend@example.fr"), now, env);
    expect(await resendConfirmation(db, user.id, "newsletter", context)).toMatchObject({ sent: false });
    expect(await confirmations("resend@example.fr")).toHaveLength(2);
  });

  test("P6: resending is limited like any subscription request", async () => {
    const user = await db.user.create({ data: { email: "flood@example.fr", name: "Flood" } });
    await updatePreferences(db, user.id, { newsletter: true, promotions: false }, now, env);
    const context = { now, ipKey: "client-5", env };
    for (let i = 0; i < SUBSCRIBE_LIMITS.perAddress.limit; i++)
      await resendConfirmation(db, user.id, "newsletter", context);
    await expect(resendConfirmation(db, user.id, "newsletter", context)).rejects.toMatchObject({ code: "limited" });
  });

  test("P7: switching off a confirmed list unsubscribes at once; switching on again starts a new double opt-in", async () => {
    const user = await db.user.create({ data: { email: "toggle@example.fr", name: "Toggle" } });
    await updatePreferences(db, user.id, { newsletter: true, promotions: false }, now, env);
    await confirmSubscription(db, await newestToken("toggle@example.fr"), now, env);
    expect(await updatePreferences(db, user.id, { newsletter: false, promotions: false }, now, env)).toEqual({
      newsletter: "none",
      promotions: "none",
    });
    expect(await subscription("toggle@example.fr")).toMatchObject({ status: "unsubscribed", unsubscribedAt: now });
    expect(await updatePreferences(db, user.id, { newsletter: true, promotions: false }, now, env)).toEqual({
      newsletter: "pending",
      promotions: "none",
    });
    expect(await confirmations("toggle@example.fr")).toHaveLength(2);
  });
});
