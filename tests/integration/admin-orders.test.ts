// The back office's orders: the list (filter, search, sort, pages), shipping with a tracking number, cancelling,
// demo refunds, the contact log (P5) and its retention with the order (P14, P15); admins only, audited (P9).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  addContactLog,
  cancelOrderByShop,
  refundOrder,
  shipOrder,
  shipOrderSchema,
  type OrderActionDeps,
} from "@/lib/admin/order-actions";
import { getOrderDetail, listOrders, parseOrdersParams } from "@/lib/admin/orders";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { payDemoOrder } from "@/lib/payments/demo";
import { anonymiseOrders } from "@/lib/privacy/erasure";
import { applyRetention, RETENTION_DAYS } from "@/lib/privacy/retention";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, demoConfig, refusal } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-12-03T10:00:00Z");
let admin: { id: string; role: "admin" };
const customer = { role: "customer" as const, id: "not-an-admin" };
const demoShop: OrderActionDeps = { now, providers: { stripe: null, paypal: null }, demoMode: true };
const liveShop: OrderActionDeps = { ...demoShop, demoMode: false };
let key = 0;
const requestKey = () => `admin-orders-key-${String(++key).padStart(6, "0")}`;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  await db.product.update({ where: { slug: "confiture-abricot" }, data: { stock: 500 } });
  const user = await db.user.create({ data: { email: "admin@plusuite.test", role: "admin", emailVerified: now } });
  admin = { id: user.id, role: "admin" };
});
afterAll(() => testDb.close());

/** A demo order of `jars` jars of jam (6.50 each) + Colissimo 5.90, paid unless said otherwise. */
async function demoOrder(options: { jars?: number; email?: string; locale?: "fr" | "en"; paid?: boolean } = {}) {
  const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: options.jars ?? 2 }]);
  const placed = await placeOrder(
    db,
    { config: demoConfig, now },
    { cartId, locale: options.locale ?? "fr", input: checkoutInput({ email: options.email ?? "camille@example.fr" }) },
  );
  if (!placed.ok) throw new Error(placed.reason);
  if (options.paid ?? true) await payDemoOrder(db, demoConfig, placed.order.id, now);
  return db.order.findUniqueOrThrow({ where: { id: placed.order.id } });
}
const stock = async () => (await db.product.findUniqueOrThrow({ where: { slug: "confiture-abricot" } })).stock;
const orderNow = (id: string) => db.order.findUniqueOrThrow({ where: { id }, include: { refunds: true } });
const ship = { carrier: "colissimo" as const, trackingNumber: "6A12345678901" };

