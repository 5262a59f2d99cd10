// Organizations seen by their members (P27): the "Organisation" page of Mon compte, and the page an
// invitation link opens (who invites, to what, and whether the invited address already has an account).
// Sending and accepting invitations are in ./registration (inviteMember, acceptInvitation).
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvitationSignUp } from "./schemas";
import { hashToken, type TokenFailure } from "./tokens";

/** The organizations the user belongs to; pending invitations only for their owners. */
export async function organizationsOfMember(db: Db, userId: string, now: Date) {
  const memberships = await db.organizationMember.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      organization: {
        select: {
          id: true,
          name: true,
          country: true,
          vatNumber: true,
          members: {
            orderBy: { createdAt: "asc" },
            select: { role: true, user: { select: { id: true, name: true, email: true } } },
          },
          invitations: {
            where: { acceptedAt: null, expiresAt: { gt: now } },
            orderBy: { createdAt: "desc" },
            select: { id: true, email: true, expiresAt: true },
          },
        },
      },
    },
  });
  return memberships.map(({ role, organization }) => ({
    ...organization,
    isOwner: role === "owner",
    // Who has been invited is the owners' business (they invite); other members see the members only.
    invitations: role === "owner" ? organization.invitations : [],
  }));
}

export type OrganizationView = Awaited<ReturnType<typeof organizationsOfMember>>[number];

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
  const invitation = await db.organizationInvitation.findUnique({
    where: { tokenHash: hashToken(rawToken) },
    select: {
      email: true,
      acceptedAt: true,
      expiresAt: true,
      organization: { select: { name: true } },
      invitedById: true,
    },
  });
  if (!invitation) return { status: "invalid" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt <= now) return { status: "expired" };
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

export type InvitationSignUpResult =
  | { status: "ok"; userId: string; email: string; organizationId: string }
  | TokenFailure
  | { status: "accountExists" | "passwordIsEmail" };

/**
 * An invited person without an account creates one from the invitation (P27): the address is the invited
 * one, and it counts as verified because the link reached it. The invitation is used in the same
 * transaction, so that one link cannot create two accounts.
 */
export async function joinWithNewAccount(db: Db, input: InvitationSignUp, now: Date): Promise<InvitationSignUpResult> {
  const invitation = await db.organizationInvitation.findUnique({ where: { tokenHash: hashToken(input.token) } });
  if (!invitation) return { status: "invalid" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  if (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
    return { status: "accountExists" };
  }
  if (input.password.trim().toLowerCase() === invitation.email) return { status: "passwordIsEmail" };
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx): Promise<InvitationSignUpResult> => {
      const { count } = await tx.organizationInvitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
        data: { acceptedAt: now },
      });
      if (count !== 1) return { status: "used" };
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
      return { status: "ok", userId: user.id, email: user.email, organizationId: invitation.organizationId };
    });
  } catch (error) {
    // Someone signed up with the address meanwhile: the unique index decides, and nothing was accepted.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { status: "accountExists" };
    }
    throw error;
  }
}
