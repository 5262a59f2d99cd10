// Accounts: sign-up as a person (P26) or for an organization (P27), e-mail verification, password reset
// and change, e-mail change re-verified on the new address (P13), organization invitations. Plain
// functions of (db, …, now): callers validate forms with ./schemas first, and turn statuses into
// localized messages ("Registration.errors.<status>").
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { emailSchema } from "@/lib/checkout/address";
import type { Db, Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import type { RenderedEmail } from "@/lib/email/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import {
  renderEmailChangeConfirmation,
  renderEmailChangedNotice,
  renderOrganizationInvitation,
  renderPasswordReset,
  renderVerifyEmail,
} from "./emails";
import type { IndividualSignUp, OrganizationSignUp } from "./schemas";
import {
  consumeToken,
  hashToken,
  issueToken,
  newRawToken,
  peekToken,
  TOKEN_LIFETIME_HOURS,
  type TokenFailure,
} from "./tokens";

export const INVITATION_DAYS = 7;

/** Pages the e-mailed links open (app/[locale]/…). */
export const ACCOUNT_PATHS = {
  verifyEmail: "verify-email",
  resetPassword: "reset-password",
  confirmEmailChange: "confirm-email-change",
  acceptInvitation: "accept-invitation",
} as const;

function accountLink(siteUrl: string, locale: Locale, page: keyof typeof ACCOUNT_PATHS, token: string): string {
  return `${siteUrl.replace(/\/+$/, "")}/${locale}/${ACCOUNT_PATHS[page]}?token=${encodeURIComponent(token)}`;
}

const localeOf = (user: { locale: string }): Locale => (isLocale(user.locale) ? user.locale : "fr");

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Lowercased and trimmed like the forms do, so that a caller skipping the schema cannot create "A@x.fr". */
function normalizeEmail(email: string): string | null {
  const parsed = emailSchema.safeParse(email);
  return parsed.success ? parsed.data : null;
}

// ─────────────────────────── Sign-up and verification ───────────────────────────

export type SignUpResult =
  | { status: "created"; userId: string; organizationId: string | null }
  /** The caller shows the same neutral message as for a success: the form must not reveal who has an account. */
  | { status: "emailTaken" };

type NewUser = { id: string; email: string; name: string | null; locale: string };

type TokenLink = {
  purpose: "verifyEmail" | "resetPassword" | "changeEmail";
  page: keyof typeof ACCOUNT_PATHS;
  template: string;
  to: string;
  newEmail?: string;
  render: (email: { locale: Locale; name: string | null; url: string; hours: number }) => Promise<RenderedEmail>;
};

/**
 * Issues a single-use token and e-mails its link (through the outbox) in the user's language: one e-mail
 * per token, its outbox key names the token. Give it a transaction, so that neither exists without the other.
 */
async function sendTokenLink(
  tx: Db | Tx,
  user: { id: string; name: string | null; locale: string },
  link: TokenLink,
  siteUrl: string,
  now: Date,
): Promise<void> {
  const extra = link.newEmail ? { newEmail: link.newEmail } : undefined;
  const { token, tokenId } = await issueToken(tx, user.id, link.purpose, now, extra);
  const locale = localeOf(user);
  const rendered = await link.render({
    locale,
    name: user.name,
    url: accountLink(siteUrl, locale, link.page, token),
    hours: TOKEN_LIFETIME_HOURS[link.purpose],
  });
  await enqueueEmail(tx, {
    key: `${link.template}:${tokenId}`,
    template: link.template,
    locale,
    to: link.to,
    nextAttemptAt: now,
    ...rendered,
  });
}

function sendVerificationEmail(tx: Db | Tx, user: NewUser, siteUrl: string, now: Date): Promise<void> {
  const link: TokenLink = {
    purpose: "verifyEmail",
    page: "verifyEmail",
    template: "verify-email",
    to: user.email,
    render: renderVerifyEmail,
  };
  return sendTokenLink(tx, user, link, siteUrl, now);
}

