import "server-only";
// The consent log (P17): every choice a visitor makes on the cookie banner is kept as proof, under a random
// consent id that names no one: the categories, how the choice was made, the policy version, the date and
// the expiry. Nothing else: no IP address, no account, no browser details.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { checkbox } from "@/lib/forms/fields";
import type { OptionalCategory } from "@/lib/partners/registry";
import {
  CONSENT_POLICY_VERSION,
  consentExpiry,
  parseConsentCookie,
  serializeConsent,
  type ConsentChoice,
} from "./cookie";

/** How the visitor chose; closing the banner (its ✕ or Escape) is a refusal of its own name. */
export const CONSENT_METHODS = ["acceptAll", "refuseAll", "custom", "dismissed"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** What the banner sends. The category flags count only for "custom": the other methods decide them. */
export const consentChoiceSchema = z.object({
  method: z.enum(CONSENT_METHODS),
  audience: checkbox,
  social: checkbox,
  chat: checkbox,
});
export type ConsentChoiceInput = z.output<typeof consentChoiceSchema>;

/** A new consent id: 144 random bits in the cookie's alphabet (base64url, 24 characters). */
export function newConsentId(): string {
  return randomBytes(18).toString("base64url");
}

function categoriesOf({ method, audience, social, chat }: ConsentChoiceInput): Record<OptionalCategory, boolean> {
  if (method === "acceptAll") return { audience: true, social: true, chat: true };
  if (method === "custom") return { audience, social, chat };
  return { audience: false, social: false, chat: false };
}

/**
 * Logs the choice and returns it with the cookie value that carries it. A visitor who changes their mind
 * keeps the id of their current cookie, so the log shows one browser's history under one id; a cookie that
 * does not pass the cookie module's rules (malformed, expired, another policy version) gets a new id.
 */
export async function recordConsent(
  db: Db,
  input: ConsentChoiceInput & { currentCookie?: string | null },
  now: Date,
  randomId: () => string = newConsentId,
): Promise<{ choice: ConsentChoice; cookie: string }> {
  const id = parseConsentCookie(input.currentCookie, now)?.id ?? randomId();
  const choice: ConsentChoice = {
    id,
    ...categoriesOf(input),
    policyVersion: CONSENT_POLICY_VERSION,
    expiresAt: consentExpiry(now),
  };
  await db.consentRecord.create({
    data: {
      consentId: choice.id,
      audience: choice.audience,
      social: choice.social,
      chat: choice.chat,
      method: input.method,
      policyVersion: choice.policyVersion,
      createdAt: now,
      expiresAt: choice.expiresAt,
    },
  });
  return { choice, cookie: serializeConsent(choice) };
}

/**
 * The consent cookie's attributes: the browser reads it (not HttpOnly: prerendered pages decide there),
 * first-party and sent on top-level navigations only (Lax), Secure on https, and gone when the choice expires.
 */
export function consentCookieOptions(choice: ConsentChoice, now: Date, secure: boolean) {
  return {
    httpOnly: false,
    sameSite: "lax" as const,
    secure,
    path: "/",
    maxAge: Math.max(0, Math.floor((choice.expiresAt.getTime() - now.getTime()) / 1000)),
  };
}
