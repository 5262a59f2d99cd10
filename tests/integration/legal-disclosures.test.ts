// The register of legal disclosures (P24): only an admin records or reads it; each entry says to whom, on
// which basis, what and when, and who recorded it; it follows its retention line (P15).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  legalDisclosureSchema,
  listLegalDisclosures,
  recordLegalDisclosure,
  type LegalDisclosureInput,
} from "@/lib/admin/legal-disclosures";
import type { Db } from "@/lib/db/client";
import { applyRetention, RETENTION_DAYS } from "@/lib/privacy/retention";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
// 23:30 in Paris on 1 December, already 2 December: the shop's calendar decides what "today" is.
const now = new Date("2026-12-01T23:30:00Z");
let admin: { id: string; role: "admin" };
let customer: { id: string; role: "customer" };

const courtOrder: LegalDisclosureInput = {
  authority: "Tribunal judiciaire de Lyon",
  legalBasis: "Réquisition judiciaire, art. 60-1 du Code de procédure pénale",
  dataDisclosed: "Commande PS-2026-000042 : nom, adresse de livraison, date et montant",
  disclosedOn: "2026-11-28",
};

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  const user = (email: string, role: "admin" | "customer") =>
    db.user.create({ data: { email, name: "Alex Admin", role, emailVerified: now }, select: { id: true } });
  admin = { id: (await user("admin@plusuite.test", "admin")).id, role: "admin" };
  customer = { id: (await user("client@example.fr", "customer")).id, role: "customer" };
});
afterAll(() => testDb.close());

describe("P24: the register of legal disclosures", () => {
  test("P24: a customer or a signed-out visitor can neither record nor read the register", async () => {
    for (const viewer of [null, customer]) {
      await expect(recordLegalDisclosure(db, viewer, courtOrder, now)).rejects.toMatchObject({ code: "forbidden" });
      await expect(listLegalDisclosures(db, viewer)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await db.legalDisclosure.count()).toBe(0);
  });

  test("P24: an admin records a disclosure: to whom, on which basis, what, when and by whom; the register lists it", async () => {
    const entry = await recordLegalDisclosure(db, admin, courtOrder, now);
    expect(entry).toMatchObject({
      ...courtOrder,
      recordedBy: { name: "Alex Admin", email: "admin@plusuite.test" },
      createdAt: now,
    });
    const later = await recordLegalDisclosure(
      db,
      admin,
      {
        ...courtOrder,
        authority: "DGFiP",
        legalBasis: "Livre des procédures fiscales, art. L81",
        disclosedOn: "2026-12-02",
      },
      now,
    );
    const { entries, total } = await listLegalDisclosures(db, admin);
    expect(total).toBe(2);
    // Most recent disclosure first.
    expect(entries.map((e) => [e.id, e.authority, e.disclosedOn])).toEqual([
      [later.id, "DGFiP", "2026-12-02"],
      [entry.id, "Tribunal judiciaire de Lyon", "2026-11-28"],
    ]);
  });

  test("P24: a disclosure dated after today (on the shop's calendar) is refused on its date field", async () => {
    const before = await db.legalDisclosure.count();
    await expect(
      recordLegalDisclosure(db, admin, { ...courtOrder, disclosedOn: "2026-12-03" }, now),
    ).rejects.toMatchObject({ code: "dateInFuture", field: "disclosedOn" });
    expect(await db.legalDisclosure.count()).toBe(before);
  });

  test("P24: the form's input is checked field by field, with the codes the form translates", () => {
    const errors = (input: Record<string, string>) => {
      const result = legalDisclosureSchema.safeParse(input);
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(errors({ ...courtOrder })).toEqual({});
    expect(errors({ authority: "  ", legalBasis: "", dataDisclosed: "x".repeat(2_001), disclosedOn: "" })).toEqual({
      authority: "required",
      legalBasis: "required",
      dataDisclosed: "tooLong",
      disclosedOn: "required",
    });
    for (const day of ["2026-02-31", "28/11/2026", "2026-13-01"]) {
      expect(errors({ ...courtOrder, disclosedOn: day }), day).toEqual({ disclosedOn: "invalid" });
    }
  });

  test("P24: the entry stays when the admin who recorded it is deleted, with no one named", async () => {
    const gone = await db.user.create({ data: { email: "former-admin@plusuite.test", role: "admin" } });
    const entry = await recordLegalDisclosure(db, { id: gone.id, role: "admin" }, courtOrder, now);
    await db.user.delete({ where: { id: gone.id } });
    const { entries } = await listLegalDisclosures(db, admin);
    expect(entries.find((e) => e.id === entry.id)).toMatchObject({ authority: courtOrder.authority, recordedBy: null });
  });

  test("P15, P24: the daily purge deletes an entry 5 years after its disclosure, and keeps a younger one", async () => {
    await db.legalDisclosure.deleteMany();
    const day = (offsetDays: number) => new Date(now.getTime() - offsetDays * 86_400_000).toISOString().slice(0, 10);
    const old = await recordLegalDisclosure(
      db,
      admin,
      { ...courtOrder, disclosedOn: day(RETENTION_DAYS.legalDisclosureAfterDisclosure + 2) },
      now,
    );
    const kept = await recordLegalDisclosure(
      db,
      admin,
      { ...courtOrder, disclosedOn: day(RETENTION_DAYS.legalDisclosureAfterDisclosure - 2) },
      now,
    );
    expect(RETENTION_DAYS.legalDisclosureAfterDisclosure).toBeGreaterThanOrEqual(5 * 365 + 1);
    expect((await applyRetention(db, now)).legalDisclosures).toBe(1);
    const left = (await db.legalDisclosure.findMany({ select: { id: true } })).map((e) => e.id);
    expect(left).toEqual([kept.id]);
    expect(left).not.toContain(old.id);
  });
});
