"use server";
// The contact form (P3, P29): stored for the inbox and acknowledged by e-mail; rate-limited per address key.
import { defineAction } from "@/lib/actions/define";
import { submitContactMessage } from "@/lib/contact/messages";
import { contactFormSchema } from "@/lib/contact/schemas";
import { getEnv } from "@/lib/env";
import { RATE_LIMITS } from "@/lib/security/rate-limit";

export const sendContactMessageAction = defineAction({
  access: "public",
  schema: contactFormSchema,
  rateLimit: { rule: RATE_LIMITS.contactPerIp, key: ({ ipKey }) => `contact:ip:${ipKey}` },
  handler: async (input, { db, now, locale }) =>
    submitContactMessage(db, { ...input, locale }, now, getEnv().COOKIE_SECRET),
});
