// The back office's dashboard: takings by day of the shop's calendar (Europe/Paris), orders by status, low
// stock, what waits for an answer, the outbox's health, and the audience read from the hourly counts only.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readAudienceReport } from "@/lib/admin/audience";
import { LOW_STOCK_THRESHOLD, readAdminDashboard, type AdminDashboard } from "@/lib/admin/dashboard";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
// 11:00 in Paris (summer time, UTC+2) on 15 July: the shop's day began at 22:00 UTC on 14 July.
const now = new Date("2026-07-15T09:00:00Z");
const admin = { role: "admin" as const };
const customer = { role: "customer" as const };
let dashboard: AdminDashboard;
let orderNumber = 0;

async function order(data: {
  totalCents: number;
  status?: "pending" | "paid" | "fulfilled" | "cancelled" | "refunded";
  paidAt?: string;
  isDemo?: boolean;
}) {
  orderNumber += 1;
  return db.order.create({
    data: {
      number: `PS-2026-${String(orderNumber).padStart(6, "0")}`,
      status: data.status ?? (data.paidAt ? "paid" : "pending"),
      locale: "fr",
      email: `client${orderNumber}@example.fr`,
      shippingMethod: "colissimo",
      subtotalCents: data.totalCents,
      shippingCents: 0,
      vatCents: 0,
      totalCents: data.totalCents,
      paymentProvider: data.isDemo ? "demo" : "stripe",
      isDemo: data.isDemo ?? false,
      paidAt: data.paidAt ? new Date(data.paidAt) : null,
    },
  });
}

async function seedOrders() {
  // Today in Paris: 00:30 on 15 July is still 14 July in UTC.
  await order({ totalCents: 1_000, paidAt: "2026-07-14T22:30:00Z" });
  const refunded = await order({ totalCents: 2_000, paidAt: "2026-07-15T08:00:00Z", status: "refunded" });
  await db.refund.create({
    data: { orderId: refunded.id, provider: "stripe", amountCents: 2_000, createdAt: new Date("2026-07-15T08:30:00Z") },
  });
  // Refunds the provider refused, or has not confirmed yet, took no money back.
  for (const status of ["failed", "pending"] as const) {
    await db.refund.create({
      data: {
        orderId: refunded.id,
        provider: "stripe",
        amountCents: 500,
        status,
        createdAt: new Date("2026-07-15T09:00:00Z"),
      },
    });
  }
  // Yesterday in Paris (23:30 on 14 July): in the 30 days, not today.
  await order({ totalCents: 4_000, paidAt: "2026-07-14T21:30:00Z", status: "fulfilled" });
  // 00:30 in Paris on 16 June, the first of the 30 days; 23:30 on 15 June is one day too early.
  await order({ totalCents: 8_000, paidAt: "2026-06-15T22:30:00Z", status: "fulfilled" });
  await order({ totalCents: 16_000, paidAt: "2026-06-15T21:30:00Z", status: "fulfilled" });
  // A demo order took no money; a pending one was not paid; a cancelled one never was either.
  await order({ totalCents: 32_000, paidAt: "2026-07-15T07:00:00Z", isDemo: true });
  await order({ totalCents: 64_000 });
  await order({ totalCents: 500, status: "cancelled" });
}

async function seedCatalogue() {
  const text = (value: string) => ({ fr: value, en: value });
  const category = await db.category.create({ data: { slug: "linge", name: text("Linge"), description: text("") } });
  const product = (slug: string, stock: number, active = true) =>
    db.product.create({
      data: {
        slug,
        categoryId: category.id,
        name: text(slug),
        description: text(""),
        priceCents: 1_000,
        stock,
        active,
      },
    });
  await product("plaid-presque-epuise", 2);
  await product("plaid-en-stock", 10);
  await product("plaid-archive", 0, false);
  await product("nappe-au-seuil", LOW_STOCK_THRESHOLD);
  // Sold by variant: the product's own stock column (0) means nothing.
  const shirt = await product("chemise-lin", 0);
  const variant = (sku: string, stock: number, active = true) =>
    db.productVariant.create({ data: { productId: shirt.id, sku, size: "M", colour: "navy", stock, active } });
  await variant("CHEM-M-1", 1);
  await variant("CHEM-M-0-OFF", 0, false);
  await variant("CHEM-L-8", 8);
}

async function seedMessagesAndEmails() {
  const customerUser = await db.user.create({ data: { email: "marie@example.fr", name: "Marie" } });
  const testimonial = (daysAgo: number, status: "pending" | "published" | "hidden" | "rejected") =>
    db.testimonial.create({
      data: {
        userId: customerUser.id,
        rating: 5,
        body: "Très bien",
        locale: "fr",
        status,
        createdAt: new Date(now.getTime() - daysAgo * 86_400_000),
      },
    });
  await testimonial(2, "pending");
  await testimonial(40, "pending");
  await testimonial(10, "published");
  await testimonial(1, "hidden");
  await testimonial(3, "rejected");

  const message = (kind: "question" | "privacyAccess" | "privacyDeletion", status: "open" | "answered") =>
    db.contactMessage.create({
      data: { kind, status, name: "Paul", email: "paul@example.fr", subject: "Bonjour", message: "…", locale: "fr" },
    });
  await message("question", "open");
  await message("question", "open");
  await message("question", "answered");
  await message("privacyAccess", "open");
  await message("privacyDeletion", "open");
  await message("privacyDeletion", "answered");

  const email = (key: string, status: "pending" | "sending" | "sent" | "failed", dueMinutesAgo = 0) =>
    db.emailOutbox.create({
      data: {
        key,
        template: "test",
        locale: "fr",
        to: "paul@example.fr",
        subject: "Test",
        html: "<p>Test</p>",
        text: "Test",
        status,
        nextAttemptAt: new Date(now.getTime() - dueMinutesAgo * 60_000),
      },
    });
  await email("due-now", "pending");
  await email("stuck", "pending", 60);
  await email("given-up", "failed");
  await email("delivered", "sent");
}

