"use server";
// The form behind the link of the password reset e-mail. resetPassword (lib/accounts/passwords.ts)
// checks the link before hashing, uses it once, and signs the account out everywhere.
import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/accounts/passwords";
import { passwordResetSchema } from "@/lib/accounts/schemas";
import { defineAction } from "@/lib/actions/define";

export const resetPasswordAction = defineAction({
  access: "public",
  schema: passwordResetSchema,
  handler: async ({ token, password }, { db, locale, now }) => {
    await resetPassword(db, token, password, now);
    redirect(`/${locale}/sign-in?notice=passwordReset`);
  },
});
