"use server";
// The verification link opened away from the browser that signed up (lib/auth/pending-password.ts, P12):
// the password chosen here replaces the one typed at sign-up, the address is verified, every session ends.
import { redirect } from "next/navigation";
import { passwordResetSchema } from "@/lib/accounts/schemas";
import { verifyEmailWithNewPassword } from "@/lib/accounts/sign-up";
import { defineAction } from "@/lib/actions/define";

export const verifyEmailWithPasswordAction = defineAction({
  access: "public",
  // The same fields as a password reset: the link's token and the new password.
  schema: passwordResetSchema,
  handler: async ({ token, password }, { db, locale, now }) => {
    await verifyEmailWithNewPassword(db, token, password, now);
    redirect(`/${locale}/sign-in?notice=addressVerified`);
  },
});
