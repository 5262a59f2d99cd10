// Fixed-window rate limits stored in the database, so they hold across server processes and restarts
// (Auth.js has none, P12). Keys name what is limited: "signin:ip:<hash>", "email-change:account:<userId>".
// (Wrong passwords per account are a growing wait, not a window: lib/auth/sign-in-delay.ts.)
import { createHmac } from "node:crypto";
import type { Db } from "@/lib/db/client";

export type RateLimitRule = { limit: number; windowSeconds: number };

export const RATE_LIMITS = {
  signInPerIp: { limit: 30, windowSeconds: 15 * 60 },
  emailLinkPerAccount: { limit: 3, windowSeconds: 15 * 60 },
  // Forms that e-mail a link to the address typed: counted per address (existing or not) and per IP.
  signInLinkPerAccount: { limit: 3, windowSeconds: 15 * 60 },
  signInLinkPerIp: { limit: 10, windowSeconds: 15 * 60 },
  passwordResetPerAccount: { limit: 3, windowSeconds: 15 * 60 },
  passwordResetPerIp: { limit: 10, windowSeconds: 15 * 60 },
  /** invitations sent by one member, whatever the organization: each one e-mails a stranger */
  invitationsPerAccount: { limit: 20, windowSeconds: 60 * 60 },
  signUpPerIp: { limit: 10, windowSeconds: 60 * 60 },
  deleteAccountPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  currentPasswordPerAccount: { limit: 5, windowSeconds: 15 * 60 },
  /** order placements (each can hold stock): generous for shoppers behind one address, a wall for a script */
  checkoutPerIp: { limit: 30, windowSeconds: 15 * 60 },
  /** webhook deliveries: Stripe and PayPal send bursts (a backlog after an outage), so only floods are refused */
  webhooksPerIp: { limit: 300, windowSeconds: 60 },
  /** e-mail change requests, right password or not: each one e-mails the address typed */
  emailChangePerAccount: { limit: 5, windowSeconds: 60 * 60 },
  /** cookie choices (each one a consent log row): far above what visitors behind one address make */
  consentPerIp: { limit: 60, windowSeconds: 10 * 60 },
  /** contact messages (P3): each one is stored and e-mails the address typed; a person sends a few, a script many */
  contactPerIp: { limit: 10, windowSeconds: 60 * 60 },
  /** acknowledgements to one address (P3): past this, messages are still stored but not acknowledged, so that
   *  nobody uses the form to flood a stranger's mailbox from many addresses */
  contactAcknowledgementsPerAddress: { limit: 3, windowSeconds: 24 * 60 * 60 },
  /** wrong second-factor codes of one admin (TOTP or recovery, P12): failures only, so a slip costs nothing */
  secondFactorFailuresPerAccount: { limit: 5, windowSeconds: 15 * 60 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

function currentWindow(rule: RateLimitRule, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return { windowStart, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000) };
}

/** Counts one attempt against `key`; refused attempts are counted too (a flood stays refused). */
export async function hit(db: Db, key: string, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = currentWindow(rule, now);
  const row = await db.rateLimitWindow.upsert({
    where: { key_windowStart: { key, windowStart } },
    create: { key, windowStart, count: 1 },
    update: { count: { increment: 1 } },
  });
  return { allowed: row.count <= rule.limit, remaining: Math.max(0, rule.limit - row.count), retryAfterSeconds };
}

/**
 * Whether one more attempt on `key` is allowed, without counting it: for limits that count only failures
 * (the caller calls `hit` when an attempt fails).
 */
export async function check(db: Db, key: string, rule: RateLimitRule, now: Date): Promise<RateLimitResult> {
  const { windowStart, retryAfterSeconds } = currentWindow(rule, now);
  const row = await db.rateLimitWindow.findUnique({ where: { key_windowStart: { key, windowStart } } });
  const count = row?.count ?? 0;
  return { allowed: count < rule.limit, remaining: Math.max(0, rule.limit - count), retryAfterSeconds };
}

/** Forgets the attempts on `key` (after a successful sign-in, the account's failures no longer count). */
export async function reset(db: Db, key: string): Promise<void> {
  await db.rateLimitWindow.deleteMany({ where: { key } });
}

/** IP addresses are never stored: only a keyed hash, enough to count attempts (P18). */
export function ipKey(ip: string, secret: string): string {
  return createHmac("sha256", secret).update(`ip:${ip}`).digest("base64url").slice(0, 22);
}

/** Nor e-mail addresses typed in a form (known or not): a keyed hash of the address, case and spaces aside (P18). */
export function addressKey(email: string, secret: string): string {
  return createHmac("sha256", secret).update(`email:${email.trim().toLowerCase()}`).digest("base64url").slice(0, 22);
}