async function seedAudience() {
  const count = (hour: string, page: string, referrerHost: string, browser: string, country: string, n: number) =>
    db.audienceCount.create({ data: { hour: new Date(hour), page, referrerHost, browser, country, count: n } });
  await count("2026-07-14T22:00:00Z", "/", "", "chrome", "FR", 3); // 00:00 on 15 July in Paris
  await count("2026-07-15T08:00:00Z", "/", "www.google.com", "safari", "FR", 2);
  await count("2026-07-14T21:00:00Z", "/product/[slug]", "www.google.com", "firefox", "BE", 5); // 23:00 on 14 July
  await count("2026-06-15T22:00:00Z", "/cart", "", "edge", "", 1); // 00:00 on 16 June: the first day shown
  await count("2026-06-15T21:00:00Z", "/search", "old.example", "other", "DE", 100); // 15 June: too old
}

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedOrders();
  await seedCatalogue();
  await seedMessagesAndEmails();
  await seedAudience();
  dashboard = await readAdminDashboard(db, admin, now);
});
afterAll(() => testDb.close());

describe("the dashboard's figures", () => {
  test("P12: a customer or a signed-out visitor reads none of them", async () => {
    for (const viewer of [null, customer]) {
      await expect(readAdminDashboard(db, viewer, now)).rejects.toMatchObject({ code: "forbidden" });
      await expect(readAudienceReport(db, viewer, now, null)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  test("takings count paid orders by the day they were paid in Paris, succeeded refunds apart, demo orders not at all", () => {
    expect(dashboard.today).toBe("2026-07-15");
    expect(dashboard.takings.today).toEqual({ paidCents: 3_000, paidOrders: 2, refundedCents: 2_000, demoOrders: 1 });
    expect(dashboard.takings.lastDays).toEqual({
      paidCents: 1_000 + 2_000 + 4_000 + 8_000,
      paidOrders: 4,
      refundedCents: 2_000,
      demoOrders: 1,
    });
  });

  test("orders are counted under every status, zero included", () => {
    expect(dashboard.ordersByStatus).toEqual({ pending: 1, paid: 2, fulfilled: 3, cancelled: 1, refunded: 1 });
  });

  test("low stock lists products on sale at or below the threshold, and variants for products sold by variant", () => {
    expect(dashboard.lowStock.total).toBe(3);
    expect(dashboard.lowStock.items.map((item) => [item.slug, item.variant?.sku ?? null, item.stock])).toEqual([
      ["chemise-lin", "CHEM-M-1", 1],
      ["plaid-presque-epuise", null, 2],
      ["nappe-au-seuil", null, LOW_STOCK_THRESHOLD],
    ]);
  });

  test("open privacy requests (access, deletion) and open questions are counted apart; answered ones are not", () => {
    expect(dashboard.openPrivacyRequests).toBe(2);
    expect(dashboard.openQuestions).toBe(2);
  });

  test("P21: testimonials to moderate are the whole queue, however old; decided ones are not counted", () => {
    expect(dashboard.pendingTestimonials).toBe(2);
  });

  test("outbox health: pending, failed, and pending e-mails overdue (delivery stuck)", () => {
    expect(dashboard.outbox).toEqual({ pending: 2, failed: 1, overdue: 1 });
  });
});

describe("P19: the audience comes from the hourly counts only, by day of the shop's calendar", () => {
  test("P19: page views per day over 30 days, newest first, days without views at zero", async () => {
    const report = await readAudienceReport(db, admin, now, null);
    expect(report.days).toHaveLength(30);
    expect(report.days[0]).toEqual({ day: "2026-07-15", views: 5 });
    expect(report.days[1]).toEqual({ day: "2026-07-14", views: 5 });
    expect(report.days[2]).toEqual({ day: "2026-07-13", views: 0 });
    expect(report.days[29]).toEqual({ day: "2026-06-16", views: 1 });
    expect(report.days.reduce((sum, day) => sum + day.views, 0)).toBe(11);
  });

  test("P19: pages, referrers, browsers and countries of the whole period, most viewed first", async () => {
    const report = await readAudienceReport(db, admin, now, null);
    expect(report.day).toBeNull();
    expect(report.top).toEqual({
      page: [
        { value: "/", views: 5 },
        { value: "/product/[slug]", views: 5 },
        { value: "/cart", views: 1 },
      ],
      referrerHost: [
        { value: "www.google.com", views: 7 },
        { value: "", views: 4 },
      ],
      browser: [
        { value: "firefox", views: 5 },
        { value: "chrome", views: 3 },
        { value: "safari", views: 2 },
        { value: "edge", views: 1 },
      ],
      country: [
        { value: "BE", views: 5 },
        { value: "FR", views: 5 },
        { value: "", views: 1 },
      ],
    });
  });

  test("P19: the breakdown of one day; a day outside the 30 shows the whole period", async () => {
    const yesterday = await readAudienceReport(db, admin, now, "2026-07-14");
    expect(yesterday.day).toBe("2026-07-14");
    expect(yesterday.top.page).toEqual([{ value: "/product/[slug]", views: 5 }]);
    expect(yesterday.top.country).toEqual([{ value: "BE", views: 5 }]);
    for (const day of ["2026-06-15", "2026-07-16"]) {
      const report = await readAudienceReport(db, admin, now, day);
      expect(report.day).toBeNull();
      expect(report.top.page.map((row) => row.value)).not.toContain("/search");
    }
  });
});
