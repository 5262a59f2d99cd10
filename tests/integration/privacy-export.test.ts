// P14: "download my data". Checked generically against the database catalogue, so a table added by a later
// issue is covered without editing this file. The erasure is in privacy.test.ts, on the same fixture.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { exportUserData } from "@/lib/privacy/export";
import { personalTables, quoteIdent } from "@/lib/privacy/personal-data";
import { ADDRESS_LINE, CUSTOMER, now, recordingSender, seedPrivacyFixture } from "../helpers/privacy-fixture";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const mail = recordingSender();

let customerId: string;
let paidOrderId: string;
let pendingOrderId: string;
let savedListItemIds: string[];
let testimonialId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  ({ customerId, paidOrderId, pendingOrderId, savedListItemIds, testimonialId } = await seedPrivacyFixture(db, mail));
});
afterAll(async () => {
  await testDb?.close();
});

/** Primary-key values of the customer's rows in every table the registry says is personal. */
async function customerRowsByTable(): Promise<Map<string, string[][]>> {
  const orderIds = (
    await db.order.findMany({
      where: { OR: [{ userId: customerId }, { email: CUSTOMER.email }] },
      select: { id: true },
    })
  ).map((o) => o.id);
  const rows = new Map<string, string[][]>();
  for (const table of await personalTables(db)) {
    const conditions: string[] = [];
    if (table.kind === "user") conditions.push(`t."id" = p.user_id`);
    if (table.kind === "order") conditions.push(`t."id" = ANY(p.order_ids)`);
    for (const column of table.userColumns) conditions.push(`t.${quoteIdent(column)} = p.user_id`);
    for (const column of table.orderColumns) conditions.push(`t.${quoteIdent(column)} = ANY(p.order_ids)`);
    for (const column of table.emailColumns) conditions.push(`lower(t.${quoteIdent(column)}) = p.email`);
    const keys = table.primaryKey.map((key) => `t.${quoteIdent(key)}`).join(", ");
    // Parameters go through a CTE so that each is typed even when a table does not use it.
    const found = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `WITH p AS (SELECT $1::text AS user_id, $2::text[] AS order_ids, $3::text AS email)
       SELECT ${keys} FROM ${quoteIdent(table.table)} t, p WHERE ${conditions.join(" OR ")}`,
      customerId,
      orderIds,
      CUSTOMER.email,
    );
    rows.set(
      table.table,
      found.map((row) => table.primaryKey.map((key) => String(row[key]))),
    );
  }
  return rows;
}

describe("personal data export and account deletion (P14)", () => {
  test("P14: export contains every personal table", async () => {
    const exported = await exportUserData(db, customerId, now);
    expect(exported).not.toBeNull();
    const json = JSON.stringify(exported);
    // Serialisable as is: no Date, BigInt or Buffer left for JSON.stringify to mangle or throw on.
    expect(JSON.parse(json)).toEqual(exported);

    const checked: string[] = [];
    for (const [table, keys] of await customerRowsByTable()) {
      if (keys.length === 0) continue;
      checked.push(table);
      for (const key of keys) {
        for (const value of key) expect(json, `${table} row ${key.join("/")} missing from the export`).toContain(value);
      }
    }
    // The fixture has rows in these tables at least: the generic loop above really ran over them.
    expect(checked).toEqual(
      expect.arrayContaining([
        "User",
        "Order",
        "OrderLine",
        "OrderAddress",
        "OrderEvent",
        "Cart",
        "UserSession",
        "AuthToken",
        "OrganizationMember",
        "OrganizationInvitation",
        "EmailOutbox",
        "Address",
        "SavedList",
        "ProductView",
        "Testimonial",
        "ContactMessage",
        "LaterList",
        "LaterListItem",
      ]),
    );
    // Tables exported explicitly are not repeated by the generic pass, which still catches unknown ones.
    expect(Object.keys(exported!.otherRecords).sort()).toEqual(["LaterList", "LaterListItem"]);
    // List items have no userId column: the generic checks above cannot see them, so check each one.
    expect(savedListItemIds).toHaveLength(2);
    for (const id of savedListItemIds) expect(json, `SavedListItem ${id} missing from the export`).toContain(id);
    expect(exported!.savedLists).toEqual([
      expect.objectContaining({
        name: `Cadeaux de ${CUSTOMER.name}`,
        items: expect.arrayContaining([
          expect.objectContaining({ quantity: 3, product: expect.objectContaining({ slug: "confiture-abricot" }) }),
        ]),
      }),
    ]);
    expect(exported!.addresses).toEqual([expect.objectContaining({ line1: ADDRESS_LINE, phone: CUSTOMER.phone })]);
    expect(exported!.interests).toHaveLength(2);
    expect(exported!.testimonials).toEqual([
      expect.objectContaining({ id: testimonialId, body: "Théière superbe, livrée vite.", showName: true }),
    ]);
    expect(exported!.consents).toEqual({
      newsletter: false,
      promotions: false,
      recordInterests: true,
      testimonialNames: [{ testimonialId, showName: true, nameConsentAt: now.toISOString() }],
    });
    expect(exported!.sessions).toHaveLength(1);
    expect(exported!.otherRecords.LaterList).toEqual([
      {
        id: "list-camille",
        userId: customerId,
        title: "Liste de Camille Martin",
        details: { deliverTo: ADDRESS_LINE },
      },
    ]);

    expect(exported!.format).toMatch(/^plusuite-personal-data\//);
    expect(exported!.generatedAt).toBe(now.toISOString());
    expect(exported!.user).toMatchObject({ id: customerId, name: CUSTOMER.name, email: CUSTOMER.email });
    expect(exported!.user).not.toHaveProperty("passwordHash");
    expect(json).not.toContain("secret-hash-of-camille");
    expect(json).not.toContain("token-hash-camille");
    expect(json).not.toContain("invite-hash-camille");
    const orders = exported!.orders as { id: string; addresses: { line1: string }[]; lines: unknown[] }[];
    expect(orders.map((o) => o.id).sort()).toEqual([paidOrderId, pendingOrderId].sort());
    for (const order of orders) {
      expect(order.addresses.map((a) => a.line1)).toEqual([ADDRESS_LINE, ADDRESS_LINE]);
      expect(order.lines.length).toBeGreaterThan(0);
    }
    expect(exported!.memberships).toHaveLength(2);
    // Bruno's order is not Camille's.
    expect(json).not.toContain("Bruno");
  });
});
