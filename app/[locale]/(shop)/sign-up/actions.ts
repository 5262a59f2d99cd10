"use server";
// Sign-up (P26 individuals, P27 organizations). Whether the address already had an account is never
// revealed: both cases lead to the same "check your e-mail" page, and both leave a cookie of the same kind.
import { redirect } from "next/navigation";
import { registerIndividual, registerOrganization } from "@/lib/accounts/sign-up";
import { signUpFormSchema } from "@/lib/accounts/schemas";
import { defineAction } from "@/lib/actions/define";
import { decoyPendingPasswordProof, pendingPasswordProof } from "@/lib/auth/pending-password";
import { writePendingPasswordProof } from "@/lib/auth/pending-password-cookie";
import { getEnv } from "@/lib/env";
import { RATE_LIMITS } from "@/lib/security/rate-limit";

export const signUpAction = defineAction({
  access: "public",
  schema: signUpFormSchema,
  // Per client: each sign-up e-mails the address typed, whoever owns it.
  rateLimit: { rule: RATE_LIMITS.signUpPerIp, key: ({ ipKey }) => `signup:ip:${ipKey}` },
  handler: async (input, { db, locale, now }) => {
    const { SITE_URL, COOKIE_SECRET } = getEnv();
    // "emailTaken" is not told: the address's owner may not be the person typing it.
    const result =
      input.accountType === "organization"
        ? await registerOrganization(db, input, SITE_URL, now)
        : await registerIndividual(db, input, SITE_URL, now);
    // This browser chose the password: the verification link opened here keeps it (lib/auth/pending-password.ts).
    await writePendingPasswordProof(
      result.status === "created" ? pendingPasswordProof(result.userId, COOKIE_SECRET) : decoyPendingPasswordProof(),
    );
    redirect(`/${locale}/sign-up/check-email`);
  },
});