async function register(
  db: Db,
  input: IndividualSignUp,
  organization: Omit<OrganizationSignUp, keyof IndividualSignUp> | null,
  siteUrl: string,
  now: Date,
): Promise<SignUpResult> {
  const email = normalizeEmail(input.email);
  if (!email) throw new Error("registerIndividual/registerOrganization expect input parsed by ./schemas");
  // Hashed before looking the address up, so that a taken address answers no faster than a free one.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
        return { status: "emailTaken" } as const;
      const user = await tx.user.create({
        data: {
          email,
          name: input.name,
          locale: input.locale,
          passwordHash,
          createdAt: now,
          lastActiveAt: now,
          // P27: the organization is the account holder; the person is its first member, an owner, and
          // attestedAt records when they warranted their authority to bind it.
          ...(organization && {
            memberships: {
              create: {
                role: "owner",
                jobTitle: organization.jobTitle,
                attestedAt: now,
                createdAt: now,
                organization: {
                  create: {
                    name: organization.organizationName,
                    country: organization.country,
                    vatNumber: organization.vatNumber,
                    createdAt: now,
                  },
                },
              },
            },
          }),
        },
        select: { id: true, email: true, name: true, locale: true, memberships: { select: { organizationId: true } } },
      });
      await sendVerificationEmail(tx, user, siteUrl, now);
      return {
        status: "created",
        userId: user.id,
        organizationId: user.memberships[0]?.organizationId ?? null,
      } as const;
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides, the loser is "taken".
    if (isUniqueViolation(error)) return { status: "emailTaken" };
    throw error;
  }
}

/** P26: the person signing up is the account holder. The account stays unverified until the link is followed. */
export function registerIndividual(db: Db, input: IndividualSignUp, siteUrl: string, now: Date) {
  return register(db, input, null, siteUrl, now);
}

/** P27: creates the organization (account holder) and the person as its owner-member, in one transaction. */
export function registerOrganization(db: Db, input: OrganizationSignUp, siteUrl: string, now: Date) {
  if (input.attestAuthority !== true) throw new Error("P27: an organization sign-up needs the authority attestation");
  const { organizationName, country, vatNumber, jobTitle } = input;
  return register(db, input, { organizationName, country, vatNumber, jobTitle, attestAuthority: true }, siteUrl, now);
}

export type TokenResult = { status: "ok"; userId: string } | TokenFailure;

export async function verifyEmail(db: Db, rawToken: string, now: Date): Promise<TokenResult> {
  return db.$transaction(async (tx) => {
    const consumed = await consumeToken(tx, rawToken, "verifyEmail", now);
    if (consumed.status !== "ok") return consumed;
    await tx.user.update({ where: { id: consumed.userId }, data: { emailVerified: now } });
    return { status: "ok", userId: consumed.userId };
  });
}

/** "Send the link again" from the sign-in page or My account; earlier links stop working. */
export async function resendVerificationEmail(
  db: Db,
  userId: string,
  siteUrl: string,
  now: Date,
): Promise<{ status: "sent" | "alreadyVerified" }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.emailVerified) return { status: "alreadyVerified" };
  await db.$transaction((tx) => sendVerificationEmail(tx, user, siteUrl, now));
  return { status: "sent" };
}

// ─────────────────────────── Passwords ───────────────────────────

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
    const link: TokenLink = {
      purpose: "resetPassword",
      page: "resetPassword",
      template: "reset-password",
      to: user.email,
      render: renderPasswordReset,
    };
    await db.$transaction((tx) => sendTokenLink(tx, user, link, siteUrl, now));
  }
  return { status: "requested" };
}

export type PasswordResetResult = TokenResult | { status: "passwordIsEmail" };

/** Sets the new password and signs the account out everywhere: whoever knew the old one is locked out. */
export async function resetPassword(
  db: Db,
  rawToken: string,
  newPassword: string,
  now: Date,
): Promise<PasswordResetResult> {
  // The link is checked before the (deliberately slow) hash, so that dead links cost no CPU.
  const peeked = await peekToken(db, rawToken, "resetPassword", now);
  if (peeked.status !== "ok") return peeked;
  const user = await db.user.findUniqueOrThrow({ where: { id: peeked.userId } });
  if (newPassword.trim().toLowerCase() === user.email) return { status: "passwordIsEmail" };
  const passwordHash = await hashPassword(newPassword);
  const result = await db.$transaction(async (tx): Promise<TokenResult> => {
    const consumed = await consumeToken(tx, rawToken, "resetPassword", now);
    if (consumed.status !== "ok") return consumed;
    // The link reached this address, which proves it as well as a verification link would.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, emailVerified: user.emailVerified ?? now },
    });
    return { status: "ok", userId: user.id };
  });
  // revokeAllSessions takes a Db, not a transaction: run right after the commit.
  if (result.status === "ok") await revokeAllSessions(db, user.id, now);
  return result;
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
  if (newPassword.trim().toLowerCase() === user.email) return { status: "passwordIsEmail" };
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
  return { status: "ok", revokedSessions: await revokeAllSessions(db, userId, now, keepSessionId) };
}

// ─────────────────────────── E-mail change (P13: re-verified) ───────────────────────────

