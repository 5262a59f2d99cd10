// Changing the account's e-mail address (P13: re-verified). The address changes only when the link sent to
// the NEW address is followed; the OLD address is then told, so that the owner learns of a takeover.
// The request answers "sent" whether or not the new address has an account (no account enumeration, P12):
// an address that has one gets a notice instead of a link. Every request is counted per account.
import { verifyPassword } from "@/lib/auth/password";
import { normalizeEmail } from "@/lib/address/email";
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import {
  renderEmailChangeAttempt,
  renderEmailChangeConfirmation,
  renderEmailChangedNotice,
} from "@/lib/email/templates/accounts";
import { DomainError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { hit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { readShopContact } from "@/lib/settings/shop-contact";
import { accountLocale, sendTokenLink } from "./links";
import { consumeToken, newRawToken, voidPendingLinks, type TokenFailure } from "./tokens";

export type EmailChangeRequestResult =
  { status: "sent" } | { status: "wrongPassword" | "emailUnchanged" | "invalidEmail" };

/**
 * Sends the confirmation link to the new address. The current password is required so that a stolen
 * session alone cannot move the account to another mailbox (wrong passwords are limited in ./profile);
 * each request e-mails an address typed, so every one counts (RATE_LIMITS.emailChangePerAccount).
 */
export async function requestEmailChange(
  db: Db,
  userId: string,
  input: { newEmail: string; currentPassword: string },
  siteUrl: string,
  now: Date,
): Promise<EmailChangeRequestResult> {
  const limit = await hit(db, `email-change:account:${userId}`, RATE_LIMITS.emailChangePerAccount, now);
  if (!limit.allowed) throw new DomainError("limited", { retryAfterSeconds: limit.retryAfterSeconds });
  const newEmail = normalizeEmail(input.newEmail);
  if (!newEmail) return { status: "invalidEmail" };
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) return { status: "wrongPassword" };
  if (newEmail === user.email) return { status: "emailUnchanged" };
  const holder = await db.user.findUnique({ where: { email: newEmail } });
  if (holder) {
    // Told, not linked: the holder learns that someone typed their address; the requester learns nothing.
    const locale = accountLocale(holder);
    const shopEmail = (await readShopContact(db)).email;
    const rendered = await renderEmailChangeAttempt({ locale, name: holder.name, shopEmail });
    await enqueueEmail(db, {
      key: `email-change-attempt:${newRawToken()}`,
      template: "email-change-attempt",
      locale,
      to: holder.email,
      nextAttemptAt: now,
      ...rendered,
    });
    return { status: "sent" };
  }
  // Sent to the NEW address: following the link proves that the customer receives mail there.
  await db.$transaction((tx) =>
    sendTokenLink(
      tx,
      user,
      {
        purpose: "changeEmail",
        page: "confirmEmailChange",
        template: "change-email",
        to: newEmail,
        newEmail,
        render: (email) => renderEmailChangeConfirmation({ ...email, newEmail }),
      },
      siteUrl,
      now,
    ),
  );
  return { status: "sent" };
}

export type EmailChangeResult =
  { status: "ok"; userId: string; email: string } | TokenFailure | { status: "emailTaken" };

/** Switches the address, marks it verified, and tells the OLD address (the owner learns of a takeover). */
export async function confirmEmailChange(db: Db, rawToken: string, now: Date): Promise<EmailChangeResult> {
  try {
    return await db.$transaction(async (tx): Promise<EmailChangeResult> => {
      const consumed = await consumeToken(tx, rawToken, "changeEmail", now);
      if (consumed.status !== "ok") return consumed;
      if (!consumed.newEmail) return { status: "invalid" };
      const newEmail = consumed.newEmail;
      // Someone may have signed up with the address since the request.
      if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } })) {
        return { status: "emailTaken" };
      }
      const before = await tx.user.findUniqueOrThrow({ where: { id: consumed.userId } });
      await tx.user.update({ where: { id: before.id }, data: { email: newEmail, emailVerified: now } });
      // Links sent to the old address (verification, password reset, sign-in) or for another new one are
      // void now: the old mailbox no longer opens the account.
      await voidPendingLinks(tx, before, ["verifyEmail", "changeEmail", "resetPassword"], now);
      const locale = accountLocale(before);
      const shopEmail = (await readShopContact(tx)).email;
      const rendered = await renderEmailChangedNotice({ locale, name: before.name, newEmail, shopEmail });
      await enqueueEmail(tx, {
        key: `email-changed:${consumed.tokenId}`,
        template: "email-changed",
        locale,
        to: before.email,
        nextAttemptAt: now,
        ...rendered,
      });
      return { status: "ok", userId: before.id, email: newEmail };
    });
  } catch (error) {
    // The unique index decides between this change and a sign-up with the same address at the same moment.
    if (isUniqueViolation(error)) return { status: "emailTaken" };
    throw error;
  }
}
