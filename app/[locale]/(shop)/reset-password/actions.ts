"use server";
// The form behind the link of the password reset e-mail. resetPassword (lib/accounts/registration.ts)
// checks the link before hashing, uses it once, and signs the account out everywhere.
import { redirect } from "next/navigation";
import { formLocale, formText } from "@/lib/forms";
import { resetPassword } from "@/lib/accounts/registration";
import { passwordResetSchema } from "@/lib/accounts/schemas";
import { fieldErrors } from "@/lib/checkout/form";
import { db } from "@/lib/db";

export type ResetPasswordState = {
  attempt?: number;
  /** message keys of "Registration.errors" */
  fieldErrors?: Record<string, string>;
  /** the link cannot be used (any more): the page says why and how to get a new one */
  failure?: "expired" | "used" | "invalid";
};

const MESSAGES = new Set(["required", "passwordTooShort", "passwordTooLong", "passwordIsEmail", "tokenInvalid"]);

export async function resetPasswordAction(previous: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const locale = formLocale(form);
  const parsed = passwordResetSchema.safeParse({
    token: formText(form, "token", 200),
    password: formText(form, "password", 300),
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, MESSAGES);
    return errors.token ? { attempt, failure: "invalid" } : { attempt, fieldErrors: errors };
  }
  const result = await resetPassword(db, parsed.data.token, parsed.data.password, new Date());
  if (result.status === "passwordIsEmail") return { attempt, fieldErrors: { password: "passwordIsEmail" } };
  if (result.status !== "ok") return { attempt, failure: result.status };
  redirect(`/${locale}/sign-in?notice=passwordReset`);
}
