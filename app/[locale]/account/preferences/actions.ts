"use server";
// Newsletter and promotions preferences (P6, P7, P13): switching on sends the double opt-in e-mail,
// switching off unsubscribes at once (lib/accounts/preferences.ts). The only export is the page's mutation.
import { preferencesFormSchema, updatePreferences } from "@/lib/accounts/preferences";
import { defineAction } from "@/lib/actions/define";
import { getEnv } from "@/lib/env";

export const updatePreferencesAction = defineAction({
  access: "customer",
  schema: preferencesFormSchema,
  handler: (preferences, { db, user, now }) => updatePreferences(db, user.id, preferences, now, getEnv()),
});
