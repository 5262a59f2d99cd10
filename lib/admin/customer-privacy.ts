// P14 from the back office: export a customer's data or erase their account when they ask (by e-mail, by the
// contact form). The same code as "Mes données" does the work (lib/privacy/export.ts, lib/privacy/erasure.ts,
// and the same goodbye e-mail as lib/privacy/account-deletion.ts); this module adds what an admin needs: the
// typed confirmation, the refusal to erase an admin, and the audit entry in the same transaction (P9).
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { renderAccountDeletedEmail } from "@/lib/email/templates/privacy";
import { DomainError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { deleteAccount, type ErasureReport } from "@/lib/privacy/erasure";
import { exportUserData, type UserDataExport } from "@/lib/privacy/export";
import { readShopContact } from "@/lib/settings/shop-contact";
import { assertAdmin } from "./access";
import { recordAudit, type AuditActor } from "./audit";

/** A large account's export reads many tables inside the audit's transaction: allow it time. */
const EXPORT_TRANSACTION = { maxWait: 15_000, timeout: 60_000 };

/** The admin types the customer's e-mail address to confirm: a slip of the mouse cannot erase anyone. */
export const confirmationField = z.string().trim().min(1, "required").max(254, "tooLong");

export const eraseCustomerSchema = z.object({
  id: z.string().trim().min(1, "notFound").max(100, "notFound"),
  confirmation: confirmationField,
});
export type EraseCustomerInput = z.output<typeof eraseCustomerSchema>;

/** Whether what was typed is the address (case and surrounding spaces aside). */
export function confirms(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase();
}

/** Rows the erasure changed, all tables together: what the audit keeps of its report (table names aside). */
export const erasedRows = (report: ErasureReport) => Object.values(report).reduce((sum, n) => sum + n, 0);

/**
 * The customer's data as "Mes données" gives it to them, for an admin answering an access request; null when
 * there is no such account. The export is recorded in the audit log (who exported whom, when).
 */
export async function exportCustomerData(
  db: Db,
  viewer: AuditActor,
  userId: string,
  now: Date,
): Promise<UserDataExport | null> {
  assertAdmin(viewer);
  if (!userId) return null;
  return db.$transaction(async (tx) => {
    const data = await exportUserData(tx, userId, now);
    if (!data) return null;
    await recordAudit(tx, viewer, {
      action: "customer.export",
      target: { type: "customer", id: userId },
      after: { kind: "account" },
      at: now,
    });
    return data;
  }, EXPORT_TRANSACTION);
}

/**
 * Erases a customer's account at their request, as "delete my account" does: same erasure, same goodbye
 * e-mail in their language (forgotten once sent). Refused for an admin account (an admin is removed from the
 * team first, never erased from a form) and for the acting admin; the confirmation must be the account's
 * address. "notFound" when the account is gone (another admin was quicker).
 */
export async function eraseCustomer(
  db: Db,
  viewer: AuditActor,
  input: EraseCustomerInput,
  now: Date,
): Promise<{ erasedRows: number }> {
  assertAdmin(viewer);
  const user = await db.user.findUnique({
    where: { id: input.id },
    select: { id: true, email: true, role: true, locale: true },
  });
  if (!user) throw new DomainError("notFound");
  if (user.role === "admin" || user.id === viewer.id) throw new DomainError("adminNotErasable");
  if (!confirms(input.confirmation, user.email)) {
    throw new DomainError("confirmationMismatch", { field: "confirmation" });
  }

  const locale = isLocale(user.locale) ? user.locale : "fr";
  const shopEmail = (await readShopContact(db)).email;
  const goodbye = await renderAccountDeletedEmail({ locale, deletedAt: now, shopEmail });
  const report = await deleteAccount(db, user.id, now, {
    confirmation: {
      // Random, not the user id: nothing in the outbox may tie this row to the erased account.
      key: `account-deleted:${randomUUID()}`,
      template: "account-deleted",
      locale,
      to: user.email,
      ...goodbye,
      scrubAfterSend: true,
    },
    // In the erasure's transaction: the entry exists exactly when the erasure does. No address in it.
    inTransaction: async (tx, erased) => {
      await recordAudit(tx, viewer, {
        action: "customer.erase",
        target: { type: "customer", id: user.id },
        before: { role: user.role, kind: "account" },
        after: { erasedRows: erasedRows(erased) },
        at: now,
      });
    },
  });
  if (!report.User) throw new DomainError("notFound");
  return { erasedRows: erasedRows(report) };
}
