// Sign-in links (docs/decisions/0006-sign-in-links.md) run through the real Auth.js engine with our
// configuration (lib/auth/config.ts) on a test database, the way next-auth's signIn() and the route handler
// call it; plus the rate limits of e-mailed links. Organization invitations (P27) are in
// organization-invitations.test.ts.
import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { AuthError } from "next-auth";
import { buildAuthConfig, SignInRefused, signInRefusal } from "@/lib/auth/config";
import { sessionCookieName } from "@/lib/auth/cookie-names";
import { hashPassword } from "@/lib/auth/password";
import { limitEmailRequest, signInLinkAdapter } from "@/lib/auth/sign-in-link";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { ipKey, RATE_LIMITS } from "@/lib/security/rate-limit";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const SITE = "https://shop.example";
const SECRET = "integration-test-cookie-secret-of-32-chars";
const PASSWORD = "correct horse battery staple";
let sharedHash: string;
/** user ids passed to the after-sign-in hook (the guest cart merge in the app) */
const signedIn: string[] = [];

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  sharedHash = await hashPassword(PASSWORD);
});
afterAll(() => testDb.close());

const config = (locale: "fr" | "en" = "fr") => ({
  ...buildAuthConfig({
    db,
    env: { SITE_URL: SITE, COOKIE_SECRET: SECRET },
    now: () => new Date(),
    locale,
    userAgent: async () => "vitest",
    afterSignIn: async (userId) => void signedIn.push(userId),
  }),
});

