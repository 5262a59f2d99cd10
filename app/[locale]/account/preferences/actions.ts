"use server";
// Newsletter and promotions preferences (P6, P13). The only export is the one mutation of the page.
import { preferencesFormSchema, updatePreferences } from "@/lib/accounts/preferences";
import { defineAction } from "@/lib/actions/define";

export const updatePreferencesAction = defineAction({
  access: "customer",
  schema: preferencesFormSchema,
  handler: (preferences, { db, user }) => updatePreferences(db, user.id, preferences),
});
