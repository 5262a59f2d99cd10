"use server";
// Newsletter sign-up forms (P6): the footer's and, later, the checkout's. Always the same answer; the
// confirmation e-mail does the rest (lib/newsletter/subscriptions.ts). Limited per address and per client.
import { defineAction } from "@/lib/actions/define";
import { getEnv } from "@/lib/env";
import { subscribeFormSchema } from "@/lib/newsletter/schemas";
import { limitSubscriptionRequest, requestSubscription } from "@/lib/newsletter/subscriptions";

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
