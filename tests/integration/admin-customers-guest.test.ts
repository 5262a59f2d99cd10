// P14 for people who never had an account, found by their e-mail address: their guest orders, newsletter
// subscriptions and contact messages, exported or erased at their request. Orders stay as invoices, anonymised
// as the retention job does; the audit log names the address only by a keyed hash (P9).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { eraseGuest, exportGuestData, findGuestRecords, holdsGuestData } from "@/lib/admin/customer-guest";
import { guestTargetId } from "@/lib/admin/customer-target";
import { seedCatalogue } from "@/lib/catalogue/seed";
import { submitContactMessage } from "@/lib/contact/messages";
import type { Db } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { payDemoOrder } from "@/lib/payments/demo";
import { quoteIdent } from "@/lib/privacy/personal-data";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, demoConfig } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-12-03T10:00:00Z");
const SECRET = "test-cookie-secret-for-guest-erasure-000";
const context = { now, secret: SECRET };
const GUEST = { name: "Gaëlle Noir", email: "gaelle.noir@example.fr", line1: "7 impasse des Mésanges" };
const NEEDLES = [GUEST.name, GUEST.email, GUEST.line1];
let admin: { id: string; role: "admin" };
let paidOrderId: string;
let pendingOrderId: string;
let neighbourOrderId: string;

async function guestOrder(email: string, name: string, line1: string, pay: boolean) {
  const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 1 }]);
  const input = checkoutInput({
    email,
    shipping: { name, line1, postalCode: "35000", city: "Rennes", country: "FR", phone: "06 11 22 33 44" },
  });
  const placed = await placeOrder(db, { config: demoConfig, now }, { cartId, locale: "fr", input });
  if (!placed.ok) throw new Error(placed.reason);
  if (pay) expect(await payDemoOrder(db, demoConfig, placed.order.id, now)).toBe("paid");
  return placed.order.id;
}

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  admin = { id: (await db.user.create({ data: { email: "admin@plusuite.test", role: "admin" } })).id, role: "admin" };
  // Typed with capitals at checkout: the same person.
  paidOrderId = await guestOrder("Gaelle.Noir@example.fr", GUEST.name, GUEST.line1, true);
  pendingOrderId = await guestOrder(GUEST.email, GUEST.name, GUEST.line1, false);
  neighbourOrderId = await guestOrder("voisin@example.fr", "Paul Voisin", "9 impasse des Mésanges", true);
  await db.newsletterSubscription.create({
    data: { email: GUEST.email, list: "promotions", locale: "fr", status: "confirmed", confirmedAt: now },
  });
  await submitContactMessage(
    db,
    {
      kind: "privacyDeletion",
      name: GUEST.name,
      email: GUEST.email,
      subject: "Effacement de mes données",
      message: `Bonjour, je suis ${GUEST.name}, merci d'effacer mes données.`,
      locale: "fr",
    },
    now,
    SECRET,
  );
  // A business customer invited them to their organization; they have no account to accept it with yet.
  const organization = await db.organization.create({
    data: { name: "Atelier Voisin", country: "FR", vatNumber: "FR40303265045" },
  });
  await db.organizationInvitation.create({
    data: {
      organizationId: organization.id,
      email: "GAELLE.NOIR@example.fr",
      tokenHash: "invitation-token-hash-of-the-guest",
      expiresAt: new Date(now.getTime() + 7 * 86_400_000),
      createdAt: now,
    },
  });
  await db.user.create({ data: { email: "compte@example.fr", emailVerified: now } });
  await guestOrder("compte@example.fr", "Avec Compte", "1 rue du Compte", true);
}, 60_000);
afterAll(() => testDb.close());

/** Where the needles still appear, in every text column of every table (read from the catalogue). */
async function scan(needles: string[]): Promise<string[]> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT c.table_name::text AS table_name, c.column_name::text AS column_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`;
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    for (const needle of needles) {
      const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${quoteIdent(table_name)} WHERE strpos(lower(${quoteIdent(column_name)}::text), lower($1)) > 0`,
        needle,
      );
      if (row && row.n > 0) found.push(`${table_name}.${column_name} ∋ ${needle}`);
    }
  }
  return found;
}

