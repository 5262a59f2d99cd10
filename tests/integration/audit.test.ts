// The audit log of the back office (P9): only admins write and read it; an entry keeps who, what, when and a
// few allow-listed key fields, never a field named like a password, token, secret, card or IBAN; the page's
// filters come from the URL and a bad value is no filter; recording a legal disclosure writes its entry in the
// same transaction (P24); the daily purge keeps a year (P15).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  AUDIT_ACTIONS,
  AUDIT_FIELDS,
  AUDIT_PAGE_SIZE,
  AUDIT_TARGET_TYPES,
  AuditSecretError,
  isSecretKey,
  listAuditActors,
  listAuditEntries,
  parseAuditParams,
  recordAudit,
  type AuditRecord,
} from "@/lib/admin/audit";
import { recordLegalDisclosure } from "@/lib/admin/legal-disclosures";
import type { Db } from "@/lib/db/client";
import { applyRetention, RETENTION_DAYS } from "@/lib/privacy/retention";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-12-01T10:00:00Z");
const DAY = 86_400_000;
let admin: { id: string; role: "admin" };
let otherAdmin: { id: string; role: "admin" };
let customer: { id: string; role: "customer" };

const disclosure: AuditRecord = {
  action: "legalDisclosure.record",
  target: { type: "legalDisclosure", id: "disclosure-1" },
  after: { authority: "DGFiP", legalBasis: "LPF art. L81", disclosedOn: "2026-11-28" },
};

/** Records through a transaction, as every admin write does. */
const record = (viewer: Parameters<typeof recordAudit>[1], entry: AuditRecord) =>
  db.$transaction((tx) => recordAudit(tx, viewer, entry));

/** The page's parameters as the URL would give them. */
const params = (query: Record<string, string> = {}) => parseAuditParams(query);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  const user = (email: string, name: string, role: "admin" | "customer") =>
    db.user.create({ data: { email, name, role, emailVerified: now }, select: { id: true } });
  admin = { id: (await user("admin@plusuite.test", "Alex Admin", "admin")).id, role: "admin" };
  otherAdmin = { id: (await user("other@plusuite.test", "Sam Second", "admin")).id, role: "admin" };
  customer = { id: (await user("client@example.fr", "Camille Client", "customer")).id, role: "customer" };
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await db.auditEntry.deleteMany();
});