describe("orders in the back office", () => {
  test("P9: a customer or a signed-out visitor can neither read nor change orders", async () => {
    const order = await demoOrder();
    const version = order.updatedAt.toISOString();
    for (const viewer of [null, customer]) {
      await expect(listOrders(db, viewer, parseOrdersParams({}))).rejects.toMatchObject({ code: "forbidden" });
      await expect(getOrderDetail(db, viewer, order.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(shipOrder(db, viewer, { orderId: order.id, version, ...ship }, demoShop)).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(
        refundOrder(db, viewer, { orderId: order.id, amount: 100, requestKey: requestKey() }, demoShop),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        cancelOrderByShop(db, viewer, { orderId: order.id, version, requestKey: requestKey() }, demoShop),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        addContactLog(db, viewer, { orderId: order.id, channel: "phone", summary: "x" }, now),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
    expect((await orderNow(order.id)).status).toBe("paid");
  });

  test("the list filters by status, searches by number or e-mail, sorts by total and pages in the URL", async () => {
    const small = await demoOrder({ jars: 1, email: "dominique.small@example.fr" });
    const large = await demoOrder({ jars: 9, email: "dominique.large@example.fr" });
    const pending = await demoOrder({ jars: 3, email: "dominique.pending@example.fr", paid: false });

    const byEmail = await listOrders(db, admin, parseOrdersParams({ q: "DOMINIQUE." }));
    expect(byEmail.rows.map((r) => r.id).sort()).toEqual([small.id, large.id, pending.id].sort());
    const byNumber = await listOrders(db, admin, parseOrdersParams({ q: large.number.toLowerCase() }));
    expect(byNumber.rows.map((r) => r.id)).toEqual([large.id]);
    const paidOnes = await listOrders(db, admin, parseOrdersParams({ q: "dominique", status: "paid" }));
    expect(paidOnes.rows.map((r) => r.id).sort()).toEqual([small.id, large.id].sort());
    const byTotal = await listOrders(db, admin, parseOrdersParams({ q: "dominique", sort: "totalCents", dir: "asc" }));
    expect(byTotal.rows.map((r) => r.id)).toEqual([small.id, pending.id, large.id]);
    // A malformed status is no filter, never an error; a page past the end shows the last one.
    const lenient = await listOrders(db, admin, parseOrdersParams({ q: "dominique", status: "shipped", page: "99" }));
    expect(lenient).toMatchObject({ total: 3, page: 1 });
  });

  test("shipping: a paid order becomes fulfilled with its carrier and tracking number, e-mailed to the customer", async () => {
    const order = await demoOrder({ locale: "en" });
    const parsed = shipOrderSchema.parse({
      orderId: order.id,
      version: order.updatedAt.toISOString(),
      carrier: "colissimo",
      trackingNumber: " 6a 1234 5678 901 ",
    });
    expect(parsed.trackingNumber).toBe("6A12345678901");
    expect(await shipOrder(db, admin, parsed, demoShop)).toEqual({
      number: order.number,
      trackingNumber: "6A12345678901",
    });

    const shipped = await orderNow(order.id);
    expect(shipped).toMatchObject({ status: "fulfilled", carrier: "colissimo", trackingNumber: "6A12345678901" });
    expect(shipped.shippedAt).toEqual(now);
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { key: `order-shipped:${order.id}` } });
    expect(email).toMatchObject({ locale: "en", to: order.email, subject: `Your order ${order.number} has shipped` });
    expect(email.text).toContain("6A12345678901");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "order.ship", targetId: order.id } });
    expect(audit).toMatchObject({ before: { status: "paid" }, after: { status: "fulfilled", carrier: "colissimo" } });

    // Shipped already, and a shipped order is not cancelled: it is refunded instead.
    const version = shipped.updatedAt.toISOString();
    await expect(shipOrder(db, admin, { ...parsed, version }, demoShop)).rejects.toEqual(refusal("orderNotShippable"));
    await expect(
      cancelOrderByShop(db, admin, { orderId: order.id, version, requestKey: requestKey() }, demoShop),
    ).rejects.toEqual(refusal("orderNotCancellable"));
  });

  test("shipping is refused for a bad tracking number, a stale page, an unpaid order, and a demo order in a live shop", async () => {
    const base = { carrier: "colissimo", orderId: "abcdefghij1234567890", version: now.toISOString() };
    for (const trackingNumber of ["", "ABC", "6A123456789<01", "X".repeat(41)])
      expect(shipOrderSchema.safeParse({ ...base, trackingNumber }).success, trackingNumber).toBe(false);
    expect(shipOrderSchema.safeParse({ ...base, carrier: "pigeon", trackingNumber: "6A12345678901" }).success).toBe(
      false,
    );

    const order = await demoOrder();
    const input = { orderId: order.id, version: order.updatedAt.toISOString(), ...ship };
    await expect(shipOrder(db, admin, { ...input, version: now.toISOString() }, demoShop)).rejects.toEqual(
      refusal("orderChanged"),
    );
    await expect(shipOrder(db, admin, input, liveShop)).rejects.toEqual(refusal("demoOrderNotShippable"));
    const unpaid = await demoOrder({ paid: false });
    await expect(
      shipOrder(db, admin, { ...input, orderId: unpaid.id, version: unpaid.updatedAt.toISOString() }, demoShop),
    ).rejects.toEqual(refusal("orderNotShippable"));
    expect((await orderNow(order.id)).status).toBe("paid");
    expect(await db.emailOutbox.count({ where: { template: "order-shipped", orderId: order.id } })).toBe(0);
  });

  test("cancelling a pending order returns its stock and tells the customer", async () => {
    const before = await stock();
    const order = await demoOrder({ jars: 4, paid: false });
    expect(await stock()).toBe(before - 4);
    const version = order.updatedAt.toISOString();
    expect(
      await cancelOrderByShop(db, admin, { orderId: order.id, version, requestKey: requestKey() }, demoShop),
    ).toEqual({ number: order.number, refundedCents: 0 });
    expect((await orderNow(order.id)).status).toBe("cancelled");
    expect(await stock()).toBe(before);
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { key: `order-cancelled:${order.id}` } });
    expect(email.subject).toBe(`Votre commande ${order.number} est annulée`);
    expect(await db.auditEntry.count({ where: { action: "order.cancel", targetId: order.id } })).toBe(1);
  });

  test("cancelling a paid order refunds it in full, returns its stock; a double click does nothing more", async () => {
    const before = await stock();
    const order = await demoOrder({ jars: 2 });
    const input = { orderId: order.id, version: order.updatedAt.toISOString(), requestKey: requestKey() };
    expect(await cancelOrderByShop(db, admin, input, demoShop)).toEqual({ number: order.number, refundedCents: 1890 });
    expect(await cancelOrderByShop(db, admin, input, demoShop)).toEqual({ number: order.number, refundedCents: 1890 });
    const after = await orderNow(order.id);
    // Cancelled, not "refunded": the refund is the consequence of the cancellation.
    expect(after.status).toBe("cancelled");
    expect(after.refunds).toMatchObject([{ amountCents: 1890, status: "succeeded", provider: "demo" }]);
    expect(await stock()).toBe(before);
    const email = await db.emailOutbox.findUniqueOrThrow({ where: { key: `order-cancelled:${order.id}` } });
    expect(email.text).toContain("18,90");
    expect(await db.emailOutbox.count({ where: { orderId: order.id, template: "order-refunded" } })).toBe(0);
  });

  test("demo refunds are made locally: never above what was paid; a partial one, then the rest, refunds the order", async () => {
    const order = await demoOrder();
    await expect(
      refundOrder(db, admin, { orderId: order.id, amount: 1891, requestKey: requestKey() }, demoShop),
    ).rejects.toEqual(refusal("refundAboveCaptured"));
    expect(
      await refundOrder(db, admin, { orderId: order.id, amount: 1000, requestKey: requestKey() }, demoShop),
    ).toEqual({ amountCents: 1000, status: "succeeded" });
    expect((await orderNow(order.id)).status).toBe("paid");
    expect((await getOrderDetail(db, admin, order.id))!.refundableCents).toBe(890);
    await expect(
      refundOrder(db, admin, { orderId: order.id, amount: 891, requestKey: requestKey() }, demoShop),
    ).rejects.toEqual(refusal("refundAboveCaptured"));
    await refundOrder(db, admin, { orderId: order.id, amount: 890, requestKey: requestKey() }, demoShop);
    expect((await orderNow(order.id)).status).toBe("refunded");
    expect(await db.emailOutbox.count({ where: { orderId: order.id, template: "order-refunded" } })).toBe(2);
    const unpaid = await demoOrder({ paid: false });
    await expect(
      refundOrder(db, admin, { orderId: unpaid.id, amount: 100, requestKey: requestKey() }, demoShop),
    ).rejects.toEqual(refusal("orderNotRefundable"));
  });

  test("P5: the order page keeps a log of contacts with the customer; the audit line keeps the channel, not the words", async () => {
    const order = await demoOrder();
    await addContactLog(
      db,
      admin,
      { orderId: order.id, channel: "phone", summary: "Appel de Camille : colis attendu" },
      now,
    );
    await addContactLog(
      db,
      admin,
      { orderId: order.id, channel: "email", summary: "Réponse envoyée" },
      new Date(now.getTime() + 60_000),
    );
    const detail = (await getOrderDetail(db, admin, order.id))!;
    expect(detail.contactLogs.map((entry) => [entry.channel, entry.summary, entry.actor?.email])).toEqual([
      ["email", "Réponse envoyée", "admin@plusuite.test"],
      ["phone", "Appel de Camille : colis attendu", "admin@plusuite.test"],
    ]);
    // The page shows how to reach the customer.
    expect(detail).toMatchObject({ email: order.email, phone: order.phone });
    const audit = await db.auditEntry.findMany({ where: { action: "order.contactLog", targetId: order.id } });
    expect(audit.map((entry) => entry.after)).toEqual([{ contactChannel: "phone" }, { contactChannel: "email" }]);
    expect(JSON.stringify(audit)).not.toContain("Camille");
  });

  test("P15: a contact log follows its order: erased when the order is anonymised, and at the latest with its retention line", async () => {
    const order = await demoOrder();
    const shippedOrder = await demoOrder();
    await shipOrder(
      db,
      admin,
      { orderId: shippedOrder.id, version: shippedOrder.updatedAt.toISOString(), ...ship },
      demoShop,
    );
    for (const id of [order.id, shippedOrder.id])
      await addContactLog(db, admin, { orderId: id, channel: "letter", summary: "Courrier de Camille" }, now);
    await db.$transaction((tx) => anonymiseOrders(tx, [shippedOrder.id], "account deleted: contact anonymised", now));
    expect(await db.orderContactLog.count({ where: { orderId: shippedOrder.id } })).toBe(0);
    expect((await orderNow(shippedOrder.id)).trackingNumber).toBeNull();
    expect(await db.orderContactLog.count({ where: { orderId: order.id } })).toBe(1);

    // An order of an account still active is not anonymised by the guest-order line: the log's own line applies.
    await db.order.update({ where: { id: order.id }, data: { userId: admin.id } });
    const days = RETENTION_DAYS.orderContactLogWithOrder;
    expect(days).toBe(RETENTION_DAYS.guestOrderContact);
    await applyRetention(db, new Date(order.createdAt.getTime() + (days - 1) * 86_400_000));
    expect(await db.orderContactLog.count({ where: { orderId: order.id } })).toBe(1);
    const report = await applyRetention(db, new Date(order.createdAt.getTime() + (days + 1) * 86_400_000));
    expect(report.orderContactLogs).toBe(1);
    expect(await db.orderContactLog.count({ where: { orderId: order.id } })).toBe(0);
  });
});
