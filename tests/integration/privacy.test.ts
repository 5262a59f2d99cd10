// P14: "delete my account". Checked generically against the database catalogue, so a table added by a later
// issue is covered without editing this file. The export is in privacy-export.test.ts, on the same fixture;
// the customer-facing form (password, confirmation, rate limit) in privacy-account-deletion.test.ts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { deliverDueEmails } from "@/lib/email/outbox";
import { renderAccountDeletedEmail } from "@/lib/email/templates/privacy";
import { deleteAccount, ERASED_RECIPIENT } from "@/lib/privacy/erasure";
import { exportUserData, type UserDataExport } from "@/lib/privacy/export";
import { quoteIdent } from "@/lib/privacy/personal-data";
import { CUSTOMER, deliveryTime, NEEDLES, now, recordingSender, seedPrivacyFixture } from "../helpers/privacy-fixture";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const mail = recordingSender();
const { sent, sender } = mail;

let customerId: string;
let otherId: string;
let paidOrderId: string;
let pendingOrderId: string;
let teapotStockBeforePending: number;
let otherExportBefore: UserDataExport;
let savedListItemIds: string[];

const teapotStock = async () => (await db.product.findUniqueOrThrow({ where: { slug: "theiere-fonte" } })).stock;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  ({ customerId, otherId, paidOrderId, pendingOrderId, teapotStockBeforePending, otherExportBefore, savedListItemIds } =
    await seedPrivacyFixture(db, mail));
});
afterAll(async () => {
  await testDb?.close();
});

/**
 * Every occurrence of the needles in every text, varchar, json or array column of every table of the
 * current schema. Reads the catalogue itself (not lib/privacy) so that a gap in the registry cannot hide
 * a leak.
 */
async function scanDatabase(needles: string[]) {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT c.table_name::text AS table_name, c.column_name::text AS column_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
    ORDER BY c.table_name, c.ordinal_position`;
  const matches: string[] = [];
  for (const { table_name, column_name } of columns) {
    for (const needle of needles) {
      const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${quoteIdent(table_name)} WHERE strpos(lower(${quoteIdent(column_name)}::text), lower($1)) > 0`,
        needle,
      );
      if (row && row.n > 0) matches.push(`${table_name}.${column_name} ∋ ${needle} (${row.n})`);
    }
  }
  const tables = [...new Set(columns.map((c) => c.table_name))];
  return { matches, tables, columns: columns.length };
}

