"use server";
// "Mot de passe oublié" (P12, P13): the same confirmation whatever the address, a reset e-mail only for an
// existing account (lib/accounts/passwords.ts), requests rate-limited per address and per client.
import { requestPasswordReset } from "@/lib/accounts/passwords";
import { passwordResetRequestSchema } from "@/lib/accounts/schemas";
import { defineAction } from "@/lib/actions/define";
import { limitEmailRequest } from "@/lib/auth/sign-in-link";
import { getEnv } from "@/lib/env";

export const requestPasswordResetAction = defineAction({
  access: "public",
  schema: passwordResetRequestSchema,
  handler: async ({ email }, { db, now, ipKey }) => {
    const env = getEnv();
    await limitEmailRequest(db, "passwordReset", { email, ipKey }, env.COOKIE_SECRET, now);
    await requestPasswordReset(db, email, env.SITE_URL, now);
    return { sent: true } as const;
  },
});
