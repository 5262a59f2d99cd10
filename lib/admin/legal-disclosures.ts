// P24: the register of legal disclosures. When the law obliges the shop to hand data over (a court order, a
// tax or police request), an admin records to whom, on which legal basis, what and when, so that every
// disclosure can be accounted for. Admins only, like every data function of lib/admin/. Each recording is also
// written to the audit log (lib/admin/audit.ts) in the same transaction: no entry without its audit line.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { shopDay } from "@/lib/jobs/shop-day";
import { assertAdmin, type Viewer } from "./access";
import { recordAudit } from "./audit";
import { LEGAL_DISCLOSURE_LIMITS } from "./legal-disclosure-limits";

/** The most recent disclosures shown on the register's page. */
export const LEGAL_DISCLOSURES_SHOWN = 200;

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** "YYYY-MM-DD" as a date input sends it, and a day that exists (no 31 February). */
const calendarDay = z.string().trim().min(1, "required").pipe(z.string().refine(isCalendarDay, "invalid"));

/** What the register's form posts. Field names are the form's input names. */
export const legalDisclosureSchema = z.object({
  authority: text(LEGAL_DISCLOSURE_LIMITS.authority),
  legalBasis: text(LEGAL_DISCLOSURE_LIMITS.legalBasis),
  dataDisclosed: text(LEGAL_DISCLOSURE_LIMITS.dataDisclosed),
  disclosedOn: calendarDay,
});

export type LegalDisclosureInput = z.output<typeof legalDisclosureSchema>;

export type LegalDisclosureEntry = {
  id: string;
  authority: string;
  legalBasis: string;
  dataDisclosed: string;
  /** "YYYY-MM-DD" */
  disclosedOn: string;
  /** the admin who recorded it, or null once that account is gone */
  recordedBy: { name: string | null; email: string } | null;
  createdAt: Date;
};

const ENTRY_SELECT = {
  id: true,
  authority: true,
  legalBasis: true,
  dataDisclosed: true,
  disclosedOn: true,
  createdAt: true,
  recordedBy: { select: { name: true, email: true } },
} as const;

type Row = { disclosedOn: Date } & Omit<LegalDisclosureEntry, "disclosedOn">;
const toEntry = ({ disclosedOn, ...row }: Row): LegalDisclosureEntry => ({
  ...row,
  disclosedOn: disclosedOn.toISOString().slice(0, 10),
});

/**
 * Records a disclosure already made. The day may be today or earlier (on the shop's calendar), never later:
 * the register lists what happened, not what is planned.
 */
export async function recordLegalDisclosure(
  db: Db,
  viewer: (NonNullable<Viewer> & { id: string }) | null,
  input: LegalDisclosureInput,
  now: Date,
): Promise<LegalDisclosureEntry> {
  assertAdmin(viewer);
  if (input.disclosedOn > shopDay(now)) throw new DomainError("dateInFuture", { field: "disclosedOn" });
  return db.$transaction(async (tx) => {
    const row = await tx.legalDisclosure.create({
      data: {
        authority: input.authority,
        legalBasis: input.legalBasis,
        dataDisclosed: input.dataDisclosed,
        disclosedOn: new Date(`${input.disclosedOn}T00:00:00Z`),
        recordedById: viewer.id,
        createdAt: now,
      },
      select: ENTRY_SELECT,
    });
    // What was disclosed stays in the register only: the audit line says who recorded what kind of entry.
    await recordAudit(tx, viewer, {
      action: "legalDisclosure.record",
      target: { type: "legalDisclosure", id: row.id },
      after: { authority: input.authority, legalBasis: input.legalBasis, disclosedOn: input.disclosedOn },
      at: now,
    });
    return toEntry(row);
  });
}

/** The register, most recent disclosure first, with the total count. */
export async function listLegalDisclosures(
  db: Db,
  viewer: Viewer,
): Promise<{ entries: LegalDisclosureEntry[]; total: number }> {
  assertAdmin(viewer);
  const [rows, total] = await Promise.all([
    db.legalDisclosure.findMany({
      orderBy: [{ disclosedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      take: LEGAL_DISCLOSURES_SHOWN,
      select: ENTRY_SELECT,
    }),
    db.legalDisclosure.count(),
  ]);
  return { entries: rows.map(toEntry), total };
}
