"use server";
// Accepting an organization invitation (P27): as the signed-in invited account, or by creating the account
// from the invitation (the address is the invited one). lib/accounts/invitations.ts checks the link
// (unknown, expired, used) and that the account is the invited address.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { acceptInvitation, joinWithNewAccount } from "@/lib/accounts/invitations";
import { invitationAcceptSchema, invitationSignUpSchema } from "@/lib/accounts/schemas";
import { defineAction } from "@/lib/actions/define";
import { signIn } from "@/lib/auth/auth";

/** The signed-in invited person joins; signed out, they sign in and come back to the invitation. */
export const acceptInvitationAction = defineAction({
  access: "customer",
  schema: invitationAcceptSchema,
  returnTo: (typed, locale) => `/${locale}/accept-invitation?token=${encodeURIComponent(typed.token ?? "")}`,
  handler: async ({ token }, { db, user, locale, now }) => {
    await acceptInvitation(db, token, user.id, now);
    redirect(`/${locale}/account/organization`);
  },
});

/** The invited person has no account yet: it is created (verified by the link), joined, and signed in. */
export const joinWithNewAccountAction = defineAction({
  access: "public",
  schema: invitationSignUpSchema,
  handler: async (input, { db, locale, now }) => {
    const joined = await joinWithNewAccount(db, input, now);
    const organizationPage = `/${locale}/account/organization`;
    try {
      await signIn("credentials", { email: joined.email, password: input.password, redirect: false });
    } catch (error) {
      // e.g. too many sign-ins from this network: the account exists and has joined; signing in can wait.
      if (!(error instanceof AuthError)) throw error;
      redirect(`/${locale}/sign-in?returnTo=${encodeURIComponent(organizationPage)}`);
    }
    redirect(organizationPage);
  },
});