/** What next-auth's signIn(provider, { redirect: false }) does in a server action: Auth.js in-process. */
async function signInRequest(provider: string, fields: Record<string, string>, origin = SITE) {
  const request = new Request(`${origin}/api/auth/${provider === "link" ? "signin" : "callback"}/${provider}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "vitest" },
    body: new URLSearchParams(fields),
  });
  const response = (await Auth(request, { ...config(), raw, skipCSRFCheck })) as unknown as { redirect?: string };
  return response.redirect;
}

/** The browser following an e-mailed link: a GET on the route handler. */
const followLink = (url: string) => Auth(new Request(url, { headers: { "user-agent": "vitest" } }), config());

const createUser = (
  email: string,
  extra: { name?: string; locale?: string; emailVerified?: Date | null; passwordHash?: string | null } = {},
) => db.user.create({ data: { email, passwordHash: sharedHash, emailVerified: new Date(), ...extra } });

const outboxTo = (to: string) => db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

function linkIn(text: string): string {
  const link = text.match(/https?:\/\/\S+\/api\/auth\/callback\/link\?\S+/)?.[0];
  if (!link) throw new Error(`no sign-in link in:\n${text}`);
  return link;
}

describe("sign-in links", () => {
  test("P12: a link is e-mailed only to an existing account; known and unknown addresses get the same answer", async () => {
    await createUser("claire@example.fr", { name: "Claire" });
    const users = await db.user.count();

    const known = await signInRequest("link", { email: "Claire@Example.fr", callbackUrl: "/fr/account" });
    const unknown = await signInRequest("link", { email: "nobody@example.fr", callbackUrl: "/fr/account" });
    expect(known).toBe(`${SITE}/api/auth/verify-request?provider=link&type=email`);
    expect(unknown).toBe(known);

    const [email] = await outboxTo("claire@example.fr");
    expect(email).toMatchObject({
      template: "sign-in-link",
      locale: "fr",
      subject: "Votre lien de connexion PluSuite",
    });
    expect(email!.text).toContain("Bonjour Claire,");
    expect(linkIn(email!.text)).toMatch(/^https:\/\/shop\.example\/api\/auth\/callback\/link\?/);
    expect(await outboxTo("nobody@example.fr")).toHaveLength(0);
    // One token (the known address's), stored hashed: the raw token is only in the e-mail.
    const tokens = await db.verificationToken.findMany();
    expect(tokens.map((token) => token.identifier)).toEqual(["claire@example.fr"]);
    expect(email!.text).not.toContain(tokens[0]!.token);
    expect(await db.user.count()).toBe(users);
  });

  test("the link signs in once (session row, cookie, after-sign-in hook, address verified); then our error page", async () => {
    // Never verified, and no password to keep (one chosen in another browser: account-hardening.test.ts).
    const user = await createUser("remi@example.fr", { emailVerified: null, passwordHash: null });
    await signInRequest("link", { email: "remi@example.fr", callbackUrl: "/fr/account/orders" });
    const link = linkIn((await outboxTo("remi@example.fr"))[0]!.text);

    const first = await followLink(link);
    expect(first.status).toBe(302);
    expect(first.headers.get("location")).toBe(`${SITE}/fr/account/orders`);
    expect(first.headers.getSetCookie().some((c) => c.startsWith(`${sessionCookieName(true)}=`))).toBe(true);
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    expect(signedIn).toContain(user.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();

    const second = await followLink(link);
    expect(second.headers.get("location")).toBe(`${SITE}/fr/sign-in/link-error?error=Verification`);
    expect(second.headers.getSetCookie().some((c) => c.startsWith(`${sessionCookieName(true)}=ey`))).toBe(false);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1);
  });

  test("a link whose account was erased meanwhile is refused, and creates no account", async () => {
    const user = await createUser("gone@example.fr");
    await signInRequest("link", { email: "gone@example.fr", callbackUrl: "/fr/account" });
    const link = linkIn((await outboxTo("gone@example.fr"))[0]!.text);
    await db.user.delete({ where: { id: user.id } });

    const response = await followLink(link);
    expect(response.headers.get("location")).toBe(`${SITE}/fr/sign-in/link-error?error=AccessDenied`);
    expect(await db.user.findUnique({ where: { email: "gone@example.fr" } })).toBeNull();
    // And the adapter itself refuses, whatever path might reach it.
    expect(() => signInLinkAdapter(db).createUser!({ id: "x", email: "x@example.fr", emailVerified: null })).toThrow();
  });

  test("an English page gets an English e-mail; a forged Host cannot move the link to another site", async () => {
    await createUser("sam@example.fr", { name: "Sam", locale: "fr" });
    await signInRequest("link", { email: "sam@example.fr", callbackUrl: "/en/account" }, "https://evil.example");
    const [email] = await outboxTo("sam@example.fr");
    expect(email).toMatchObject({ locale: "en", subject: "Your PluSuite sign-in link" });
    const link = new URL(linkIn(email!.text));
    expect(link.origin).toBe(SITE);
    expect(link.searchParams.get("callbackUrl")).toBe("/en/account");
    expect(email!.html).not.toContain("evil.example");
  });

  test("P16: password and link sign-ins both run the after-sign-in hook (the guest cart merge)", async () => {
    const user = await createUser("pat@example.fr");
    await signInRequest("credentials", { email: "pat@example.fr", password: PASSWORD, callbackUrl: "/fr/account" });
    expect(signedIn.filter((id) => id === user.id)).toHaveLength(1);
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(1);
  });

  test("P12: a refused password reads the same for a wrong password and an unknown address", async () => {
    await createUser("refused@example.fr");
    await createUser("unconfirmed@example.fr", { emailVerified: null });
    /** What the sign-in form shows when Auth.js refuses the password (the server action's mapping). */
    const refusal = (email: string, password: string) =>
      signInRequest("credentials", { email, password, callbackUrl: "/fr/account" }).then(
        () => Promise.reject(new Error(`${email} was signed in`)),
        (error: AuthError) => signInRefusal(error),
      );
    const wrong = { name: "DomainError", code: "wrongCredentials", field: undefined, retryAfterSeconds: undefined };
    expect(await refusal("refused@example.fr", "not the password")).toMatchObject(wrong);
    expect(await refusal("nobody-here@example.fr", "not the password")).toMatchObject(wrong);
    expect(await refusal("unconfirmed@example.fr", PASSWORD)).toMatchObject({ code: "unverified" });
    // Too many attempts (lib/auth/authorize.ts counts them): the form says when to try again, or to use a link.
    expect(signInRefusal(new SignInRefused({ status: "limited", retryAfterSeconds: 420 }))).toMatchObject({
      code: "signInDelayed",
      retryAfterSeconds: 420,
    });
  });

  test("P13: the session shows the account's current address and role, e.g. after a confirmed e-mail change", async () => {
    const user = await createUser("before@example.fr");
    await signInRequest("link", { email: "before@example.fr", callbackUrl: "/fr/account" });
    const signedInResponse = await followLink(linkIn((await outboxTo("before@example.fr"))[0]!.text));
    const cookie = signedInResponse.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${sessionCookieName(true)}=`))!
      .split(";")[0]!;
    const session = async () => {
      const response = await Auth(new Request(`${SITE}/api/auth/session`, { headers: { cookie } }), config());
      return (await response.json()) as { user?: { email: string; role: string } } | null;
    };
    expect((await session())?.user).toMatchObject({ email: "before@example.fr", role: "customer" });

    await db.user.update({ where: { id: user.id }, data: { email: "after@example.fr", role: "admin" } });
    expect((await session())?.user).toMatchObject({ email: "after@example.fr", role: "admin" });
    await db.userSession.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    expect(await session()).toBeNull();
  });

  test("the adapter's verification tokens work on our Prisma client: created, used once, then null", async () => {
    const adapter = signInLinkAdapter(db);
    const expires = new Date(Date.now() + 3_600_000);
    await adapter.createVerificationToken!({ identifier: "round@example.fr", token: "hashed-token", expires });
    const token = { identifier: "round@example.fr", token: "hashed-token" };
    expect(await adapter.useVerificationToken!(token)).toMatchObject({ ...token, expires });
    expect(await adapter.useVerificationToken!(token)).toBeNull();
    expect(await adapter.useVerificationToken!({ identifier: "x@example.fr", token: "never-issued" })).toBeNull();
    expect(await adapter.getUserByEmail!("no-such-user@example.fr")).toBeNull();
  });
});

