// Invitations to join an organization (P27): an owner invites an address, the link e-mailed to it shows what
// it offers, and the invited person accepts it, signed in with that address or by creating the account.
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { emailSchema, normalizeEmail } from "@/lib/address/email";
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderOrganizationInvitation } from "@/lib/email/templates/accounts";
import { DomainError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { accountLink, accountLocale } from "./links";
import { passwordIsTheEmail } from "./passwords";
import type { InvitationSignUp } from "./schemas";
import { hashToken, newRawToken, tokenRefusal, type TokenFailure } from "./tokens";

export const INVITATION_DAYS = 7;

/**
 * An owner's invitation form. The organization id comes from the page: only a choice, checked against the
 * owner by inviteMember; one that cannot be an id is refused the same way ("forbidden").
 */
export const memberInvitationSchema = z.object({
  organizationId: z.string().trim().min(1, "forbidden").max(40, "forbidden"),
  email: emailSchema,
});

/**
 * Only an owner may invite (the role is part of the query). A new invitation replaces a pending one.
 * Refusals are DomainErrors: "forbidden" (not an owner of it), "email" and "alreadyMember" (on the address).
 */
export async function inviteMember(
  db: Db,
  organizationId: string,
  invitedById: string,
  email: string,
  siteUrl: string,
  now: Date,
): Promise<{ invitationId: string; email: string }> {
  const owner = await db.organizationMember.findFirst({
    where: { organizationId, userId: invitedById, role: "owner" },
    select: { organization: { select: { name: true } }, user: { select: { name: true, email: true, locale: true } } },
  });
  if (!owner) throw new DomainError("forbidden");
  const invitee = normalizeEmail(email);
  if (!invitee) throw new DomainError("email", { field: "email" });
  if (await db.organizationMember.findFirst({ where: { organizationId, user: { email: invitee } } })) {
    throw new DomainError("alreadyMember", { field: "email" });
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
    const locale = accountLocale(owner.user);
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
      // The link lets anyone join the organization: not kept once sent (P12).
      scrubBodyAfterSend: true,
    });
    return invitation.id;
  });
  return { invitationId, email: invitee };
}

/** The invitation a link carries, if it can still be accepted. */
async function pendingInvitation(db: Db, rawToken: string, now: Date) {
  const invitation = await db.organizationInvitation.findUnique({
    where: { tokenHash: hashToken(rawToken) },
    include: { organization: { select: { name: true } } },
  });
  if (!invitation) return { status: "invalid" } as const;
  if (invitation.acceptedAt) return { status: "used" } as const;
  if (invitation.expiresAt <= now) return { status: "expired" } as const;
  return { status: "ok", invitation } as const;
}

export type InvitationPreview =
  | {
      status: "ok";
      organizationName: string;
      email: string;
      inviterName: string | null;
      /** the invited address already has an account: sign in to accept, instead of creating one */
      accountExists: boolean;
    }
  | TokenFailure;

/** What an invitation link offers, without using it. */
export async function peekInvitation(db: Db, rawToken: string, now: Date): Promise<InvitationPreview> {
  const pending = await pendingInvitation(db, rawToken, now);
  if (pending.status !== "ok") return pending;
  const { invitation } = pending;
  const [inviter, account] = await Promise.all([
    invitation.invitedById
      ? db.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true, email: true } })
      : null,
    db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
  ]);
  return {
    status: "ok",
    organizationName: invitation.organization.name,
    email: invitation.email,
    inviterName: inviter ? (inviter.name ?? inviter.email) : null,
    accountExists: account !== null,
  };
}

/**
 * The signed-in user joins as a member. Their account's address must be the invited one: a forwarded
 * link must not let someone else into the organization. Refuses a link that cannot be used (field "token").
 */
export async function acceptInvitation(
  db: Db,
  rawToken: string,
  userId: string,
  now: Date,
): Promise<{ organizationId: string }> {
  const pending = await pendingInvitation(db, rawToken, now);
  if (pending.status !== "ok") throw tokenRefusal(pending);
  const { invitation } = pending;
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.email !== invitation.email) throw new DomainError("wrongAccount");
  return db.$transaction(async (tx) => {
    const { count } = await tx.organizationInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count !== 1) throw tokenRefusal({ status: "used" });
    await tx.organizationMember.upsert({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId } },
      create: { organizationId: invitation.organizationId, userId, role: "member", createdAt: now },
      update: {},
    });
    // The link reached the invited address, which is the account's: it is verified by the same token.
    if (!user.emailVerified) await tx.user.update({ where: { id: userId }, data: { emailVerified: now } });
    return { organizationId: invitation.organizationId };
  });
}

/**
 * An invited person without an account creates one from the invitation (P27): the address is the invited
 * one, and it counts as verified because the link reached it. The invitation is used in the same
 * transaction, so that one link cannot create two accounts. Refuses a link that cannot be used (field
 * "token"), an address that has an account already (sign in to accept) and the address as the password.
 */
export async function joinWithNewAccount(
  db: Db,
  input: InvitationSignUp,
  now: Date,
): Promise<{ userId: string; email: string; organizationId: string }> {
  const pending = await pendingInvitation(db, input.token, now);
  if (pending.status !== "ok") throw tokenRefusal(pending);
  const { invitation } = pending;
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
    throw new DomainError("accountExists");
  }
  if (passwordIsTheEmail(input.password, invitation.email)) {
    throw new DomainError("passwordIsEmail", { field: "password" });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.organizationInvitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (count !== 1) throw tokenRefusal({ status: "used" });
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          locale: input.locale,
          passwordHash,
          emailVerified: now,
          createdAt: now,
          lastActiveAt: now,
          memberships: { create: { organizationId: invitation.organizationId, role: "member", createdAt: now } },
        },
        select: { id: true, email: true },
      });
      return { userId: user.id, email: user.email, organizationId: invitation.organizationId };
    });
  } catch (error) {
    // Someone signed up with the address meanwhile: the unique index decides, and nothing was accepted.
    if (isUniqueViolation(error)) {
      throw new DomainError("accountExists");
    }
    throw error;
  }
}
