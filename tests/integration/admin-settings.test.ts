// The back office's settings (P28, P25): payment gateways switched on and off (checkout follows at once; an
// order already paid keeps its refunds and webhooks), and the shop's contact details, validated, audited, and
// read by the e-mails rendered after the change.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { refundOrder, refundOrderSchema } from "@/lib/admin/order-actions";
import { settingsOverview, shopContactFormSchema, switchGateway, updateShopContact } from "@/lib/admin/settings";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { checkout } from "@/lib/checkout/checkout";
import { submitContactMessage } from "@/lib/contact/messages";
import { contactFormSchema } from "@/lib/contact/schemas";
import type { Db } from "@/lib/db/client";
import type { PaymentConfig } from "@/lib/payments/config";
import { availableGateways } from "@/lib/payments/gateways";
import { createStripeClient, handleStripeEvent, verifyStripeEvent } from "@/lib/payments/stripe";
import { readShopContact } from "@/lib/settings/shop-contact";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { cartWith, checkoutInput, STRIPE_WEBHOOK_SECRET, stripeConfig, stripeEvent } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let fake: FakeStripe;
let stripe: Stripe;
let config: PaymentConfig;
const now = new Date("2026-12-03T10:00:00Z");
let admin: { id: string; role: "admin" };
let customer: { id: string; role: "customer" };

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  fake = await startFakeStripe();
  stripe = createStripeClient(stripeConfig(fake.url).stripe!);
  // Both gateways configured: PayPal's keys are only read when it is used, which this file never does.
  config = {
    ...stripeConfig(fake.url),
    paypal: { clientId: "id", clientSecret: "secret", webhookId: "wh", apiUrl: "http://127.0.0.1:9" },
  };
  const user = (email: string, role: "admin" | "customer") =>
    db.user.create({ data: { email, role, emailVerified: now }, select: { id: true } });
  admin = { id: (await user("admin@plusuite.test", "admin")).id, role: "admin" };
  customer = { id: (await user("client@example.fr", "customer")).id, role: "customer" };
});
afterAll(async () => {
  await fake.close();
  await testDb.close();
});

const contactForm = (fields: Record<string, string>) => shopContactFormSchema.safeParse(fields);

describe("P28: payment gateways", () => {
  test("P28: a customer or a signed-out visitor can neither read nor change the settings", async () => {
    for (const viewer of [null, customer]) {
      await expect(settingsOverview(db, viewer, config)).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        switchGateway(db, viewer, { provider: "paypal", enabled: false }, config, now),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await availableGateways(db, config)).toEqual(["stripe", "paypal"]);
  });

  test("P28: switching PayPal off removes it from checkout at once, switching it on restores it; both audited", async () => {
    const off = await switchGateway(db, admin, { provider: "paypal", enabled: false }, config, now);
    expect(off.offered).toEqual(["stripe"]);
    expect(await availableGateways(db, config)).toEqual(["stripe"]);
    const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
    await expect(
      checkout(
        db,
        { config, stripe, now, siteUrl: "https://shop.test" },
        { cartId, locale: "fr", input: checkoutInput({ provider: "paypal" }), clientKey: cartId },
      ),
    ).rejects.toMatchObject({ code: "gatewayUnavailable" });

    const on = await switchGateway(db, admin, { provider: "paypal", enabled: true }, config, now);
    expect(on.offered).toEqual(["stripe", "paypal"]);
    const entries = await db.auditEntry.findMany({
      where: { action: "paymentGateway.update" },
      orderBy: { id: "asc" },
      select: { actorId: true, targetId: true, before: true, after: true },
    });
    expect(entries).toEqual([
      { actorId: admin.id, targetId: "paypal", before: { enabled: true }, after: { enabled: false } },
      { actorId: admin.id, targetId: "paypal", before: { enabled: false }, after: { enabled: true } },
    ]);
    // Saying again what is already the case writes nothing.
    await switchGateway(db, admin, { provider: "paypal", enabled: true }, config, now);
    expect(await db.auditEntry.count({ where: { action: "paymentGateway.update" } })).toBe(2);
  });

  test("P28: with every gateway off, checkout offers none and the settings page knows it", async () => {
    await switchGateway(db, admin, { provider: "paypal", enabled: false }, config, now);
    await switchGateway(db, admin, { provider: "stripe", enabled: false }, config, now);
    const overview = await settingsOverview(db, admin, config);
    expect(overview.offered).toEqual([]);
    expect(overview.gateways).toEqual([
      { provider: "stripe", enabled: false, configured: true },
      { provider: "paypal", enabled: false, configured: true },
    ]);
    await switchGateway(db, admin, { provider: "paypal", enabled: true }, config, now);
    await switchGateway(db, admin, { provider: "stripe", enabled: true }, config, now);
  });

  test("P28: an order paid through Stripe keeps its refund and its webhooks once Stripe is switched off", async () => {
    const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
    const outcome = await checkout(
      db,
      { config, stripe, now, siteUrl: "https://shop.test" },
      { cartId, locale: "fr", input: checkoutInput({ provider: "stripe" }), clientKey: `paid-${cartId}` },
    );
    const placed = await db.order.findUniqueOrThrow({ where: { id: outcome.orderId } });
    const deliver = async (event: { payload: string; signature: string }) =>
      handleStripeEvent(db, verifyStripeEvent(stripe, event.payload, event.signature, STRIPE_WEBHOOK_SECRET)!, now);
    const paymentIntent = `pi_${placed.id}`;
    const paid = stripeEvent("checkout.session.completed", {
      id: placed.providerReference,
      object: "checkout.session",
      payment_status: "paid",
      amount_total: placed.totalCents,
      currency: "eur",
      payment_intent: paymentIntent,
      client_reference_id: null,
    });
    expect(await deliver(paid)).toBe("applied");

    await switchGateway(db, admin, { provider: "stripe", enabled: false }, config, now);
    expect(await availableGateways(db, config)).toEqual(["paypal"]);

    const order = await db.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect(order.status).toBe("paid");
    // The back office's refund (lib/admin/order-actions.ts) goes to Stripe as before.
    const amount = (order.totalCents / 100).toFixed(2);
    const requestKey = "refund-after-switch-off";
    await refundOrder(db, admin, refundOrderSchema.parse({ orderId: order.id, requestKey, amount }), {
      now,
      providers: { stripe, paypal: null },
      demoMode: false,
    });
    const [refundId] = [...fake.refunds.keys()];
    expect(fake.refunds.get(refundId!)).toMatchObject({ payment_intent: paymentIntent, amount: order.totalCents });
    const refunded = stripeEvent("charge.refunded", {
      id: `ch_${order.id}`,
      object: "charge",
      payment_intent: paymentIntent,
      amount_refunded: order.totalCents,
      metadata: { orderId: order.id },
      refunds: { object: "list", data: [{ id: refundId, amount: order.totalCents }] },
    });
    expect(await deliver(refunded)).toBe("applied");
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("refunded");
    await switchGateway(db, admin, { provider: "stripe", enabled: true }, config, now);
  });
});