describe("P12: e-mailed links are rate-limited per address and per IP", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  /** true when the request may go on, false when it is refused as "limited" (the action builder's ipKey) */
  const request = (kind: "signInLink" | "passwordReset", email: string, ip: string, at = now) =>
    limitEmailRequest(db, kind, { email, ipKey: ipKey(ip, SECRET) }, SECRET, at).then(
      () => true,
      (error: unknown) => {
        if (error instanceof DomainError && error.code === "limited" && error.retryAfterSeconds! > 0) return false;
        throw error;
      },
    );
  const allow = (email: string, ip: string, at = now) => request("signInLink", email, ip, at);

  test("per address, known or not, whatever the IP; the next window starts afresh", async () => {
    await createUser("limited@example.fr");
    const { limit, windowSeconds } = RATE_LIMITS.signInLinkPerAccount;
    for (const email of ["limited@example.fr", "unknown-limited@example.fr"]) {
      const answers = [];
      for (let i = 0; i <= limit; i++) answers.push(await allow(email.toUpperCase(), `10.0.0.${i}`));
      expect(answers).toEqual([...Array<boolean>(limit).fill(true), false]);
    }
    expect(await allow("limited@example.fr", "10.0.1.1", new Date(now.getTime() + windowSeconds * 1000))).toBe(true);
    // Password resets count apart: a flood of links does not block a reset, and vice versa.
    expect(await request("passwordReset", "limited@example.fr", "unknown")).toBe(true);
  });

  test("per IP across addresses; the table stores neither the addresses nor the IP", async () => {
    const { limit } = RATE_LIMITS.signInLinkPerIp;
    const answers = [];
    for (let i = 0; i <= limit; i++) answers.push(await allow(`visitor-${i}@example.fr`, "192.0.2.7"));
    expect(answers.at(-2)).toBe(true);
    expect(answers.at(-1)).toBe(false);
    expect(await allow("visitor-new@example.fr", "192.0.2.8")).toBe(true);
    const rows = await db.rateLimitWindow.findMany({ where: { key: { startsWith: "signInLink:" } } });
    expect(rows.length).toBeGreaterThan(limit);
    expect(rows.map((row) => row.key).join(" ")).not.toMatch(/example\.fr|192\.0\.2/);
  });
});
