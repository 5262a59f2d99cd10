// Passwords of accounts: forgotten (a reset link by e-mail) and changed from Mon compte. Either way every
// other session is signed out and pending reset and sign-in links stop working, so that whoever knew the
// old password is locked out. Rate limits are the callers' (forgot-password form: per address and IP, P12;
// Mon compte: ./profile).
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { normalizeEmail } from "@/lib/address/email";
import type { Db } from "@/lib/db/client";
import { renderPasswordReset } from "@/lib/email/templates/accounts";
import { DomainError } from "@/lib/errors";
import { sendTokenLink } from "./links";
import { consumeToken, peekToken, tokenRefusal, voidPendingLinks } from "./tokens";

/** The e-mail as a password is the first thing an attacker tries with a known address. */
export const passwordIsTheEmail = (password: string, email: string) => password.trim().toLowerCase() === email;

/**
 * Always answers the same, whether or not the address has an account (no account enumeration); only an
 * existing account gets an e-mail. The caller rate-limits by IP and address (P12).
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  siteUrl: string,
  now: Date,
): Promise<{ status: "requested" }> {
  const normalized = normalizeEmail(email);
  const user = normalized ? await db.user.findUnique({ where: { email: normalized } }) : null;
  if (user) {
    await db.$transaction((tx) =>
      sendTokenLink(
        tx,
        user,
        {
          purpose: "resetPassword",
          page: "resetPassword",
          template: "reset-password",
          to: user.email,
          render: renderPasswordReset,
        },
        siteUrl,
        now,
      ),
    );
  }
  return { status: "requested" };
}

/**
 * Sets the new password and signs the account out everywhere: whoever knew the old one is locked out.
 * Refuses a link that cannot be used (field "token") and the address as the password (field "password").
 */
export function resetPassword(db: Db, rawToken: string, newPassword: string, now: Date): Promise<{ userId: string }> {
  return setPasswordByLink(db, rawToken, "resetPassword", newPassword, now);
}

/**
 * The password chosen from an e-mailed link (a reset link, or a verification link followed away from the
 * browser that signed up: lib/auth/pending-password.ts): the link proves the mailbox, so the address is
 * verified too; every session ends and the account's other pending links stop working.
 */
export async function setPasswordByLink(
  db: Db,
  rawToken: string,
  purpose: "resetPassword" | "verifyEmail",
  newPassword: string,
  now: Date,
): Promise<{ userId: string }> {
  // The link is checked before the (deliberately slow) hash, so that dead links cost no CPU.
  const peeked = await peekToken(db, rawToken, purpose, now);
  if (peeked.status !== "ok") throw tokenRefusal(peeked);
  const user = await db.user.findUniqueOrThrow({ where: { id: peeked.userId } });
  if (passwordIsTheEmail(newPassword, user.email)) throw new DomainError("passwordIsEmail", { field: "password" });
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    const consumed = await consumeToken(tx, rawToken, purpose, now);
    if (consumed.status !== "ok") throw tokenRefusal(consumed);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailVerified: user.emailVerified ?? now } });
    await voidPendingLinks(tx, user, ["resetPassword", "verifyEmail"], now);
    await revokeAllSessions(tx, user.id, now);
  });
  return { userId: user.id };
}

export type PasswordChangeResult =
  { status: "ok"; revokedSessions: number } | { status: "wrongPassword" | "passwordIsEmail" };

/** From My account: needs the current password; every other browser is signed out, this one stays. */
export async function changePassword(
  db: Db,
  userId: string,
  currentPassword: string,
  newPassword: string,
  now: Date,
  keepSessionId?: string,
): Promise<PasswordChangeResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) return { status: "wrongPassword" };
  if (passwordIsTheEmail(newPassword, user.email)) return { status: "passwordIsEmail" };
  const passwordHash = await hashPassword(newPassword);
  const revokedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    // A reset or sign-in link asked for before the change would open the account without the new password.
    await voidPendingLinks(tx, user, ["resetPassword"], now);
    return revokeAllSessions(tx, userId, now, keepSessionId);
  });
  return { status: "ok", revokedSessions };
}
