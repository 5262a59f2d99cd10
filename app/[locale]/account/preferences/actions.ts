"use server";
// Newsletter and promotions preferences (P6, P7, P13): switching on sends the double opt-in e-mail,
// switching off unsubscribes at once, and a list still waiting for its link can have it sent again
// (lib/accounts/preferences.ts). The only exports are the page's mutations.
import {
  preferencesFormSchema,
  resendConfirmation,
  resendConfirmationSchema,
  updatePreferences,
} from "@/lib/accounts/preferences";
import { defineAction } from "@/lib/actions/define";
import { getEnv } from "@/lib/env";

export const updatePreferencesAction = defineAction({
  access: "customer",
  schema: preferencesFormSchema,
  handler: (preferences, { db, user, now }) => updatePreferences(db, user.id, preferences, now, getEnv()),
});

export const resendConfirmationAction = defineAction({
  access: "customer",
  schema: resendConfirmationSchema,
  // counted per address and per client inside (the same limits as every subscription request)
  handler: ({ list }, { db, user, now, ipKey }) => resendConfirmation(db, user.id, list, { now, ipKey, env: getEnv() }),
});
