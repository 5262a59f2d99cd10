"use server";
// Newsletter sign-up forms (P6): the footer's and, later, the checkout's. Always the same answer; the
// confirmation e-mail does the rest (lib/newsletter/subscriptions.ts). Limited per address and per client.
import { defineAction } from "@/lib/actions/define";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { confirmFormSchema, subscribeFormSchema } from "@/lib/newsletter/schemas";
import { confirmSubscription, limitSubscriptionRequest, requestSubscription } from "@/lib/newsletter/subscriptions";

export const subscribeToNewsletterAction = defineAction({
  access: "public",
  schema: subscribeFormSchema,
  handler: async ({ email, list }, { db, now, ipKey, locale }) => {
    const env = getEnv();
    await limitSubscriptionRequest(db, { email, ipKey }, env.COOKIE_SECRET, now);
    await requestSubscription(db, { email, list, locale }, now, env);
    return { sent: true } as const;
  },
});

/**
 * The button of the confirmation page (P6): the subscription starts when its owner presses it, not when the
 * link is opened (mail scanners open links). A used, forged or expired link is answered on the page.
 */
export const confirmNewsletterAction = defineAction({
  access: "public",
  schema: confirmFormSchema,
  handler: async ({ token }, { db, now }) => {
    const result = await confirmSubscription(db, token, now, getEnv());
    if (result.status !== "confirmed")
      throw new DomainError(result.status === "expired" ? "tokenExpired" : "tokenInvalid", { field: "token" });
    return result;
  },
});
