// Sign-up as a person (P26) or for an organization (P27), and the verification of the address: the link
// e-mailed at sign-up, sent again on request, and followed (the password typed at sign-up is pending until
// then: lib/auth/pending-password.ts). Plain functions of (db, …, now): callers validate forms with ./schemas
// first, and turn statuses into localized messages.
import { findUserIdByEmail } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { markFirstVerification, provesPendingPassword, type BrowserProof } from "@/lib/auth/pending-password";
import { normalizeEmail } from "@/lib/address/email";
import type { Db, Tx } from "@/lib/db/client";
import { renderVerifyEmail } from "@/lib/email/templates/accounts";
import { isUniqueViolation } from "@/lib/db/errors";
import { hit, RATE_LIMITS } from "@/lib/security/rate-limit";
import { sendTokenLink } from "./links";
import type { IndividualSignUp, OrganizationSignUp } from "./schemas";
import { setPasswordByLink } from "./passwords";
import { consumeToken, peekToken, type TokenFailure } from "./tokens";

export type SignUpResult =
  | { status: "created"; userId: string; organizationId: string | null }
  /** The caller shows the same neutral message as for a success: the form must not reveal who has an account. */
  | { status: "emailTaken" };

type NewUser = { id: string; email: string; name: string | null; locale: string };

function sendVerificationEmail(tx: Db | Tx, user: NewUser, siteUrl: string, now: Date): Promise<void> {
  return sendTokenLink(
    tx,
    user,
    {
      purpose: "verifyEmail",
      page: "verifyEmail",
      template: "verify-email",
      to: user.email,
      render: renderVerifyEmail,
    },
    siteUrl,
    now,
  );
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

export type VerifyEmailResult =
  | { status: "ok"; userId: string }
  /** the password was chosen in another browser: nothing is used yet, the person here chooses one */
  | { status: "choosePassword"; userId: string }
  | TokenFailure;

/**
 * The verification link, opened. A password chosen before the address was verified is kept only when the
 * link is opened in the browser that chose it (`browser`, lib/auth/pending-password.ts); anywhere else the
 * link waits for a new password (verifyEmailWithNewPassword): someone else may have signed up with this
 * address. A mail scanner opening the link uses nothing either.
 */
export async function verifyEmail(
  db: Db,
  rawToken: string,
  now: Date,
  browser?: BrowserProof,
): Promise<VerifyEmailResult> {
  const link = await peekToken(db, rawToken, "verifyEmail", now);
  if (link.status !== "ok") return link;
  const user = await db.user.findUniqueOrThrow({
    where: { id: link.userId },
    select: { emailVerified: true, passwordHash: true },
  });
  const pendingElsewhere = !user.emailVerified && user.passwordHash && !provesPendingPassword(browser, link.userId);
  if (pendingElsewhere) return { status: "choosePassword", userId: link.userId };
  return db.$transaction(async (tx) => {
    const consumed = await consumeToken(tx, rawToken, "verifyEmail", now);
    if (consumed.status !== "ok") return consumed;
    await markFirstVerification(tx, consumed.userId, now);
    return { status: "ok", userId: consumed.userId };
  });
}

/** The verification link opened away from the sign-up's browser: the password typed here replaces the pending one. */
export function verifyEmailWithNewPassword(db: Db, rawToken: string, newPassword: string, now: Date) {
  return setPasswordByLink(db, rawToken, "verifyEmail", newPassword, now);
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

/**
 * The right password on an unverified account (the sign-in form tells the customer so): a new link, at most
 * RATE_LIMITS.emailLinkPerAccount per window, so that signing in again and again does not flood the mailbox.
 * Returns the account, whose pending password this browser has just proved it knows.
 */
export async function resendVerificationOnSignIn(
  db: Db,
  email: string,
  siteUrl: string,
  now: Date,
): Promise<{ userId: string } | null> {
  const userId = await findUserIdByEmail(db, email);
  if (!userId) return null;
  const limit = await hit(db, `email-link:${userId}`, RATE_LIMITS.emailLinkPerAccount, now);
  if (limit.allowed) await resendVerificationEmail(db, userId, siteUrl, now);
  return { userId };
}
