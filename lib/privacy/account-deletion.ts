// "Delete my account" as the customer asks for it (P14): the form is checked, the customer proves again
// that it is them (current password, rate-limited per account: a stolen session alone cannot destroy an
// account), then the account is erased (lib/privacy/erasure.ts) and a confirmation e-mail is enqueued in
// the same transaction, in the customer's language, to be forgotten once sent.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";
import { verifyPassword } from "@/lib/auth/password";
import { fieldErrors } from "@/lib/checkout/form";
import type { Db } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/routing";
import { hit, RATE_LIMITS, type RateLimitRule } from "@/lib/security/rate-limit";
import { renderAccountDeletedEmail } from "./emails";
import { deleteAccount } from "./erasure";

/** Error messages are message keys under "AccountPrivacy.errors". */
export const accountDeletionSchema = z.object({
  // Compared, never stored: not trimmed (a space is part of a password).
  password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "wrongPassword"),
  confirm: z.literal(true, { error: "confirmRequired" }),
});
const ERRORS = new Set(["required", "wrongPassword", "confirmRequired"]);

export type AccountDeletionResult =
  | { status: "deleted" }
  /** the form is incomplete: message keys by field */
  | { status: "invalid"; fieldErrors: Record<string, string> }
  | { status: "wrongPassword" }
  | { status: "limited"; retryAfterSeconds: number }
  /** an account without a password (sign-in links only): it must set one first */
  | { status: "noPassword" }
  /** no such user (already deleted, e.g. by a second tab) */
  | { status: "notFound" };

export async function deleteOwnAccount(
  db: Db,
  userId: string,
  input: { password: unknown; confirm: unknown },
  context: { now: Date; limit?: RateLimitRule },
): Promise<AccountDeletionResult> {
  const parsed = accountDeletionSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid", fieldErrors: fieldErrors(parsed.error, ERRORS) };

  // Counted before the password is checked, so that guesses are limited whatever their outcome. The key
  // names the user id: erasure deletes rate-limit rows naming the user, so it does not outlive them.
  const limit = await hit(
    db,
    `delete-account:${userId}`,
    context.limit ?? RATE_LIMITS.deleteAccountPerAccount,
    context.now,
  );
  if (!limit.allowed) return { status: "limited", retryAfterSeconds: limit.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true, locale: true },
  });
  if (!user) return { status: "notFound" };
  if (!user.passwordHash) return { status: "noPassword" };
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return { status: "wrongPassword" };

  // The customer's language is the one of their profile (the e-mails they receive are in it).
  const locale = isLocale(user.locale) ? user.locale : "fr";
  const email = await renderAccountDeletedEmail({ locale, deletedAt: context.now });
  const report = await deleteAccount(db, userId, context.now, {
    confirmation: {
      // Random, not the user id: nothing in the outbox may tie this row to the erased account.
      key: `account-deleted:${randomUUID()}`,
      template: "account-deleted",
      locale,
      to: user.email,
      ...email,
      scrubAfterSend: true,
    },
  });
  return report.User ? { status: "deleted" } : { status: "notFound" };
}
