// Who holds the account (P26, P27), as the overview of Mon compte shows it: the person who signed up, or the
// organization they signed up for (or joined by invitation) with its members. The only input is the viewer's
// own id: a customer can only ever read the holder of their own account.
import type { Db } from "@/lib/db/client";
import type { MemberRole } from "@/lib/generated/prisma/client";

export type HolderMember = {
  userId: string;
  name: string | null;
  email: string;
  role: MemberRole;
  joinedAt: Date;
  isViewer: boolean;
};

export type AccountHolder =
  | { kind: "person"; name: string | null; email: string; since: Date }
  | {
      kind: "organization";
      organizationId: string;
      organizationName: string;
      vatNumber: string;
      country: string;
      viewerRole: MemberRole;
      /** P27: when, and by which member, the authority to bind the organization was attested (null if that member left). */
      attestation: { at: Date; byName: string | null; byViewer: boolean } | null;
      members: HolderMember[];
      since: Date;
    };

/**
 * The holder of the viewer's account. An account that belongs to an organization is held by it (P27); with
 * several memberships, the earliest one is the account's holder (the others show on the organization page).
 * Members' addresses are shown to every member, as on the organization page (lib/accounts/organizations.ts).
 */
export async function accountHolderOf(db: Db, userId: string): Promise<AccountHolder> {
  // An undefined id would match every row in a Prisma `where`: refuse it outright.
  if (!userId) throw new Error("accountHolderOf needs the signed-in user's id");
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      createdAt: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        take: 1,
        select: {
          role: true,
          organization: {
            select: {
              id: true,
              name: true,
              vatNumber: true,
              country: true,
              createdAt: true,
              members: {
                orderBy: { createdAt: "asc" },
                select: {
                  role: true,
                  attestedAt: true,
                  createdAt: true,
                  user: { select: { id: true, name: true, email: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const membership = user.memberships[0];
  if (!membership) return { kind: "person", name: user.name, email: user.email, since: user.createdAt };

  const { organization } = membership;
  const attesting = organization.members.find((member) => member.attestedAt !== null);
  return {
    kind: "organization",
    organizationId: organization.id,
    organizationName: organization.name,
    vatNumber: organization.vatNumber,
    country: organization.country,
    viewerRole: membership.role,
    attestation: attesting?.attestedAt
      ? { at: attesting.attestedAt, byName: attesting.user.name, byViewer: attesting.user.id === userId }
      : null,
    members: organization.members.map((member) => ({
      userId: member.user.id,
      name: member.user.name,
      email: member.user.email,
      role: member.role,
      joinedAt: member.createdAt,
      isViewer: member.user.id === userId,
    })),
    since: organization.createdAt,
  };
}
