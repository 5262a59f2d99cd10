"use server";
// An owner invites a member by e-mail (P27). inviteMember (lib/accounts/invitations.ts) checks that the
// signed-in user owns THAT organization: the organization id in the form is only a choice, not a right.
import { revalidatePath } from "next/cache";
import { inviteMember, memberInvitationSchema } from "@/lib/accounts/invitations";
import { defineAction } from "@/lib/actions/define";
import { getEnv } from "@/lib/env";
import { RATE_LIMITS } from "@/lib/security/rate-limit";

export const inviteMemberAction = defineAction({
  access: "customer",
  schema: memberInvitationSchema,
  // Each invitation e-mails a stranger: a member cannot turn the shop into a mailer.
  rateLimit: { rule: RATE_LIMITS.invitationsPerAccount, key: ({ user }) => `invite:account:${user.id}` },
  handler: async ({ organizationId, email }, { db, user, locale, now }) => {
    const sent = await inviteMember(db, organizationId, user.id, email, getEnv().SITE_URL, now);
    // The pending invitations listed on the page now include this one.
    revalidatePath(`/${locale}/account/organization`);
    return { sentTo: sent.email };
  },
});
