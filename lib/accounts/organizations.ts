// Organizations seen by their members (P27): the "Organisation" page of Mon compte. Invitations (sending,
// the page a link opens, accepting) are in ./invitations.
import type { Db } from "@/lib/db/client";

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
