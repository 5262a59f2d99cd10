"use server";
// Sign-up (P26 individuals, P27 organizations). Whether the address already had an account is never
// revealed: both cases lead to the same "check your e-mail" page.
import { redirect } from "next/navigation";
import { registerIndividual, registerOrganization } from "@/lib/accounts/sign-up";
import { signUpFormSchema } from "@/lib/accounts/schemas";
import { defineAction } from "@/lib/actions/define";
import { getEnv } from "@/lib/env";
import { RATE_LIMITS } from "@/lib/security/rate-limit";

export const signUpAction = defineAction({
  access: "public",
  schema: signUpFormSchema,
  // Per client: each sign-up e-mails the address typed, whoever owns it.
  rateLimit: { rule: RATE_LIMITS.signUpPerIp, key: ({ ipKey }) => `signup:ip:${ipKey}` },
  handler: async (input, { db, locale, now }) => {
    const { SITE_URL } = getEnv();
    // "emailTaken" is not told: the address's owner may not be the person typing it.
    if (input.accountType === "organization") await registerOrganization(db, input, SITE_URL, now);
    else await registerIndividual(db, input, SITE_URL, now);
    redirect(`/${locale}/sign-up/check-email`);
  },
});
