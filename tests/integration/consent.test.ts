// The consent log (P17) and the cookie that carries the choice; the cookies the banner explains (P20).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { necessaryCookies } from "@/components/consent/necessary-cookies";
import { CART_COUNT_COOKIE } from "@/lib/cart/count-cookie";
import { pendingPasswordCookieName, sessionCookieName } from "@/lib/auth/cookie-names";
import { CART_COOKIE } from "@/lib/cart/cookie";
import {
  CONSENT_COOKIE,
  CONSENT_LIFETIME_DAYS,
  CONSENT_POLICY_VERSION,
  parseConsentCookie,
  serializeConsent,
} from "@/lib/consent/cookie";
import { consentChoiceSchema, consentCookieOptions, newConsentId, recordConsent } from "@/lib/consent/record";
import type { Db } from "@/lib/db/client";
import { routing } from "@/lib/i18n/routing";
import { columnNames } from "../helpers/columns";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());

const now = new Date("2026-12-01T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const none = { audience: false, social: false, chat: false };

const rowsOf = (consentId: string) =>
  db.consentRecord.findMany({ where: { consentId }, orderBy: { createdAt: "asc" } });

describe("P17: each choice is logged under a random consent id", () => {
  test("P17: accepting all logs every category, the policy version, the date and a 6-month expiry", async () => {
    const { choice, cookie } = await recordConsent(db, { method: "acceptAll", ...none }, now);
    const [row] = await rowsOf(choice.id);
    expect(row).toMatchObject({
      consentId: choice.id,
      method: "acceptAll",
      audience: true,
      social: true,
      chat: true,
      policyVersion: CONSENT_POLICY_VERSION,
      createdAt: now,
    });
    expect(row!.expiresAt.getTime() - now.getTime()).toBe(CONSENT_LIFETIME_DAYS * DAY);
    expect(CONSENT_LIFETIME_DAYS).toBeGreaterThanOrEqual(180);
    expect(CONSENT_LIFETIME_DAYS).toBeLessThanOrEqual(183);
    // The cookie carries exactly what was logged.
    expect(parseConsentCookie(cookie, now)).toEqual(choice);
    expect(cookie).toMatch(new RegExp(`^1\\.${choice.id}\\.111\\.${CONSENT_POLICY_VERSION}\\.\\d+$`));
  });

  test.each([
    ["refuseAll", { audience: true, social: true, chat: true }],
    ["dismissed", { audience: true, social: true, chat: true }],
  ] as const)("P17: %s refuses every optional category, whatever flags came with it", async (method, flags) => {
    const { choice, cookie } = await recordConsent(db, { method, ...flags }, now);
    expect(await rowsOf(choice.id)).toMatchObject([{ method, ...none }]);
    expect(cookie.split(".")[2]).toBe("000");
  });

  test("P17: a custom choice logs exactly the categories ticked", async () => {
    const { choice, cookie } = await recordConsent(
      db,
      { method: "custom", audience: false, social: true, chat: false },
      now,
    );
    expect(await rowsOf(choice.id)).toMatchObject([{ method: "custom", audience: false, social: true, chat: false }]);
    expect(cookie.split(".")[2]).toBe("010");
  });

  test("P17: a visitor who changes their mind keeps their id, and the log keeps the history", async () => {
    const first = await recordConsent(db, { method: "acceptAll", ...none }, now);
    const later = new Date(now.getTime() + 3 * DAY);
    const second = await recordConsent(db, { method: "refuseAll", ...none, currentCookie: first.cookie }, later);
    expect(second.choice.id).toBe(first.choice.id);
    // A new 6 months from the new choice.
    expect(second.choice.expiresAt.getTime()).toBe(later.getTime() + CONSENT_LIFETIME_DAYS * DAY);
    expect((await rowsOf(first.choice.id)).map((row) => [row.method, row.social])).toEqual([
      ["acceptAll", true],
      ["refuseAll", false],
    ]);
  });

  test("P17: a malformed, expired or outdated cookie does not choose the id: a new random one is made", async () => {
    const valid = serializeConsent({
      id: "abcdefghijklmnop1234",
      ...none,
      policyVersion: CONSENT_POLICY_VERSION,
      expiresAt: new Date(now.getTime() + DAY),
    });
    const refused = [
      valid.replace("abcdefghijklmnop1234", "short"),
      valid.replace("abcdefghijklmnop1234", "has spaces and; semicolons=1"),
      valid.replace("abcdefghijklmnop1234", "x".repeat(65)),
      valid.replace(CONSENT_POLICY_VERSION, "2020-01-01"),
      `1.abcdefghijklmnop1234.000.${CONSENT_POLICY_VERSION}.${Math.floor(now.getTime() / 1000) - 1}`,
      "garbage",
    ];
    for (const currentCookie of refused) {
      const { choice } = await recordConsent(
        db,
        { method: "refuseAll", ...none, currentCookie },
        now,
        () => "fresh-id-000000000000",
      );
      expect(choice.id, currentCookie).toBe("fresh-id-000000000000");
    }
    const kept = await recordConsent(db, { method: "refuseAll", ...none, currentCookie: valid }, now);
    expect(kept.choice.id).toBe("abcdefghijklmnop1234");
  });

  test("P17: new ids are random, long and in the cookie's alphabet", () => {
    const ids = new Set(Array.from({ length: 50 }, newConsentId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  test("P17: the consent log has no column that could identify a person (no IP, no account, no browser)", async () => {
    const names = await columnNames(db, "ConsentRecord");
    expect(names).toEqual(
      ["audience", "chat", "consentId", "createdAt", "expiresAt", "id", "method", "policyVersion", "social"].sort(),
    );
    expect(names.filter((name) => /ip|user|account|email|agent|address|session/i.test(name))).toEqual([]);
  });
});

describe("P17: what the banner sends and the cookie it gets back", () => {
  test("the action's input: a known method and checkbox flags, anything else refused", () => {
    expect(consentChoiceSchema.parse({ method: "custom", social: "on" })).toEqual({
      method: "custom",
      audience: false,
      social: true,
      chat: false,
    });
    expect(consentChoiceSchema.parse({ method: "acceptAll", audience: true, chat: true, ip: "1.2.3.4" })).toEqual({
      method: "acceptAll",
      audience: true,
      social: false,
      chat: true,
    });
    expect(consentChoiceSchema.safeParse({ method: "acceptSome" }).success).toBe(false);
    expect(consentChoiceSchema.safeParse({}).success).toBe(false);
  });

  test("the cookie is first-party, readable by the page, Lax, Secure on https and lives until the choice expires", async () => {
    const { choice } = await recordConsent(db, { method: "refuseAll", ...none }, now);
    expect(consentCookieOptions(choice, now, true)).toEqual({
      httpOnly: false,
      sameSite: "lax",
      secure: true,
      path: "/",
      maxAge: CONSENT_LIFETIME_DAYS * 24 * 60 * 60,
    });
    expect(consentCookieOptions(choice, now, false).secure).toBe(false);
  });
});

test("P20: the banner names the shop's own cookies as the code sets them", () => {
  for (const https of [false, true]) {
    const names = necessaryCookies(https).flatMap((entry) => entry.names);
    expect(names).toContain(CART_COOKIE);
    expect(names).toContain(CART_COUNT_COOKIE);
    expect(names).toContain(sessionCookieName(https));
    expect(names).toContain(pendingPasswordCookieName(https));
    expect(names).toContain(CONSENT_COOKIE);
    // next-intl's locale cookie, under its default name unless the routing names another.
    const localeCookie = (routing as { localeCookie?: { name?: string } | boolean }).localeCookie;
    expect(names).toContain(typeof localeCookie === "object" && localeCookie.name ? localeCookie.name : "NEXT_LOCALE");
  }
});