export type EmailChangeRequestResult =
  { status: "sent" } | { status: "wrongPassword" | "emailUnchanged" | "emailTaken" | "invalidEmail" };

/**
 * The address changes only when the link sent to the NEW address is followed. The current password is
 * required so that a stolen session alone cannot move the account to another mailbox.
 */
export async function requestEmailChange(
  db: Db,
  userId: string,
  input: { newEmail: string; currentPassword: string },
  siteUrl: string,
  now: Date,
): Promise<EmailChangeRequestResult> {
  const newEmail = normalizeEmail(input.newEmail);
  if (!newEmail) return { status: "invalidEmail" };
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) return { status: "wrongPassword" };
  if (newEmail === user.email) return { status: "emailUnchanged" };
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) return { status: "emailTaken" };
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
      // Links sent to the old address (verification) or for another new one are void now.
      await tx.authToken.updateMany({
        where: { userId: before.id, purpose: { in: ["verifyEmail", "changeEmail"] }, usedAt: null },
        data: { usedAt: now },
      });
      const locale = localeOf(before);
      const rendered = await renderEmailChangedNotice({ locale, name: before.name, newEmail });
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
    if (isUniqueViolation(error)) return { status: "emailTaken" };
    throw error;
  }
}

// ─────────────────────────── Organization invitations (P27) ───────────────────────────

export type InvitationResult =
  { status: "sent"; invitationId: string } | { status: "forbidden" | "invalidEmail" | "alreadyMember" };

/** Only an owner may invite (the role is part of the query). A new invitation replaces a pending one. */
export async function inviteMember(
  db: Db,
  organizationId: string,
  invitedById: string,
  email: string,
  siteUrl: string,
  now: Date,
): Promise<InvitationResult> {
  const owner = await db.organizationMember.findFirst({
    where: { organizationId, userId: invitedById, role: "owner" },
    select: { organization: { select: { name: true } }, user: { select: { name: true, email: true, locale: true } } },
  });
  if (!owner) return { status: "forbidden" };
  const invitee = normalizeEmail(email);
  if (!invitee) return { status: "invalidEmail" };
  if (await db.organizationMember.findFirst({ where: { organizationId, user: { email: invitee } } })) {
    return { status: "alreadyMember" };
  }
  const token = newRawToken();
  const invitationId = await db.$transaction(async (tx) => {
    await tx.organizationInvitation.deleteMany({ where: { organizationId, email: invitee, acceptedAt: null } });
    const invitation = await tx.organizationInvitation.create({
      data: {
        organizationId,
        email: invitee,
        tokenHash: hashToken(token),
        invitedById,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        createdAt: now,
      },
      select: { id: true },
    });
    // The invitee has no known language yet: the inviter's is the best guess (colleagues usually share one).
    const locale = localeOf(owner.user);
    const rendered = await renderOrganizationInvitation({
      locale,
      url: accountLink(siteUrl, locale, "acceptInvitation", token),
      days: INVITATION_DAYS,
      organizationName: owner.organization.name,
      inviterName: owner.user.name ?? owner.user.email,
    });
    await enqueueEmail(tx, {
      key: `organization-invitation:${invitation.id}`,
      template: "organization-invitation",
      locale,
      to: invitee,
      nextAttemptAt: now,
      ...rendered,
    });
    return invitation.id;
  });
  return { status: "sent", invitationId };
}

export type AcceptInvitationResult =
  { status: "ok"; organizationId: string } | TokenFailure | { status: "wrongAccount" };

/**
 * The signed-in user joins as a member. Their account's address must be the invited one: a forwarded
 * link must not let someone else into the organization.
 */
export async function acceptInvitation(
  db: Db,
  rawToken: string,
  userId: string,
  now: Date,
): Promise<AcceptInvitationResult> {
  const invitation = await db.organizationInvitation.findUnique({ where: { tokenHash: hashToken(rawToken) } });
  if (!invitation) return { status: "invalid" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.email !== invitation.email) return { status: "wrongAccount" };
  return db.$transaction(async (tx): Promise<AcceptInvitationResult> => {
    const { count } = await tx.organizationInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count !== 1) return { status: "used" };
    await tx.organizationMember.upsert({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId } },
      create: { organizationId: invitation.organizationId, userId, role: "member", createdAt: now },
      update: {},
    });
    // The link reached the invited address, which is the account's: it is verified by the same token.
    if (!user.emailVerified) await tx.user.update({ where: { id: userId }, data: { emailVerified: now } });
    return { status: "ok", organizationId: invitation.organizationId };
  });
}
