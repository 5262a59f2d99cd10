// Issue 10, hardening of accounts: an account pre-registered with someone else's address (P12, P13), the
// e-mail change form (P12), the wait after wrong passwords when the owner signs in by link (P12), and the
// links an e-mail or password change voids (P12). The password side of the wait is in authorize.test.ts.
import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { confirmEmailChange, requestEmailChange } from "@/lib/accounts/email-change";
import { listAccountOrders } from "@/lib/accounts/orders";
import { changePassword, requestPasswordReset, resetPassword } from "@/lib/accounts/passwords";
import { requestEmailChangeWithLimit } from "@/lib/accounts/profile";
import { individualSignUpSchema } from "@/lib/accounts/schemas";
import { registerIndividual, verifyEmail, verifyEmailWithNewPassword } from "@/lib/accounts/sign-up";
import { authorizeWithPassword } from "@/lib/auth/authorize";
import { buildAuthConfig } from "@/lib/auth/config";
import { sessionCookieName } from "@/lib/auth/cookie-names";
import { hashPassword } from "@/lib/auth/password";
import { pendingPasswordProof } from "@/lib/auth/pending-password";
import { createSession, isSessionActive } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { linkToken, SHARED_PASSWORD, SITE } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const SECRET = "integration-test-cookie-secret-of-32-chars";
const ATTACKER_PASSWORD = "the attacker's own password";
const OWNER_PASSWORD = "the owner's new password";
const now = new Date("2026-11-25T10:00:00Z");
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let sharedHash: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  sharedHash = await hashPassword(SHARED_PASSWORD);
});
afterAll(() => testDb.close());

const outboxTo = (to: string) => db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const createUser = (email: string, extra: { name?: string; locale?: string } = {}) =>
  db.user.create({ data: { email, passwordHash: sharedHash, emailVerified: now, ...extra } });

/** The sign-up form, as its schema hands it to registerIndividual. */
const signUp = (email: string, password: string) =>
  individualSignUpSchema.parse({ name: "Someone", email, password, locale: "fr" });

/** A password sign-in from the sign-in form; each from its own IP, so that only the account's wait applies. */
let ipCounter = 0;
const signInWith = (email: string, password: string, at: Date) =>
  authorizeWithPassword(db, { email, password }, { ip: `198.51.100.${++ipCounter}`, secret: SECRET, now: at });

/** A guest order placed with `email` (no account), as checkout stores it. */
async function guestOrder(email: string): Promise<string> {
  const order = await db.order.create({
    data: {
      number: `PS-2026-${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`,
      status: "paid",
      locale: "fr",
      email,
      shippingMethod: "colissimo",
      subtotalCents: 1000,
      shippingCents: 590,
      vatCents: 265,
      totalCents: 1590,
      paymentProvider: "demo",
      isDemo: true,
      paidAt: now,
      createdAt: now,
    },
  });
  return order.id;
}

// ─────────────────────────── Auth.js, as the route handler and signIn() run it ───────────────────────────

/** `proof`: the cookie the browser following the link carries (set by the sign-up form), or none. */
const authConfig = (proof: string | null = null) =>
  buildAuthConfig({
    db,
    env: { SITE_URL: SITE, COOKIE_SECRET: SECRET },
    now: () => new Date(),
    locale: "fr",
    userAgent: async () => "vitest",
    pendingPasswordProof: async () => proof,
  });

async function askForSignInLink(email: string): Promise<string> {
  const request = new Request(`${SITE}/api/auth/signin/link`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, callbackUrl: "/fr/account" }),
  });
  await Auth(request, { ...authConfig(), raw, skipCSRFCheck });
  const text = (await outboxTo(email)).at(-1)!.text;
  const link = text.match(/https?:\/\/\S+\/api\/auth\/callback\/link\?\S+/)?.[0];
  if (!link) throw new Error(`no sign-in link in:\n${text}`);
  return link;
}

const followSignInLink = (link: string, proof: string | null = null) =>
  Auth(new Request(link, { headers: { "user-agent": "vitest" } }), authConfig(proof));

const setsSessionCookie = (response: Response) =>
  response.headers.getSetCookie().some((c) => c.startsWith(`${sessionCookieName(true)}=ey`));

// ───────────────────────────────────────────────── Tests ─────────────────────────────────────────────────