describe("personal data export and account deletion (P14)", () => {
  test("P14: after account deletion, a scan of every table finds none of the customer's name, e-mail, phone or address", async () => {
    const paidBefore = await db.order.findUniqueOrThrow({ where: { id: paidOrderId }, include: { lines: true } });
    // The user id too: keys of e-mails and rate limits name it, and nothing may tie rows to it afterwards.
    const needles = [...NEEDLES, customerId];
    const before = await scanDatabase(needles);
    // The scan can see the customer: before the deletion it finds them all over the database, the
    // tables of Mon compte included.
    expect(before.matches.length).toBeGreaterThan(5);
    for (const needle of needles) expect(before.matches.some((m) => m.includes(`∋ ${needle} `))).toBe(true);
    for (const table of ["Address", "SavedList", "User"])
      expect(before.matches.some((m) => m.startsWith(`${table}.`))).toBe(true);

    // As "delete my account" does it: the goodbye e-mail is enqueued in the erasure's transaction.
    const goodbye = await renderAccountDeletedEmail({
      locale: "fr",
      deletedAt: now,
      shopEmail: "contact@plusuite.com",
    });
    const report = await deleteAccount(db, customerId, now, {
      confirmation: {
        key: "account-deleted:test",
        template: "account-deleted",
        locale: "fr",
        to: CUSTOMER.email,
        ...goodbye,
      },
    });

    // Until it is sent, the goodbye e-mail is the one place that still knows the address…
    const waiting = await scanDatabase(needles);
    expect(waiting.matches).toEqual([`EmailOutbox.to ∋ ${CUSTOMER.email} (1)`]);
    // …and once it is sent, nothing does.
    expect(await deliverDueEmails(db, sender, deliveryTime())).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent.map((email) => [email.to, email.subject])).toEqual([
      [CUSTOMER.email, "Votre compte PluSuite est supprimé"],
    ]);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { key: "account-deleted:test" } })).toMatchObject({
      status: "sent",
      scrubAfterSend: true,
      to: ERASED_RECIPIENT,
      html: "",
      text: "",
    });
    const after = await scanDatabase(needles);
    console.info(
      `P14 deletion scan: ${after.columns} text columns in ${after.tables.length} tables: ${after.tables.join(", ")}`,
    );
    expect(after.matches).toEqual([]);
    expect(after.tables).toEqual(
      expect.arrayContaining([
        "User",
        "Order",
        "OrderAddress",
        "EmailOutbox",
        "Address",
        "SavedList",
        "SavedListItem",
        "ProductView",
        "Testimonial",
      ]),
    );

    expect(report).toMatchObject({
      LaterList: 1,
      LaterListItem: 1,
      Address: 1,
      SavedList: 1,
      ProductView: 2,
      Testimonial: 1,
      User: 1,
      cancelledOrders: 1,
      Order: 2,
      OrderAddress: 4,
      Cart: 1,
      UserSession: 1,
      confirmationEmail: 1,
    });
    // The list's items went with it (they cascade from the list).
    expect(await db.savedListItem.count({ where: { id: { in: savedListItemIds } } })).toBe(0);
    expect(await db.user.findUnique({ where: { id: customerId } })).toBeNull();

    // The unpaid order is cancelled and its two teapots are back in stock.
    const pending = await db.order.findUniqueOrThrow({ where: { id: pendingOrderId } });
    expect(pending.status).toBe("cancelled");
    expect(await teapotStock()).toBe(teapotStockBeforePending);

    // The paid order stays as an invoice: same number, amounts, dates and lines, anonymous.
    const paid = await db.order.findUniqueOrThrow({
      where: { id: paidOrderId },
      include: { lines: true, addresses: true },
    });
    expect(paid).toMatchObject({
      number: paidBefore.number,
      status: "paid",
      subtotalCents: paidBefore.subtotalCents,
      shippingCents: paidBefore.shippingCents,
      vatCents: paidBefore.vatCents,
      totalCents: paidBefore.totalCents,
      paidAt: paidBefore.paidAt,
      createdAt: paidBefore.createdAt,
      email: `deleted-${paidOrderId}@invalid`,
      phone: null,
      userId: null,
    });
    expect(paid.lines).toEqual(paidBefore.lines);
    expect(paid.addresses.map((a) => a.country)).toEqual(["FR", "FR"]);

    // The unsent welcome e-mail will never go out; the organization only Camille belonged to is gone.
    // Its key named the user: it is re-keyed, and the scan above proves the id is nowhere else.
    expect(await db.emailOutbox.findUnique({ where: { key: `welcome:${customerId}` } })).toBeNull();
    const welcome = await db.emailOutbox.findFirstOrThrow({ where: { template: "welcome" } });
    expect(welcome).toMatchObject({
      key: `erased:${welcome.id}`,
      status: "failed",
      to: "deleted@invalid",
      html: "",
      text: "",
    });
    expect(await db.organization.findMany({ select: { name: true } })).toEqual([{ name: "Coopérative du Rhône" }]);
  });

  test("P14: deleting an account twice is harmless: the second call finds no one and changes nothing", async () => {
    const orders = await db.order.findMany({ orderBy: { id: "asc" }, include: { addresses: true } });
    expect(await deleteAccount(db, customerId, now)).toEqual({});
    expect(await db.order.findMany({ orderBy: { id: "asc" }, include: { addresses: true } })).toEqual(orders);
    expect(await exportUserData(db, customerId, now)).toBeNull();
  });

  test("P14: deleting one account leaves another customer's data untouched", async () => {
    const otherExportAfter = await exportUserData(db, otherId, now);
    expect(otherExportAfter).toEqual(otherExportBefore);
    const { matches } = await scanDatabase(["Bruno Lefèvre", "bruno.lefevre@example.fr", "3 quai Saint-Vincent"]);
    expect(matches).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^User\.name/),
        expect.stringMatching(/^OrderAddress\.line1/),
        expect.stringMatching(/^EmailOutbox\.to/),
      ]),
    );
    // The shared organization keeps its other member and forgets the invitation sent to Camille.
    const shared = await db.organization.findFirstOrThrow({ include: { members: true, invitations: true } });
    expect(shared.members.map((m) => m.userId)).toEqual([otherId]);
    expect(shared.invitations).toEqual([]);
  });
});
