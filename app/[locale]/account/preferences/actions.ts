"use server";
// Newsletter and promotions preferences (P6, P13). The only export is the one mutation of the page.
import { preferencesFromForm, updatePreferences, type Preferences } from "@/lib/accounts/preferences";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formLocale, postedForm } from "@/lib/forms";

// A server action is a public endpoint and may be posted anything: whatever is not a form reads as an empty one.

export type PreferencesState = { attempt?: number; saved?: Preferences };

export async function updatePreferencesAction(previous: PreferencesState, posted: unknown): Promise<PreferencesState> {
  const locale = formLocale(posted);
  const user = await requireUser(locale);
  const form = postedForm(posted);
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  // Checkboxes cannot be invalid: absent means unticked.
  const saved = await updatePreferences(db, user.id, preferencesFromForm(form));
  return { attempt, saved };
}