describe("P25: the shop's contact details", () => {
  test("P25: the migration seeds the details the shop had; the phone dials in its international form", async () => {
    expect(await readShopContact(db)).toEqual({
      phone: "0 800 94 20 26",
      phoneInternational: "+33800942026",
      phoneIsFree: true,
      email: "contact@plusuite.com",
      addressLines: [],
    });
  });

  test("P25: bad details are refused field by field", () => {
    const result = contactForm({ phone: "12", email: "not an address", address: "x".repeat(120), updatedAt: "" });
    expect(result.success).toBe(false);
    const codes = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(codes).toEqual({ phone: "phone", email: "email", address: "tooLong", updatedAt: "changedMeanwhile" });
    expect(contactForm({ phone: "", email: "", address: "", updatedAt: now.toISOString() }).error?.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ["phone"], message: "required" }),
        expect.objectContaining({ path: ["email"] }),
      ]),
    );
  });

  test("P25: an admin changes them (audited); the next e-mails carry them; a stale form is refused", async () => {
    const { contactUpdatedAt } = await settingsOverview(db, admin, config);
    const input = contactForm({
      phone: "04  78 12 34 56",
      email: "Bonjour@PluSuite.fr",
      address: "PluSuite SAS\n\n  12 rue de la Charité \n69002 Lyon",
      updatedAt: contactUpdatedAt,
    });
    expect(input.success).toBe(true);
    const later = new Date(now.getTime() + 60_000);
    await expect(updateShopContact(db, customer, input.data!, later)).rejects.toMatchObject({ code: "forbidden" });
    const saved = await updateShopContact(db, admin, input.data!, later);
    expect(saved).toEqual({
      phone: "04 78 12 34 56",
      phoneInternational: "+33478123456",
      phoneIsFree: false,
      email: "bonjour@plusuite.fr",
      addressLines: ["PluSuite SAS", "12 rue de la Charité", "69002 Lyon"],
    });
    expect(await readShopContact(db)).toEqual(saved);
    expect(
      await db.auditEntry.findFirstOrThrow({
        where: { action: "shopSettings.update" },
        select: { targetType: true, targetId: true, before: true, after: true },
      }),
    ).toEqual({
      targetType: "shopSettings",
      targetId: "1",
      before: { phone: "0 800 94 20 26", email: "contact@plusuite.com", address: "" },
      after: { phone: "04 78 12 34 56", email: "bonjour@plusuite.fr", address: saved.addressLines.join("\n") },
    });

    // A second admin still holding the page loaded before that save is told, and nothing changes.
    await expect(
      updateShopContact(db, admin, { ...input.data!, phone: "01 23 45 67 89" }, later),
    ).rejects.toMatchObject({ code: "changedMeanwhile" });
    expect((await readShopContact(db)).phone).toBe("04 78 12 34 56");

    // E-mails rendered from now on carry the new details: the team's copy goes to the new mailbox, and the
    // acknowledgement gives the new number (not called free: it is not a toll-free one).
    const typed = {
      kind: "question",
      name: "Camille",
      email: "camille@example.fr",
      subject: "Une question",
      message: "Bonjour",
    };
    await submitContactMessage(db, { ...contactFormSchema.parse(typed), locale: "fr" }, later, "secret");
    const emails = await db.emailOutbox.findMany({ select: { template: true, to: true, text: true, html: true } });
    expect(emails.find((email) => email.template === "contact-team-copy")?.to).toBe("bonjour@plusuite.fr");
    const acknowledgement = emails.find((email) => email.template === "contact-acknowledgement")!;
    expect(acknowledgement.text).toContain("04 78 12 34 56");
    expect(acknowledgement.text).not.toContain("gratuit");
    expect(acknowledgement.html).toContain("mailto:bonjour@plusuite.fr");
    expect(acknowledgement.html).not.toContain("contact@plusuite.com");
  });
});