describe("P14: guests found by e-mail", () => {
  test("P14: only an admin looks up, exports or erases a guest", async () => {
    for (const viewer of [null, { id: "someone", role: "customer" as const }]) {
      await expect(findGuestRecords(db, viewer, GUEST.email)).rejects.toMatchObject({ code: "forbidden" });
      await expect(exportGuestData(db, viewer as never, GUEST.email, context)).rejects.toMatchObject({
        code: "forbidden",
      });
      const erase = { email: GUEST.email, confirmation: GUEST.email };
      await expect(eraseGuest(db, viewer as never, erase, context)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  test("P14: the lookup finds the address's guest orders, subscriptions and messages; an account's address is sent to its profile", async () => {
    const records = await findGuestRecords(db, admin, GUEST.email);
    expect(records.accountId).toBeNull();
    expect(records.orders.map((o) => o.id).sort()).toEqual([paidOrderId, pendingOrderId].sort());
    expect(records.subscriptions).toEqual([expect.objectContaining({ list: "promotions", status: "confirmed" })]);
    expect(records.contactMessages).toEqual([expect.objectContaining({ kind: "privacyDeletion" })]);
    expect(records.invitations).toEqual([expect.objectContaining({ acceptedAt: null })]);
    expect(holdsGuestData(records)).toBe(true);
    expect(holdsGuestData(await findGuestRecords(db, admin, "inconnu@example.fr"))).toBe(false);
    expect((await findGuestRecords(db, admin, "compte@example.fr")).accountId).toEqual(expect.any(String));
    await expect(exportGuestData(db, admin, "compte@example.fr", context)).rejects.toMatchObject({
      code: "accountExists",
    });
    const refused = eraseGuest(db, admin, { email: "compte@example.fr", confirmation: "compte@example.fr" }, context);
    await expect(refused).rejects.toMatchObject({ code: "accountExists" });
  });

  test("P14: the guest's export holds their orders, subscriptions, messages and e-mails; the audit keeps a keyed hash", async () => {
    const data = await exportGuestData(db, admin, GUEST.email, context);
    expect(data.orders).toHaveLength(2);
    expect(JSON.stringify(data.orders)).toContain(GUEST.line1);
    expect(data.newsletterSubscriptions).toEqual([
      expect.not.objectContaining({ confirmTokenHash: expect.anything() }),
    ]);
    expect(data.contactMessages).toEqual([expect.objectContaining({ name: GUEST.name })]);
    expect(data.organizationInvitations).toEqual([
      expect.objectContaining({ organization: { name: "Atelier Voisin" }, acceptedAt: null }),
    ]);
    expect(JSON.stringify(data)).not.toContain("invitation-token-hash");
    // The order confirmation, the acknowledgement and the team's copy of the message.
    expect(data.emails.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(data)).not.toContain("Paul Voisin");

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "customer.export" } });
    expect(entry).toMatchObject({ targetType: "customer", targetId: guestTargetId(GUEST.email, SECRET) });
    expect(entry.targetId).toBe(guestTargetId(" GAELLE.noir@example.fr", SECRET));
    expect(entry.targetId).not.toBe(guestTargetId(GUEST.email, "another-secret-another-secret-00"));
    expect(JSON.stringify(entry)).not.toMatch(/gaelle|noir/i);
    await expect(exportGuestData(db, admin, "inconnu@example.fr", context)).rejects.toMatchObject({ code: "notFound" });
  });

  test("P14: erasing a guest needs the address typed; then nothing in the database names them, invoices stay", async () => {
    const typo = { email: GUEST.email, confirmation: "gaelle.noire@example.fr" };
    await expect(eraseGuest(db, admin, typo, context)).rejects.toMatchObject({
      code: "confirmationMismatch",
      field: "confirmation",
    });
    expect((await scan(NEEDLES)).length).toBeGreaterThan(3);
    const paidBefore = await db.order.findUniqueOrThrow({ where: { id: paidOrderId }, include: { lines: true } });

    const { erasedRows } = await eraseGuest(db, admin, { email: GUEST.email, confirmation: GUEST.email }, context);
    expect(erasedRows).toBeGreaterThan(5);
    expect(await scan(NEEDLES)).toEqual([]);
    const paid = await db.order.findUniqueOrThrow({ where: { id: paidOrderId }, include: { lines: true } });
    expect(paid).toMatchObject({
      status: "paid",
      totalCents: paidBefore.totalCents,
      email: `deleted-${paidOrderId}@invalid`,
      phone: null,
    });
    expect(paid.lines).toEqual(paidBefore.lines);
    expect((await db.order.findUniqueOrThrow({ where: { id: pendingOrderId } })).status).toBe("cancelled");
    expect(await db.newsletterSubscription.count({ where: { email: GUEST.email } })).toBe(0);
    expect(await db.contactMessage.count()).toBe(0);
    // P14: as "delete my account" does, the invitations addressed to them go; the organization stays.
    expect(await db.organizationInvitation.count()).toBe(0);
    expect(await db.organization.count({ where: { name: "Atelier Voisin" } })).toBe(1);
    // The neighbour is untouched.
    expect((await db.order.findUniqueOrThrow({ where: { id: neighbourOrderId } })).email).toBe("voisin@example.fr");

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "customer.erase" } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      targetId: guestTargetId(GUEST.email, SECRET),
      before: { kind: "guest" },
      after: { erasedRows },
    });
    // Nothing left to erase: told so, not audited twice.
    const again = eraseGuest(db, admin, { email: GUEST.email, confirmation: GUEST.email }, context);
    await expect(again).rejects.toMatchObject({ code: "notFound" });
    expect(await db.auditEntry.count({ where: { action: "customer.erase" } })).toBe(1);
  });
});