describe("P9: the audit log of the back office", () => {
  test("P9: a customer or a signed-out visitor can neither write nor read the audit log", async () => {
    for (const viewer of [null, customer]) {
      // Typed as an admin would be: the check at run time is what refuses.
      await expect(record(viewer as never, disclosure)).rejects.toMatchObject({ code: "forbidden" });
      await expect(listAuditEntries(db, viewer, params())).rejects.toMatchObject({ code: "forbidden" });
      await expect(listAuditActors(db, viewer)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await db.auditEntry.count()).toBe(0);
  });

  test("P9: an entry keeps who, what, when and only the allow-listed key fields of its target", async () => {
    await record(admin, {
      action: "legalDisclosure.record",
      target: { type: "legalDisclosure", id: "disclosure-2" },
      before: { authority: "Police", legalBasis: "CPP art. 60-1", disclosedOn: new Date("2026-11-20T00:00:00Z") },
      after: {
        authority: "Gendarmerie",
        legalBasis: "CPP art. 60-1",
        disclosedOn: "2026-11-21",
        // Not key fields of a disclosure: dropped, never stored.
        dataDisclosed: "Commande PS-2026-000042 : Camille Client, 12 rue des Lilas",
        email: "client@example.fr",
      },
      at: now,
    });
    const [row] = await db.auditEntry.findMany();
    expect(row).toMatchObject({
      at: now,
      actorId: admin.id,
      actorRole: "admin",
      action: "legalDisclosure.record",
      targetType: "legalDisclosure",
      targetId: "disclosure-2",
      before: { authority: "Police", legalBasis: "CPP art. 60-1", disclosedOn: "2026-11-20T00:00:00.000Z" },
      after: { authority: "Gendarmerie", legalBasis: "CPP art. 60-1", disclosedOn: "2026-11-21" },
    });
    expect(JSON.stringify(row)).not.toMatch(/Camille|Lilas|client@example\.fr/);
  });

  test("P9: a field named like a password, token, secret, card or IBAN is refused, and the write is undone", async () => {
    const secrets: Record<string, unknown>[] = [
      { password: "hunter2" },
      { passwordHash: "scrypt$…" },
      { resetToken: "abc" },
      { webhook_secret: "whsec_x" },
      { apiKey: "sk_live_x" },
      { cardNumber: "4242424242424242" },
      { card: { last4: "4242" } },
      { IBAN: "FR7630006000011234567890189" },
      { cvc: "123" },
      { totpSecret: "JBSWY3DPEHPK3PXP" },
      { recoveryCodes: ["a", "b"] },
      // Nested and in arrays too.
      { payment: { details: [{ iban: "FR76…" }] } },
    ];
    for (const fields of secrets) {
      for (const side of ["before", "after"] as const) {
        const attempt = db.$transaction(async (tx) => {
          await tx.legalDisclosure.create({
            data: { authority: "X", legalBasis: "Y", dataDisclosed: "Z", disclosedOn: now },
          });
          await recordAudit(tx, admin, { ...disclosure, [side]: { authority: "DGFiP", ...fields } });
        });
        await expect(attempt, JSON.stringify(fields)).rejects.toBeInstanceOf(AuditSecretError);
      }
    }
    expect(await db.auditEntry.count()).toBe(0);
    expect(await db.legalDisclosure.count()).toBe(0);
    // Ordinary field names, even ones that contain a short secret word inside another, pass.
    for (const key of ["footprint", "shippingCents", "discardedAt", "pinned", "status", "disclosedOn", "spanish"]) {
      expect(isSecretKey(key), key).toBe(false);
    }
  });

  test("P9: no target type's allow-list holds a field named like a secret, and every code has its label in fr and en", () => {
    for (const [type, fields] of Object.entries(AUDIT_FIELDS)) {
      for (const field of fields) expect(isSecretKey(field), `${type}.${field}`).toBe(false);
    }
    for (const messages of [fr, en]) {
      const labels = messages.AdminAudit as { actions: Record<string, Record<string, string>>; targetTypes: object };
      for (const code of AUDIT_ACTIONS) {
        const [type, verb] = code.split(".") as [string, string];
        expect(labels.actions[type]?.[verb], code).toEqual(expect.any(String));
      }
      expect(Object.keys(labels.targetTypes).sort()).toEqual([...AUDIT_TARGET_TYPES].sort());
    }
  });

  test("P9: the log filters by actor, action, target and days of the shop's calendar, newest first", async () => {
    // 23:30 UTC on 30 November is already 1 December in Paris.
    const lateNovember30 = new Date("2026-11-30T23:30:00Z");
    const november30 = new Date("2026-11-30T12:00:00Z");
    const a = await record(admin, { ...disclosure, target: { type: "legalDisclosure", id: "a" }, at: november30 });
    const b = await record(otherAdmin, {
      ...disclosure,
      target: { type: "legalDisclosure", id: "b" },
      at: lateNovember30,
    });
    const c = await record(admin, { ...disclosure, target: { type: "legalDisclosure", id: "c" }, at: now });
    const ids = async (query: Record<string, string>) =>
      (await listAuditEntries(db, admin, params(query))).entries.map((entry) => entry.id);

    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ dir: "asc" })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ actor: otherAdmin.id })).toEqual([b.id]);
    expect(await ids({ actor: customer.id })).toEqual([]);
    expect(await ids({ action: "legalDisclosure.record", targetType: "legalDisclosure", targetId: "c" })).toEqual([
      c.id,
    ]);
    expect(await ids({ targetType: "product" })).toEqual([]);
    expect(await ids({ from: "2026-12-01", to: "2026-12-01" })).toEqual([c.id, b.id]);
    expect(await ids({ to: "2026-11-30" })).toEqual([a.id]);
    expect(await ids({ from: "2026-11-30", to: "2026-11-30" })).toEqual([a.id]);

    const { entries } = await listAuditEntries(db, admin, params({ targetId: "b" }));
    expect(entries[0]).toMatchObject({
      actor: { id: otherAdmin.id, name: "Sam Second" },
      targetType: "legalDisclosure",
    });
    expect((await listAuditActors(db, admin)).map((actor) => actor.email)).toEqual([
      "admin@plusuite.test",
      "other@plusuite.test",
    ]);
  });

  test(`P9: the log shows ${AUDIT_PAGE_SIZE} entries a page; a page past the end shows the last one`, async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) {
      await record(admin, {
        ...disclosure,
        target: { type: "legalDisclosure", id: `p${i}` },
        at: new Date(now.getTime() + i * 1000),
      });
    }
    const first = await listAuditEntries(db, admin, params());
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 3, page: 1 });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.entries[0]?.targetId).toBe(`p${AUDIT_PAGE_SIZE + 2}`);
    const second = await listAuditEntries(db, admin, params({ page: "2" }));
    expect(second.entries.map((entry) => entry.targetId)).toEqual(["p2", "p1", "p0"]);
    expect((await listAuditEntries(db, admin, params({ page: "9" }))).page).toBe(2);
  });

  test("P9: a malformed filter in the URL is no filter, never an error", () => {
    const parsed = parseAuditParams({
      actor: "x' OR 1=1 --",
      action: "user.delete",
      targetType: ["product", "order"],
      targetId: "   ",
      from: "2026-02-31",
      to: "yesterday",
      page: "-3",
      dir: "sideways",
    });
    expect(parsed.filters).toEqual({
      actor: undefined,
      action: undefined,
      targetType: "product",
      targetId: undefined,
      from: undefined,
      to: undefined,
    });
    expect(parsed).toMatchObject({ page: 1, sort: "at", direction: "desc" });
  });

  test("P9: an entry stays when its admin's account is deleted, with no one named", async () => {
    const gone = await db.user.create({ data: { email: "former@plusuite.test", role: "admin" } });
    const { id } = await record({ id: gone.id, role: "admin" }, disclosure);
    await db.user.delete({ where: { id: gone.id } });
    expect(await db.auditEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      actorId: null,
      actorRole: "admin",
    });
    const { entries } = await listAuditEntries(db, admin, params());
    expect(entries.find((entry) => entry.id === id)).toMatchObject({ actor: null, action: "legalDisclosure.record" });
  });

  test("P15, P9: the daily purge deletes entries older than a year and keeps younger ones", async () => {
    const old = await record(admin, {
      ...disclosure,
      at: new Date(now.getTime() - (RETENTION_DAYS.auditLogAfterRecorded + 1) * DAY),
    });
    const kept = await record(admin, {
      ...disclosure,
      at: new Date(now.getTime() - (RETENTION_DAYS.auditLogAfterRecorded - 1) * DAY),
    });
    expect(RETENTION_DAYS.auditLogAfterRecorded).toBe(365);
    expect((await applyRetention(db, now)).auditEntries).toBe(1);
    const left = (await db.auditEntry.findMany({ select: { id: true } })).map((entry) => entry.id);
    expect(left).toEqual([kept.id]);
    expect(left).not.toContain(old.id);
  });
});

