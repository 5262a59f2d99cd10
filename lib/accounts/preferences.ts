// Newsletter and promotions preferences of Mon compte (P6, P7, P13): the two switches are the account's
// subscriptions (lib/newsletter/subscriptions.ts). Switching one on sends the double opt-in e-mail to the
// account's address (on while pending: the customer asked); switching it off unsubscribes at once. Never
// ticked for them. What the page shows is each list's real state: subscribed, waiting for the link to be
// followed, or not subscribed. The User.newsletter/promotions flags only mirror the last choice made here.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { checkbox } from "@/lib/forms/fields";
import type { NewsletterEnv } from "@/lib/newsletter/links";
import { NEWSLETTER_LISTS, type NewsletterListName } from "@/lib/newsletter/schemas";
import {
  endSubscription,
  limitSubscriptionRequest,
  requestSubscription,
  subscriptionsOf,
  type SubscriptionView,
} from "@/lib/newsletter/subscriptions";

export type Preferences = { newsletter: boolean; promotions: boolean };
/** "confirmed": e-mails are sent; "pending": asked, the confirmation link not followed yet; "none": nothing sent. */
export type ListStatus = "confirmed" | "pending" | "none";
export type PreferencesState = Record<NewsletterListName, ListStatus>;

export const preferencesSchema = z.object({ newsletter: z.boolean(), promotions: z.boolean() });

/** The preferences form: two checkboxes, absent when unticked (they cannot be invalid). */
export const preferencesFormSchema = z.object({ newsletter: checkbox, promotions: checkbox });

/** "Send the confirmation e-mail again" for one list still waiting for it. */
export const resendConfirmationSchema = z.object({ list: z.enum(NEWSLETTER_LISTS) });

function requireId(id: string): string {
  // An undefined id in a Prisma `where` matches every row: refuse it loudly instead.
  if (typeof id !== "string" || id === "") throw new Error("a user id is required");
  return id;
}

/** A list's state from the account's rows (one per address it was asked with): confirmed wins over pending. */
function statusOf(subscriptions: SubscriptionView[], list: NewsletterListName): ListStatus {
  const mine = subscriptions.filter((s) => s.list === list);
  if (mine.some((s) => s.status === "confirmed")) return "confirmed";
  return mine.some((s) => s.status === "pending") ? "pending" : "none";
}

export async function getPreferencesState(db: Db, userId: string): Promise<PreferencesState> {
  const subscriptions = await subscriptionsOf(db, requireId(userId));
  return { newsletter: statusOf(subscriptions, "newsletter"), promotions: statusOf(subscriptions, "promotions") };
}

/** On = asked for (confirmed or waiting for the link): the switches' positions. */
export async function getPreferences(db: Db, userId: string): Promise<Preferences> {
  const state = await getPreferencesState(db, userId);
  return { newsletter: state.newsletter !== "none", promotions: state.promotions !== "none" };
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

/**
 * A fresh confirmation link for a list waiting for one (the e-mail was lost, or its link expired), to the
 * address it was asked with; the older link stops working. Counted like any subscription request. A list
 * no longer pending (confirmed meanwhile in another tab…) gets nothing: the page then shows its state.
 */
export async function resendConfirmation(
  db: Db,
  userId: string,
  list: NewsletterListName,
  context: { now: Date; ipKey: string; env: NewsletterEnv },
): Promise<{ sent: boolean; list: NewsletterListName; state: PreferencesState }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: requireId(userId) },
    select: { id: true, locale: true },
  });
  const subscriptions = await subscriptionsOf(db, user.id);
  const pending =
    statusOf(subscriptions, list) === "pending"
      ? subscriptions.find((s) => s.list === list && s.status === "pending")
      : undefined;
  if (pending) {
    const { now, ipKey, env } = context;
    await limitSubscriptionRequest(db, { email: pending.email, ipKey }, env.COOKIE_SECRET, now);
    await requestSubscription(db, { email: pending.email, list, locale: user.locale, userId: user.id }, now, env);
  }
  return { sent: Boolean(pending), list, state: await getPreferencesState(db, user.id) };
}
