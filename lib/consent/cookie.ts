// The visitor's cookie choice (P17), kept in a first-party cookie that the browser reads (the catalogue is
// prerendered: the banner and the consent gates decide in the browser) and that the server reads on pages
// rendered per request (their Content-Security-Policy lists only the hosts of consented categories).
// Plain string handling, no server code and no schema library: this module ships to the browser.
// Format: "1.<consent id>.<audience><social><chat as 0/1>.<policy version>.<expiry, seconds since epoch>".
import type { OptionalCategory } from "@/lib/partners/registry";

export const CONSENT_COOKIE = "ps_consent";
/** The CNIL's recommended lifetime of a choice: after it, the banner asks again. */
export const CONSENT_LIFETIME_DAYS = 182;
/**
 * The cookie policy the choice was given under. Changing the partners or categories means a new version:
 * every visitor is asked again.
 */
export const CONSENT_POLICY_VERSION = "2026-11-30";

export type ConsentChoice = Record<OptionalCategory, boolean> & {
  /** random id shared with the consent log (proof of the choice) */
  id: string;
  policyVersion: string;
  expiresAt: Date;
};

const CONSENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
const VERSION = /^[0-9A-Za-z-]{1,20}$/;

export function serializeConsent(choice: ConsentChoice): string {
  const flags = [choice.audience, choice.social, choice.chat].map((on) => (on ? "1" : "0")).join("");
  return ["1", choice.id, flags, choice.policyVersion, Math.floor(choice.expiresAt.getTime() / 1000)].join(".");
}

/**
 * The visitor's current choice, or null when there is none to honour: absent, malformed, expired, or given
 * under another policy version (the banner asks again). Null means: nothing optional loads.
 */
export function parseConsentCookie(value: string | undefined | null, now: Date): ConsentChoice | null {
  if (!value) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null; // a mangled cookie is no choice, not a broken page
  }
  const [format, id, flags, policyVersion, expiry, ...rest] = decoded.split(".");
  if (format !== "1" || rest.length > 0 || !CONSENT_ID.test(id ?? "") || !/^[01]{3}$/.test(flags ?? "")) return null;
  if (policyVersion !== CONSENT_POLICY_VERSION || !VERSION.test(policyVersion)) return null;
  const expiresAt = new Date(Number(expiry) * 1000);
  if (!/^\d{1,12}$/.test(expiry ?? "") || expiresAt.getTime() <= now.getTime()) return null;
  return {
    id: id!,
    audience: flags![0] === "1",
    social: flags![1] === "1",
    chat: flags![2] === "1",
    policyVersion,
    expiresAt,
  };
}

export function consentExpiry(now: Date): Date {
  return new Date(now.getTime() + CONSENT_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}