describe("hardening 1: an account pre-registered with someone else's address", () => {
  test("P12, P13: the owner's verification link does not make the attacker's password valid; the owner chooses one, the attacker's sessions end", async () => {
    const email = "owner.one@example.fr";
    const registered = await registerIndividual(db, signUp(email, ATTACKER_PASSWORD), SITE, now);
    if (registered.status !== "created") throw new Error("expected a new account");
    const { userId } = registered;
    const attackerSession = await createSession(db, userId, "attacker", now);
    const order = await guestOrder("Owner.One@example.fr");
    // Not verified: the guest orders placed with the address stay out of the account.
    expect(await listAccountOrders(db, userId)).toEqual([]);

    // The owner opens the link from their mailbox, in their own browser: no proof of the sign-up's password.
    const token = linkToken((await outboxTo(email))[0]!.text, "verify-email");
    expect(await verifyEmail(db, token, minutesLater(10))).toEqual({ status: "choosePassword", userId });
    expect((await signInWith(email, ATTACKER_PASSWORD, minutesLater(11))).status).not.toBe("ok");
    expect(await listAccountOrders(db, userId)).toEqual([]);

    expect(await verifyEmailWithNewPassword(db, token, OWNER_PASSWORD, minutesLater(12))).toEqual({ userId });
    expect(await signInWith(email, ATTACKER_PASSWORD, minutesLater(20))).toEqual({ status: "invalid" });
    expect(await signInWith(email, OWNER_PASSWORD, minutesLater(40))).toMatchObject({ status: "ok" });
    expect(await isSessionActive(db, attackerSession.id, userId, minutesLater(40))).toBe(false);
    expect((await listAccountOrders(db, userId)).map((o) => o.id)).toEqual([order]);
    await expect(verifyEmailWithNewPassword(db, token, "yet another password", minutesLater(41))).rejects.toMatchObject(
      {
        code: "tokenUsed",
        field: "token",
      },
    );
  });

  test("P12: a sign-in link followed elsewhere does not sign in to a pre-registered account: it leads to choosing a password", async () => {
    const email = "owner.two@example.fr";
    const registered = await registerIndividual(db, signUp(email, ATTACKER_PASSWORD), SITE, now);
    if (registered.status !== "created") throw new Error("expected a new account");
    const attackerSession = await createSession(db, registered.userId, "attacker", now);

    const response = await followSignInLink(await askForSignInLink(email));
    const location = new URL(response.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe(`${SITE}/fr/verify-email`);
    expect(setsSessionCookie(response)).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: registered.userId } })).emailVerified).toBeNull();

    // The page it leads to is the verification link's: the owner chooses the password.
    const token = location.searchParams.get("token")!;
    expect(await verifyEmail(db, token, new Date())).toEqual({ status: "choosePassword", userId: registered.userId });
    await verifyEmailWithNewPassword(db, token, OWNER_PASSWORD, new Date());
    expect(await signInWith(email, ATTACKER_PASSWORD, minutesLater(60))).toEqual({ status: "invalid" });
    expect(await isSessionActive(db, attackerSession.id, registered.userId, new Date())).toBe(false);
  });

  test("P26: the legitimate sign-up: the link opened in the browser that signed up verifies the address and keeps the password", async () => {
    const email = "legit.one@example.fr";
    const registered = await registerIndividual(db, signUp(email, OWNER_PASSWORD), SITE, now);
    if (registered.status !== "created") throw new Error("expected a new account");
    const token = linkToken((await outboxTo(email))[0]!.text, "verify-email");

    // Another account's proof does not count.
    const otherProof = pendingPasswordProof("another-user-id", SECRET);
    expect(await verifyEmail(db, token, minutesLater(5), { proof: otherProof, secret: SECRET })).toMatchObject({
      status: "choosePassword",
    });
    const proof = pendingPasswordProof(registered.userId, SECRET);
    expect(await verifyEmail(db, token, minutesLater(5), { proof, secret: SECRET })).toEqual({
      status: "ok",
      userId: registered.userId,
    });
    expect(await signInWith(email, OWNER_PASSWORD, minutesLater(6))).toMatchObject({ status: "ok" });
    expect(await verifyEmail(db, token, minutesLater(7), { proof, secret: SECRET })).toEqual({ status: "used" });
  });

  test("P26: the legitimate sign-up: a sign-in link followed in the browser that signed up signs in and keeps the password", async () => {
    const email = "legit.two@example.fr";
    const registered = await registerIndividual(db, signUp(email, OWNER_PASSWORD), SITE, now);
    if (registered.status !== "created") throw new Error("expected a new account");

    const proof = pendingPasswordProof(registered.userId, SECRET);
    const response = await followSignInLink(await askForSignInLink(email), proof);
    expect(response.headers.get("location")).toBe(`${SITE}/fr/account`);
    expect(setsSessionCookie(response)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: registered.userId } })).emailVerified).not.toBeNull();
    expect(await signInWith(email, OWNER_PASSWORD, minutesLater(1))).toMatchObject({ status: "ok" });
  });
});

