// Newsletter and promotions preferences of Mon compte (P6, P7, P13): the two switches are the account's
// subscriptions (lib/newsletter/subscriptions.ts). Switching one on sends the double opt-in e-mail to the
// account's address (on while pending: the customer asked); switching it off unsubscribes at once. Never
// ticked for them. The User.newsletter/promotions flags only mirror the last choice made here.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { checkbox } from "@/lib/forms/fields";
import { NEWSLETTER_LISTS, type NewsletterListName } from "@/lib/newsletter/schemas";
import {
  endSubscription,
  requestSubscription,
  subscriptionsOf,
  type NewsletterEnv,
} from "@/lib/newsletter/subscriptions";

export type Preferences = { newsletter: boolean; promotions: boolean };
/** The preferences and which of the lists still wait for the confirmation link to be followed. */
export type PreferencesState = Preferences & { pending: NewsletterListName[] };

export const preferencesSchema = z.object({ newsletter: z.boolean(), promotions: z.boolean() });

/** The preferences form: two checkboxes, absent when unticked (they cannot be invalid). */
export const preferencesFormSchema = z.object({ newsletter: checkbox, promotions: checkbox });

function requireId(id: string): string {
  // An undefined id in a Prisma `where` matches every row: refuse it loudly instead.
  if (typeof id !== "string" || id === "") throw new Error("a user id is required");
  return id;
}

export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
  const { newsletter, promotions } = await getPreferencesState(db, userId);
  return { newsletter, promotions };
}

export async function getPreferencesState(db: Db, userId: string): Promise<PreferencesState> {
  const subscriptions = await subscriptionsOf(db, requireId(userId));
  const active = (list: NewsletterListName) =>
    subscriptions.some((s) => s.list === list && (s.status === "pending" || s.status === "confirmed"));
  return {
    newsletter: active("newsletter"),
    promotions: active("promotions"),
    pending: subscriptions.filter((s) => s.status === "pending").map((s) => s.list),
  };
}

export async function updatePreferences(
  db: Db,
  userId: string,
  input: Preferences,
  now: Date,
  env: NewsletterEnv,
): Promise<PreferencesState> {
  const wanted = preferencesSchema.parse(input);
  const user = await db.user.findUniqueOrThrow({
    where: { id: requireId(userId) },
    select: { id: true, email: true, locale: true },
  });
  const subscriptions = await subscriptionsOf(db, user.id);
  for (const list of NEWSLETTER_LISTS) {
    const active = subscriptions.filter((s) => s.list === list && s.status !== "unsubscribed");
    if (wanted[list] && active.length === 0) {
      await requestSubscription(db, { email: user.email, list, locale: user.locale, userId: user.id }, now, env);
    } else if (!wanted[list]) {
      for (const subscription of active) await endSubscription(db, subscription.id, now);
    }
  }
  await db.user.update({ where: { id: user.id }, data: wanted });
  return getPreferencesState(db, user.id);
}
