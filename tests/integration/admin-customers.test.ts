// Customers in the back office: search (case and accents aside, sorted and paged from the URL), a customer's
// profile, and P14 on request: export and erasure with the self-service code, refused for admins, each written
// to the audit log (P9) without the customer's address. Guests found by e-mail: admin-customers-guest.test.ts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { eraseCustomer, exportCustomerData } from "@/lib/admin/customer-privacy";
import { CUSTOMERS_PAGE_SIZE, getCustomerProfile, parseCustomersParams, searchCustomers } from "@/lib/admin/customers";
import type { Db } from "@/lib/db/client";
import { exportUserData } from "@/lib/privacy/export";
import { CUSTOMER, now, recordingSender, seedPrivacyFixture, type PrivacyFixture } from "../helpers/privacy-fixture";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let fixture: PrivacyFixture;
let admin: { id: string; role: "admin" };
let otherAdminId: string;
const customer = { id: "", role: "customer" as const };

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  fixture = await seedPrivacyFixture(db, recordingSender());
  const created = await db.user.create({ data: { email: "admin@plusuite.test", name: "Alex Admin", role: "admin" } });
  admin = { id: created.id, role: "admin" };
  otherAdminId = (await db.user.create({ data: { email: "zoe.admin@plusuite.test", role: "admin" } })).id;
  customer.id = fixture.otherId;
  await db.user.create({ data: { email: "helene.dupre@example.fr", name: "Hélène Dupré" } });
  await db.user.create({ data: { email: "rate_100%@example.fr", name: "Pourcent" } });
}, 60_000);
afterAll(() => testDb.close());

const search = (query: Record<string, string>) => searchCustomers(db, admin, parseCustomersParams(query));
const emails = async (query: Record<string, string>) => (await search(query)).rows.map((row) => row.email);

