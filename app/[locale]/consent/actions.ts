"use server";
// The visitor's cookie choice from the banner (P17): logged as proof, then kept in the first-party cookie
// that the banner and the consent gates read in the browser.
import { cookies } from "next/headers";
import { defineAction } from "@/lib/actions/define";
import { CONSENT_COOKIE } from "@/lib/consent/cookie";
import { consentChoiceSchema, consentCookieOptions, recordConsent } from "@/lib/consent/record";
import { getEnv } from "@/lib/env";
import { isHttps } from "@/lib/security/csp";
import { RATE_LIMITS } from "@/lib/security/rate-limit";

export const saveConsentAction = defineAction({
  access: "public",
  schema: consentChoiceSchema,
  input: "object",
  rateLimit: { rule: RATE_LIMITS.consentPerIp, key: ({ ipKey }) => `consent:ip:${ipKey}` },
  handler: async (input, { db, now }) => {
    const store = await cookies();
    const { choice, cookie } = await recordConsent(
      db,
      { ...input, currentCookie: store.get(CONSENT_COOKIE)?.value },
      now,
    );
    store.set(CONSENT_COOKIE, cookie, consentCookieOptions(choice, now, isHttps(getEnv())));
    return { audience: choice.audience, social: choice.social, chat: choice.chat };
  },
});
