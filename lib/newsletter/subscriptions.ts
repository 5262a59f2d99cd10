// Newsletter and promotions subscriptions (P6, P7): double opt-in by e-mail, one-click unsubscribe without
// sign-in, state shown in Mon compte. Nothing here tells a visitor whether an address is subscribed: the
// request answers the same for every address, and only the mailbox learns more.
import type { Db } from "@/lib/db/client";
import { normalizeEmail } from "@/lib/address/email";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderNewsletterConfirmation, renderNewsletterWelcome } from "@/lib/email/templates/newsletter";
import { DomainError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { addressKey, hit, type RateLimitRule } from "@/lib/security/rate-limit";
import { readShopContact } from "@/lib/settings/shop-contact";
import { withdrawQueuedCampaignEmails } from "./campaign";
import type { NewsletterListName } from "./schemas";
import { newsletterPageUrl, unsubscribeHeaders, type NewsletterEnv } from "./links";
import { CONFIRM_LIFETIME_HOURS, hashToken, newRawToken, unsubscribeToken, verifyUnsubscribeToken } from "./tokens";

/** Each request e-mails the address typed: counted per address (known or not) and per client. */
export const SUBSCRIBE_LIMITS = {
  perAddress: { limit: 3, windowSeconds: 60 * 60 },
  perIp: { limit: 20, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/** Refuses ("limited") past either limit; the address is counted as a keyed hash, never stored (P18). */
export async function limitSubscriptionRequest(
  db: Db,
  input: { email: string; ipKey: string },
  secret: string,
  now: Date,
): Promise<void> {
  const results = await Promise.all([
    hit(db, `newsletter:address:${addressKey(input.email, secret)}`, SUBSCRIBE_LIMITS.perAddress, now),
    hit(db, `newsletter:ip:${input.ipKey}`, SUBSCRIBE_LIMITS.perIp, now),
  ]);
  const refused = results.filter((result) => !result.allowed);
  if (refused.length > 0) {
    throw new DomainError("limited", { retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) });
  }
}

/**
 * Records a pending subscription and e-mails its confirmation link (P6). An address already confirmed gets
 * nothing (no second e-mail, no change); a pending or unsubscribed one gets a fresh link, the older link
 * stops working. The answer is the same in every case.
 */
export async function requestSubscription(
  db: Db,
  input: { email: string; list: NewsletterListName; locale: string; userId?: string | null },
  now: Date,
  env: NewsletterEnv,
): Promise<{ status: "requested" }> {
  const email = normalizeEmail(input.email);
  if (!email) throw new DomainError("email", { field: "email" });
  const locale: Locale = isLocale(input.locale) ? input.locale : "fr";
  const existing = await db.newsletterSubscription.findUnique({ where: { email_list: { email, list: input.list } } });
  if (existing?.status === "confirmed") return { status: "requested" };

  const token = newRawToken();
  const pending = {
    status: "pending" as const,
    locale,
    confirmTokenHash: hashToken(token),
    confirmExpiresAt: new Date(now.getTime() + CONFIRM_LIFETIME_HOURS * 3_600_000),
  };
  await db.$transaction(async (tx) => {
    const row = await tx.newsletterSubscription.upsert({
      where: { email_list: { email, list: input.list } },
      create: { email, list: input.list, userId: input.userId ?? null, createdAt: now, ...pending },
      update: { ...pending, ...(input.userId ? { userId: input.userId } : {}) },
      select: { id: true },
    });
    const url = newsletterPageUrl(env.SITE_URL, locale, "confirm", token);
    const rendered = await renderNewsletterConfirmation({
      locale,
      list: input.list,
      url,
      hours: CONFIRM_LIFETIME_HOURS,
    });
    await enqueueEmail(tx, {
      key: `newsletter-confirm:${row.id}:${pending.confirmTokenHash.slice(0, 16)}`,
      template: "newsletter-confirm",
      locale,
      to: email,
      nextAttemptAt: now,
      // the link is single-use: it must not rest in the outbox once sent (P12)
      scrubBodyAfterSend: true,
      ...rendered,
    });
  });
  return { status: "requested" };
}

/**
 * What a confirmation link would confirm, without confirming it: the link's page shows a button, because
 * opening a link is not consent (mail scanners open links too).
 */
export async function checkConfirmationLink(
  db: Db,
  rawToken: string,
  now: Date,
): Promise<{ status: "pending"; list: NewsletterListName } | { status: "invalid" | "expired" }> {
  const pending = await pendingSubscriptionOf(db, rawToken, now);
  return pending.status === "pending" ? { status: "pending", list: pending.row.list } : pending;
}

async function pendingSubscriptionOf(db: Db, rawToken: string, now: Date) {
  if (!rawToken || rawToken.length > 200) return { status: "invalid" as const };
  const tokenHash = hashToken(rawToken);
  const row = await db.newsletterSubscription.findUnique({ where: { confirmTokenHash: tokenHash } });
  if (!row || row.status !== "pending") return { status: "invalid" as const };
  if (!row.confirmExpiresAt || row.confirmExpiresAt <= now) return { status: "expired" as const };
  return { status: "pending" as const, row, tokenHash };
}

export type ConfirmResult = { status: "confirmed"; list: NewsletterListName } | { status: "invalid" | "expired" };

/**
 * Follows a confirmation link once: forged, used or expired links change nothing. The subscriber then gets a
 * first marketing e-mail saying it worked, with its one-click unsubscribe link and headers (P7), so the way
 * out is in their mailbox from the first day.
 */
export async function confirmSubscription(
  db: Db,
  rawToken: string,
  now: Date,
  env: NewsletterEnv,
): Promise<ConfirmResult> {
  const pending = await pendingSubscriptionOf(db, rawToken, now);
  if (pending.status !== "pending") return pending;
  const { row, tokenHash } = pending;
  const locale: Locale = isLocale(row.locale) ? row.locale : "fr";
  return db.$transaction(async (tx) => {
    // Conditional on the hash still being there: of two concurrent uses, one confirms.
    const { count } = await tx.newsletterSubscription.updateMany({
      where: { id: row.id, confirmTokenHash: tokenHash, status: "pending" },
      data: {
        status: "confirmed",
        confirmedAt: now,
        unsubscribedAt: null,
        confirmTokenHash: null,
        confirmExpiresAt: null,
      },
    });
    if (count !== 1) return { status: "invalid" as const };
    const token = unsubscribeToken(row.id, env.COOKIE_SECRET);
    const shopEmail = (await readShopContact(tx)).email;
    const rendered = await renderNewsletterWelcome({
      locale,
      list: row.list,
      unsubscribeUrl: newsletterPageUrl(env.SITE_URL, locale, "unsubscribe", token),
      shopEmail,
    });
    await enqueueEmail(tx, {
      key: `newsletter-welcome:${row.id}:${now.getTime()}`,
      template: "newsletter-welcome",
      locale,
      to: row.email,
      nextAttemptAt: now,
      headers: unsubscribeHeaders(env.SITE_URL, token, shopEmail),
      // it carries a signed link: the body need not rest in the outbox once sent
      scrubBodyAfterSend: true,
      ...rendered,
    });
    return { status: "confirmed" as const, list: row.list };
  });
}

export type UnsubscribeResult = { status: "unsubscribed"; list: NewsletterListName | null } | { status: "invalid" };

/**
 * One-click unsubscribe (P7): takes effect at once, needs no sign-in. Idempotent: a second click, or a link
 * whose subscription was since forgotten (retention), answers the same. A forged token changes nothing.
 */
export async function unsubscribe(db: Db, token: string, now: Date, secret: string): Promise<UnsubscribeResult> {
  const id = verifyUnsubscribeToken(token, secret);
  if (!id) return { status: "invalid" };
  const row = await db.newsletterSubscription.findUnique({ where: { id }, select: { list: true, status: true } });
  if (!row) return { status: "unsubscribed", list: null };
  if (row.status !== "unsubscribed") await endSubscription(db, id, now);
  return { status: "unsubscribed", list: row.list };
}

/** Ends a subscription now (confirmed or still pending: its confirmation link stops working too). */
export async function endSubscription(db: Db, id: string, now: Date): Promise<void> {
  const { count } = await db.newsletterSubscription.updateMany({
    where: { id, status: { not: "unsubscribed" } },
    data: { status: "unsubscribed", unsubscribedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
  });
  // A campaign still being delivered sends them nothing more (P7).
  if (count > 0) await withdrawQueuedCampaignEmails(db, id);
}

export type SubscriptionView = {
  id: string;
  email: string;
  list: NewsletterListName;
  status: "pending" | "confirmed" | "unsubscribed";
};

/** The account's subscriptions for Mon compte: those made signed in, and those of the account's address. */
export async function subscriptionsOf(db: Db, userId: string): Promise<SubscriptionView[]> {
  if (typeof userId !== "string" || userId === "") throw new Error("a user id is required");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  return db.newsletterSubscription.findMany({
    where: { OR: [{ userId }, { email: user.email }] },
    select: { id: true, email: true, list: true, status: true },
    orderBy: [{ list: "asc" }, { createdAt: "asc" }],
  });
}