describe("hardening 3: the e-mail change form", () => {
  test("P12: an address that has an account gets the same answer as a free one, and a notice instead of a link", async () => {
    const mover = await createUser("mover@example.fr", { name: "Alex" });
    await createUser("holder@example.fr", { name: "Sam", locale: "en" });
    const request = (newEmail: string) =>
      requestEmailChange(db, mover.id, { newEmail, currentPassword: SHARED_PASSWORD }, SITE, now);

    expect(await request("Holder@Example.fr")).toEqual({ status: "sent" });
    expect(await request("free@example.fr")).toEqual({ status: "sent" });

    const toHolder = await outboxTo("holder@example.fr");
    expect(toHolder).toHaveLength(1);
    expect(toHolder[0]).toMatchObject({ template: "email-change-attempt", locale: "en" });
    expect(toHolder[0]!.text).toContain("Hello Sam,");
    expect(toHolder[0]!.text).not.toContain("confirm-email-change");
    expect(toHolder[0]!.text).not.toContain("mover@example.fr");
    // One link, to the free address only.
    expect(await db.authToken.findMany({ where: { userId: mover.id, purpose: "changeEmail" } })).toEqual([
      expect.objectContaining({ newEmail: "free@example.fr" }),
    ]);
    expect(await outboxTo("free@example.fr")).toEqual([expect.objectContaining({ template: "change-email" })]);
  });

  test("P12: every request counts per account, with the right password too", async () => {
    const user = await createUser("many-changes@example.fr");
    const other = await createUser("other-changes@example.fr");
    const { limit } = RATE_LIMITS.emailChangePerAccount;
    const request = (userId: string, i: number) =>
      requestEmailChangeWithLimit(
        db,
        userId,
        { newEmail: `target-${i}@example.fr`, currentPassword: SHARED_PASSWORD },
        { now, siteUrl: SITE },
      );
    for (let i = 0; i < limit; i++)
      await expect(request(user.id, i)).resolves.toMatchObject({ sentTo: `target-${i}@example.fr` });
    await expect(request(user.id, limit)).rejects.toMatchObject({ name: "DomainError", code: "limited" });
    expect(await outboxTo(`target-${limit}@example.fr`)).toHaveLength(0);
    await expect(request(other.id, 0)).resolves.toBeDefined();
    // Seven scrypt checks of the current password: slow on a busy machine.
  }, 120_000);
});

describe("hardening 9: the owner gets past the wait after wrong passwords", () => {
  test("P12: a sign-in link works during the wait, and a successful sign-in ends it", async () => {
    const email = "waiting@example.fr";
    await createUser(email);
    // Five wrong passwords, each as soon as it is allowed (the first is free, then 1 s, 2 s, 4 s).
    let at = now.getTime();
    for (const wait of [0, 0, 1, 2, 4]) {
      at += wait * 1000;
      expect(await signInWith(email, "a wrong guess", new Date(at))).toEqual({ status: "invalid" });
    }
    expect(await signInWith(email, SHARED_PASSWORD, new Date(at + 1000))).toMatchObject({ status: "limited" });

    const response = await followSignInLink(await askForSignInLink(email));
    expect(setsSessionCookie(response)).toBe(true);
    expect(await signInWith(email, SHARED_PASSWORD, new Date(at + 2000))).toMatchObject({ status: "ok" });
  });
});

describe("hardening 11: an e-mail or password change voids the account's pending links", () => {
  /** A reset link and a sign-in link, both pending, for `email`. */
  async function pendingLinks(email: string) {
    await requestPasswordReset(db, email, SITE, now);
    const resetToken = linkToken((await outboxTo(email)).at(-1)!.text, "reset-password");
    await askForSignInLink(email);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    return resetToken;
  }

  test("P12: confirming an e-mail change voids the reset and sign-in links sent to the old address", async () => {
    const user = await createUser("moving@example.fr");
    const resetToken = await pendingLinks(user.email);
    await requestEmailChange(
      db,
      user.id,
      { newEmail: "moved@example.fr", currentPassword: SHARED_PASSWORD },
      SITE,
      now,
    );
    const changeToken = linkToken((await outboxTo("moved@example.fr"))[0]!.text, "confirm-email-change");
    expect(await confirmEmailChange(db, changeToken, minutesLater(5))).toMatchObject({ status: "ok" });

    await expect(resetPassword(db, resetToken, "a password of my own", minutesLater(6))).rejects.toMatchObject({
      code: "tokenUsed",
    });
    expect(await db.verificationToken.count({ where: { identifier: "moving@example.fr" } })).toBe(0);
  });

  test("P12: changing the password voids pending reset and sign-in links", async () => {
    const user = await createUser("changing@example.fr");
    const resetToken = await pendingLinks(user.email);
    expect(await changePassword(db, user.id, SHARED_PASSWORD, "my brand new password", minutesLater(5))).toMatchObject({
      status: "ok",
    });
    await expect(resetPassword(db, resetToken, "a password of my own", minutesLater(6))).rejects.toMatchObject({
      code: "tokenUsed",
    });
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
  });

  test("P12: a password reset voids pending sign-in links", async () => {
    const user = await createUser("resetting@example.fr");
    const resetToken = await pendingLinks(user.email);
    await resetPassword(db, resetToken, "a password of my own", minutesLater(5));
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
  });
});