describe("customers in the back office", () => {
  test("P14: a customer or a signed-out visitor can neither search, read, export nor erase", async () => {
    for (const viewer of [null, customer]) {
      const refused = { code: "forbidden" };
      await expect(searchCustomers(db, viewer, parseCustomersParams({}))).rejects.toMatchObject(refused);
      await expect(getCustomerProfile(db, viewer, fixture.customerId)).rejects.toMatchObject(refused);
      await expect(exportCustomerData(db, viewer as never, fixture.customerId, now)).rejects.toMatchObject(refused);
      const erase = { id: fixture.customerId, confirmation: CUSTOMER.email };
      await expect(eraseCustomer(db, viewer as never, erase, now)).rejects.toMatchObject(refused);
    }
    expect(await db.user.count({ where: { id: fixture.customerId } })).toBe(1);
    expect(await db.auditEntry.count()).toBe(0);
  });

  test("the search finds an e-mail or a name whatever the case and the accents", async () => {
    expect(await emails({ q: "helene" })).toEqual(["helene.dupre@example.fr"]);
    expect(await emails({ q: "DUPRÉ" })).toEqual(["helene.dupre@example.fr"]);
    expect(await emails({ q: "camille.MARTIN@example" })).toEqual([CUSTOMER.email]);
    expect(await emails({ q: "lefevre" })).toEqual(["bruno.lefevre@example.fr"]);
    // LIKE's wildcards typed in the box are searched for as characters.
    expect(await emails({ q: "100%" })).toEqual(["rate_100%@example.fr"]);
    expect(await emails({ q: "_" })).toEqual(["rate_100%@example.fr"]);
    expect(await emails({ q: "nobody-like-this" })).toEqual([]);
    expect((await emails({ role: "admin", sort: "email", dir: "asc" })).slice(0, 2)).toEqual([
      "admin@plusuite.test",
      "zoe.admin@plusuite.test",
    ]);
  });

  test("the list sorts and pages from the URL; a page past the end shows the last one", async () => {
    for (let i = 0; i < CUSTOMERS_PAGE_SIZE; i++) {
      await db.user.create({ data: { email: `client${String(i).padStart(2, "0")}@example.com` } });
    }
    const all = await db.user.count();
    const first = await search({ sort: "email", dir: "asc" });
    expect(first.total).toBe(all);
    expect(first.rows).toHaveLength(CUSTOMERS_PAGE_SIZE);
    const sorted = first.rows.map((row) => row.email);
    expect(sorted).toEqual([...sorted].sort());
    const last = await search({ sort: "email", dir: "asc", page: "99" });
    expect(last.page).toBe(Math.ceil(all / CUSTOMERS_PAGE_SIZE));
    expect(last.rows.length).toBe(all - CUSTOMERS_PAGE_SIZE * (last.page - 1));
    // A malformed sort falls back to the newest accounts first.
    const fallback = await search({ sort: "passwordHash" });
    const dates = fallback.rows.map((row) => row.createdAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  test("a customer's profile: account, orders (also those placed as a guest with the verified address), consents, testimonials", async () => {
    await db.user.update({ where: { id: fixture.customerId }, data: { recordInterests: false } });
    await db.newsletterSubscription.create({
      data: { email: CUSTOMER.email, list: "newsletter", locale: "fr", status: "confirmed", confirmedAt: now },
    });
    const profile = (await getCustomerProfile(db, admin, fixture.customerId))!;
    expect(profile.account).toMatchObject({ email: CUSTOMER.email, name: CUSTOMER.name, role: "customer" });
    expect(profile.account).not.toHaveProperty("passwordHash");
    expect(profile.account.lastSeenAt).toBeInstanceOf(Date);
    expect(profile.orders.map((o) => [o.id, o.asGuest]).sort()).toEqual(
      [
        [fixture.paidOrderId, false],
        [fixture.pendingOrderId, true],
      ].sort(),
    );
    expect(profile.consents).toEqual({
      recordInterests: false,
      lists: { newsletter: "confirmed", promotions: "none" },
    });
    expect(profile.subscriptions).toEqual([
      expect.objectContaining({ list: "newsletter", status: "confirmed", confirmedAt: now }),
    ]);
    expect(profile.testimonials).toEqual([
      expect.objectContaining({ id: fixture.testimonialId, showName: true, nameConsentAt: now }),
    ]);
    expect(await getCustomerProfile(db, admin, "no-such-id")).toBeNull();
    expect(await getCustomerProfile(db, admin, "")).toBeNull();
  });

  test("P14: the admin's export is the customer's own, recorded in the audit log without the address", async () => {
    const exported = await exportCustomerData(db, admin, fixture.customerId, now);
    expect(exported).toEqual(await exportUserData(db, fixture.customerId, now));
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "customer.export" } });
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "customer", targetId: fixture.customerId });
    expect(JSON.stringify(entry)).not.toContain(CUSTOMER.email);
    expect(await exportCustomerData(db, admin, "no-such-id", now)).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "customer.export" } })).toBe(1);
  });

  test("P14: erasure needs the customer's address typed, and never erases an admin or the acting admin", async () => {
    const erase = (id: string, confirmation: string) => eraseCustomer(db, admin, { id, confirmation }, now);
    await expect(erase(fixture.customerId, "camille@example.fr")).rejects.toMatchObject({
      code: "confirmationMismatch",
      field: "confirmation",
    });
    await expect(erase(otherAdminId, "zoe.admin@plusuite.test")).rejects.toMatchObject({ code: "adminNotErasable" });
    await expect(erase(admin.id, "admin@plusuite.test")).rejects.toMatchObject({ code: "adminNotErasable" });
    await expect(erase("no-such-id", "x@example.fr")).rejects.toMatchObject({ code: "notFound" });
    expect(await db.user.count({ where: { id: { in: [fixture.customerId, otherAdminId, admin.id] } } })).toBe(3);
    expect(await db.auditEntry.count({ where: { action: "customer.erase" } })).toBe(0);
  });

  test("P14: the admin's erasure is the self-service one: account gone, goodbye e-mail queued, audited without the address", async () => {
    const result = await eraseCustomer(
      db,
      admin,
      { id: fixture.customerId, confirmation: " Camille.Martin@EXAMPLE.fr " },
      now,
    );
    expect(result.erasedRows).toBeGreaterThan(10);
    expect(await db.user.findUnique({ where: { id: fixture.customerId } })).toBeNull();
    expect(await exportUserData(db, fixture.customerId, now)).toBeNull();
    // The paid order stays as an invoice, anonymised; the pending one is cancelled.
    expect(await db.order.findUniqueOrThrow({ where: { id: fixture.paidOrderId } })).toMatchObject({
      userId: null,
      email: `deleted-${fixture.paidOrderId}@invalid`,
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: fixture.pendingOrderId } })).status).toBe("cancelled");
    // The same goodbye e-mail as "delete my account", forgotten once sent.
    const goodbye = await db.emailOutbox.findFirstOrThrow({ where: { template: "account-deleted" } });
    expect(goodbye).toMatchObject({ to: CUSTOMER.email, scrubAfterSend: true, status: "pending" });
    expect(goodbye.key).not.toContain(fixture.customerId);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "customer.erase" } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      targetType: "customer",
      targetId: expect.stringMatching(/^erased:[0-9a-f-]{36}$/),
      before: { role: "customer", kind: "account" },
    });
    // The earlier export and the erasure stay together under one new id; the account's id is gone from the log.
    const exported = await db.auditEntry.findFirstOrThrow({ where: { action: "customer.export" } });
    expect(exported.targetId).toBe(entry.targetId);
    expect(await db.auditEntry.count({ where: { targetId: fixture.customerId } })).toBe(0);
    expect(JSON.stringify(entry)).not.toMatch(/camille|martin|lilas/i);
    // Erased already (a second admin, a second tab): told, nothing recorded twice.
    await expect(
      eraseCustomer(db, admin, { id: fixture.customerId, confirmation: CUSTOMER.email }, now),
    ).rejects.toMatchObject({ code: "notFound" });
    expect(await db.auditEntry.count({ where: { action: "customer.erase" } })).toBe(1);
    // The other customer is untouched.
    expect(await db.user.count({ where: { id: fixture.otherId } })).toBe(1);
  });
});
