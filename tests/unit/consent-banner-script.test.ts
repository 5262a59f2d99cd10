// P17: the inline script that hides the server-drawn cookie banner before it paints, for a visitor who already
// chose. It must agree with parseConsentCookie (what the banner decides once hydrated): a banner hidden by the
// script and shown again by React would flash; one shown by the script and hidden by React would too.
import { createHash } from "node:crypto";
import vm from "node:vm";
import { describe, expect, test } from "vitest";
import {
  CONSENT_BANNER_SCRIPT,
  CONSENT_BANNER_SCRIPT_HASH,
  CONSENT_CHOSEN_ATTRIBUTE,
} from "@/lib/consent/banner-script";
import { CONSENT_COOKIE, CONSENT_POLICY_VERSION, parseConsentCookie, serializeConsent } from "@/lib/consent/cookie";

const NOW = new Date("2026-11-30T12:00:00Z");

/** Runs the script against a document whose cookies are `cookie`; true when it marked <html>. */
function marksDocument(cookie: string): boolean {
  const attributes = new Map<string, string>();
  const document = {
    cookie,
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  };
  const FixedDate = class extends Date {
    static override now() {
      return NOW.getTime();
    }
  };
  vm.runInNewContext(CONSENT_BANNER_SCRIPT, { document, Date: FixedDate, decodeURIComponent, Number });
  return attributes.has(CONSENT_CHOSEN_ATTRIBUTE);
}

const choice = (overrides: Partial<Parameters<typeof serializeConsent>[0]> = {}) =>
  serializeConsent({
    id: "AbCdEfGhIjKlMnOpQrSt",
    audience: false,
    social: true,
    chat: false,
    policyVersion: CONSENT_POLICY_VERSION,
    expiresAt: new Date(NOW.getTime() + 86_400_000),
    ...overrides,
  });

describe("P17: the banner stays hidden from the first paint for a visitor who chose, shown to everyone else", () => {
  const cases: [string, string][] = [
    ["a current choice", `${CONSENT_COOKIE}=${encodeURIComponent(choice())}`],
    ["a current choice among other cookies", `ps_cart_count=2; ${CONSENT_COOKIE}=${choice()}; NEXT_LOCALE=en`],
    ["no cookie at all", ""],
    ["other cookies only", "ps_cart_count=2; NEXT_LOCALE=fr"],
    ["a cookie whose name only ends like it", `x${CONSENT_COOKIE}=${choice()}`],
    ["a choice under an older policy", `${CONSENT_COOKIE}=${choice({ policyVersion: "2020-01-01" })}`],
    ["an expired choice", `${CONSENT_COOKIE}=${choice({ expiresAt: new Date(NOW.getTime() - 1000) })}`],
    ["another format", `${CONSENT_COOKIE}=2.${choice().slice(2)}`],
    ["a broken encoding", `${CONSENT_COOKIE}=%E0%A4%A`],
  ];
  for (const [name, cookie] of cases) {
    test(`P17: ${name}: the script agrees with parseConsentCookie`, () => {
      const value = /(?:^|; )ps_consent=([^;]*)/.exec(cookie)?.[1];
      expect(marksDocument(cookie)).toBe(parseConsentCookie(value, NOW) !== null);
    });
  }

  test("P12: the hash the nonce pages allow is the script's", () => {
    const digest = createHash("sha256").update(CONSENT_BANNER_SCRIPT).digest("base64");
    expect(CONSENT_BANNER_SCRIPT_HASH).toBe(`'sha256-${digest}'`);
  });
});
