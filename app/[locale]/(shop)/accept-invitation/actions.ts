"use server";
// Accepting an organization invitation (P27): as the signed-in invited account, or by creating the account
// from the invitation (the address is the invited one). lib/accounts/registration.ts and organizations.ts
// check the link (unknown, expired, used) and that the account is the invited address.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { formLocale, formText } from "@/lib/forms";
import { joinWithNewAccount } from "@/lib/accounts/organizations";
import { acceptInvitation } from "@/lib/accounts/registration";
import { invitationSignUpSchema } from "@/lib/accounts/schemas";
import { signIn } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/current-user";
import { fieldErrors } from "@/lib/checkout/form";
import { db } from "@/lib/db";

export type AcceptInvitationState = {
  attempt?: number;
  name?: string;
  /** message keys of "Registration.errors" */
  fieldErrors?: Record<string, string>;
  failure?: "expired" | "used" | "invalid" | "wrongAccount" | "accountExists";
};

const MESSAGES = new Set(["required", "tooLong", "passwordTooShort", "passwordTooLong", "passwordIsEmail"]);

/** The signed-in invited person joins. */
export async function acceptInvitationAction(
  previous: AcceptInvitationState,
  form: FormData,
): Promise<AcceptInvitationState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const locale = formLocale(form);
  const token = formText(form, "token", 200);
  const user = await requireUser(locale, `/${locale}/accept-invitation?token=${encodeURIComponent(token)}`);
  if (!token || token.length > 100) return { attempt, failure: "invalid" };
  const result = await acceptInvitation(db, token, user.id, new Date());
  if (result.status !== "ok") return { attempt, failure: result.status };
  redirect(`/${locale}/account/organization`);
}

/** The invited person has no account yet: it is created (verified by the link), joined, and signed in. */
export async function joinWithNewAccountAction(
  previous: AcceptInvitationState,
  form: FormData,
): Promise<AcceptInvitationState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const locale = formLocale(form);
  const name = formText(form, "name");
  const password = formText(form, "password");
  const parsed = invitationSignUpSchema.safeParse({ token: formText(form, "token", 200), name, password, locale });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, MESSAGES);
    return errors.token ? { attempt, failure: "invalid" } : { attempt, name, fieldErrors: errors };
  }
  const result = await joinWithNewAccount(db, parsed.data, new Date());
  if (result.status === "passwordIsEmail") return { attempt, name, fieldErrors: { password: "passwordIsEmail" } };
  if (result.status !== "ok") return { attempt, failure: result.status };
  try {
    await signIn("credentials", { email: result.email, password, redirect: false });
  } catch (error) {
    // e.g. too many sign-ins from this network: the account exists and has joined; signing in can wait.
    if (!(error instanceof AuthError)) throw error;
    redirect(`/${locale}/sign-in?returnTo=${encodeURIComponent(`/${locale}/account/organization`)}`);
  }
  redirect(`/${locale}/account/organization`);
}
