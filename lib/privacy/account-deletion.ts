// "Delete my account" as the customer asks for it (P14): the form ticked, the customer proves again
// that it is them (current password, rate-limited per account: a stolen session alone cannot destroy an
// account), then the account is erased (lib/privacy/erasure.ts) and a confirmation e-mail is enqueued in
// the same transaction, in the customer's language, to be forgotten once sent.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";
import { verifyPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { renderAccountDeletedEmail } from "@/lib/email/templates/privacy";
import { DomainError } from "@/lib/errors";
import { checkbox } from "@/lib/forms/fields";
import { isLocale } from "@/lib/i18n/routing";
import { hit, RATE_LIMITS, type RateLimitRule } from "@/lib/security/rate-limit";
import { readShopContact } from "@/lib/settings/shop-contact";
import { deleteAccount } from "./erasure";

/** The form: the current password and the ticked confirmation. Messages are error codes (lib/errors.ts). */
export const accountDeletionSchema = z.object({
  // Compared, never stored: not trimmed (a space is part of a password).
  password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "wrongPassword"),
  confirm: checkbox.pipe(z.literal(true, { error: "confirmRequired" })),
});
export type AccountDeletion = z.output<typeof accountDeletionSchema>;

/**
 * "deleted", or "notFound" when there was no such user any more (already deleted, e.g. from a second tab):
 * gone either way. Refusals are DomainErrors: "wrongPassword" (on the password input), "limited", and
 * "noPassword" for an account that signs in with links only (it must set a password first).
 */
export async function deleteOwnAccount(
  db: Db,
  userId: string,
  input: AccountDeletion,
  context: { now: Date; limit?: RateLimitRule },
): Promise<{ status: "deleted" | "notFound" }> {
  // Counted before the password is checked, so that guesses are limited whatever their outcome. The key
  // names the user id: erasure deletes rate-limit rows naming the user, so it does not outlive them.
  const limit = await hit(
    db,
    `delete-account:${userId}`,
    context.limit ?? RATE_LIMITS.deleteAccountPerAccount,
    context.now,
  );
  if (!limit.allowed) throw new DomainError("limited", { retryAfterSeconds: limit.retryAfterSeconds });

  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true, locale: true },
  });
  if (!user) return { status: "notFound" };
  if (!user.passwordHash) throw new DomainError("noPassword");
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    throw new DomainError("wrongPassword", { field: "password" });
  }

  // The customer's language is the one of their profile (the e-mails they receive are in it).
  const locale = isLocale(user.locale) ? user.locale : "fr";
  const shopEmail = (await readShopContact(db)).email;
  const email = await renderAccountDeletedEmail({ locale, deletedAt: context.now, shopEmail });
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