describe("P24: recording a legal disclosure is audit-logged", () => {
  const courtOrder = {
    authority: "Tribunal judiciaire de Lyon",
    legalBasis: "Réquisition judiciaire, art. 60-1 du Code de procédure pénale",
    dataDisclosed: "Commande PS-2026-000042 : nom, adresse de livraison",
    disclosedOn: "2026-11-28",
  };

  test("P24, P9: each disclosure recorded writes its audit entry: who, when, which authority and basis, not the data", async () => {
    const entry = await recordLegalDisclosure(db, admin, courtOrder, now);
    const rows = await db.auditEntry.findMany();
    expect(rows).toEqual([
      expect.objectContaining({
        at: now,
        actorId: admin.id,
        action: "legalDisclosure.record",
        targetType: "legalDisclosure",
        targetId: entry.id,
        before: null,
        after: { authority: courtOrder.authority, legalBasis: courtOrder.legalBasis, disclosedOn: "2026-11-28" },
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain("PS-2026-000042");
  });

  test("P24: when the audit entry cannot be written, the disclosure is not recorded either", async () => {
    const before = await db.legalDisclosure.count();
    // The audit table refuses every row for the length of this test.
    await db.$executeRawUnsafe(
      `CREATE FUNCTION audit_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log down'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER audit_test_refuse BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION audit_test_refuse()`,
    );
    try {
      await expect(recordLegalDisclosure(db, admin, courtOrder, now)).rejects.toThrow(/audit log down/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER audit_test_refuse ON "AuditEntry"`);
      await db.$executeRawUnsafe(`DROP FUNCTION audit_test_refuse()`);
    }
    expect(await db.legalDisclosure.count()).toBe(before);
    expect(await db.auditEntry.count()).toBe(0);
  });
});
