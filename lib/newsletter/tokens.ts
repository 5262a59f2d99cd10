// Newsletter links (P6, P7). The unsubscribe link is signed, not stored: an HMAC of the subscription id with
// COOKIE_SECRET, so every marketing e-mail can carry one that works at once, without sign-in, for as long as
// the secret lasts. It names the subscription by id, never by address (the URL ends up in mail logs).
// The confirmation link is a single-use random token stored hashed, like the account links (lib/accounts/tokens.ts).
import { createHmac, timingSafeEqual } from "node:crypto";

export { hashToken, newRawToken } from "@/lib/accounts/tokens";

/** A double opt-in link is valid for this long; an unconfirmed subscription is then forgotten (retention). */
export const CONFIRM_LIFETIME_HOURS = 72;

function signature(subscriptionId: string, secret: string): string {
  return createHmac("sha256", secret).update(`newsletter-unsubscribe:${subscriptionId}`).digest("base64url");
}

export function unsubscribeToken(subscriptionId: string, secret: string): string {
  return `${subscriptionId}.${signature(subscriptionId, secret)}`;
}

/** The subscription id a token was signed for, or null for a forged or mangled one (compared in constant time). */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const dot = token.indexOf(".");
  if (dot <= 0 || token.length > 200) return null;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), "utf8");
  const expected = Buffer.from(signature(id, secret), "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
