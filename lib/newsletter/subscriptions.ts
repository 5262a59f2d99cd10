// Newsletter and promotions subscriptions (P6, P7): double opt-in by e-mail, one-click unsubscribe without
// sign-in, state shown in Mon compte. Nothing here tells a visitor whether an address is subscribed: the
// request answers the same for every address, and only the mailbox learns more.
import type { Db } from "@/lib/db/client";
import { normalizeEmail } from "@/lib/address/email";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderNewsletterConfirmation } from "@/lib/email/templates/newsletter";
import { DomainError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { addressKey, hit, type RateLimitRule } from "@/lib/security/rate-limit";
import type { NewsletterListName } from "./schemas";
import { CONFIRM_LIFETIME_HOURS, hashToken, newRawToken, verifyUnsubscribeToken } from "./tokens";

export type NewsletterEnv = { SITE_URL: string; COOKIE_SECRET: string };

/** Each request e-mails the address typed: counted per address (known or not) and per client. */
export const SUBSCRIBE_LIMITS = {
  perAddress: { limit: 3, windowSeconds: 60 * 60 },
  perIp: { limit: 20, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimitRule>;

/** Pages the newsletter links open (app/[locale]/(shop)/newsletter/…). */
export function newsletterPageUrl(siteUrl: string, locale: Locale, page: "confirm" | "unsubscribe", token: string) {
  return `${siteUrl.replace(/\/+$/, "")}/${locale}/newsletter/${page}?token=${encodeURIComponent(token)}`;
}

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

export type ConfirmResult = { status: "confirmed"; list: NewsletterListName } | { status: "invalid" | "expired" };

/** Follows a confirmation link once: forged, used or expired links change nothing. */
export async function confirmSubscription(db: Db, rawToken: string, now: Date): Promise<ConfirmResult> {
  if (!rawToken || rawToken.length > 200) return { status: "invalid" };
  const tokenHash = hashToken(rawToken);
  const row = await db.newsletterSubscription.findUnique({ where: { confirmTokenHash: tokenHash } });
  if (!row || row.status !== "pending") return { status: "invalid" };
  if (!row.confirmExpiresAt || row.confirmExpiresAt <= now) return { status: "expired" };
  // Conditional on the hash still being there: of two concurrent uses, one confirms.
  const { count } = await db.newsletterSubscription.updateMany({
    where: { id: row.id, confirmTokenHash: tokenHash, status: "pending" },
    data: {
      status: "confirmed",
      confirmedAt: now,
      unsubscribedAt: null,
      confirmTokenHash: null,
      confirmExpiresAt: null,
    },
  });
  return count === 1 ? { status: "confirmed", list: row.list } : { status: "invalid" };
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
  await db.newsletterSubscription.updateMany({
    where: { id, status: { not: "unsubscribed" } },
    data: { status: "unsubscribed", unsubscribedAt: now, confirmTokenHash: null, confirmExpiresAt: null },
  });
}

export type SubscriptionView = {
  id: string;
  list: NewsletterListName;
  status: "pending" | "confirmed" | "unsubscribed";
};

/** The account's subscriptions for Mon compte: those made signed in, and those of the account's address. */
export async function subscriptionsOf(db: Db, userId: string): Promise<SubscriptionView[]> {
  if (typeof userId !== "string" || userId === "") throw new Error("a user id is required");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  return db.newsletterSubscription.findMany({
    where: { OR: [{ userId }, { email: user.email }] },
    select: { id: true, list: true, status: true },
    orderBy: { list: "asc" },
  });
}
