"use server";
// An owner invites a member by e-mail (P27). inviteMember (lib/accounts/registration.ts) checks that the
// signed-in user owns THAT organization: the organization id in the form is only a choice, not a right.
import { revalidatePath } from "next/cache";
import { formLocale, formText } from "@/lib/forms";
import { inviteMember } from "@/lib/accounts/registration";
import { memberInvitationSchema } from "@/lib/accounts/schemas";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { hit, RATE_LIMITS } from "@/lib/security/rate-limit";

export type InviteState = {
  attempt?: number;
  email?: string;
  /** the address just invited */
  sent?: string;
  /** "Registration.errors" keys, or "limited" */
  error?: "forbidden" | "alreadyMember" | "email" | "limited";
};

export async function inviteMemberAction(previous: InviteState, form: FormData): Promise<InviteState> {
  const locale = formLocale(form);
  const user = await requireUser(locale);
  const attempt = (previous.attempt ?? 0) + 1;
  const email = formText(form, "email", 254);
  const parsed = memberInvitationSchema.safeParse({ organizationId: formText(form, "organizationId", 100), email });
  if (!parsed.success) {
    const organizationMissing = parsed.error.issues.some((issue) => issue.path[0] === "organizationId");
    return { attempt, email, error: organizationMissing ? "forbidden" : "email" };
  }
  const now = new Date();
  // Each invitation e-mails a stranger: a member cannot turn the shop into a mailer.
  if (!(await hit(db, `invite:account:${user.id}`, RATE_LIMITS.invitationsPerAccount, now)).allowed) {
    return { attempt, email, error: "limited" };
  }
  const result = await inviteMember(db, parsed.data.organizationId, user.id, parsed.data.email, getEnv().SITE_URL, now);
  if (result.status !== "sent") {
    return { attempt, email, error: result.status === "invalidEmail" ? "email" : result.status };
  }
  revalidatePath(`/${locale}/account/organization`);
  return { attempt, sent: parsed.data.email };
}
