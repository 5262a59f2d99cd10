// Playwright fixtures for tests that are not about signing in: accounts written straight into the e2e
// database (served by the embedded server, so this worker connects to it like the shops do) and browsers
// signed in without the form, with a UserSession row and the session cookie Auth.js itself would set
// (docs/decisions/0005-revocable-sessions.md). Signing in through the form is tested in accounts.spec.ts
// and auth-flows.spec.ts.
import { randomUUID } from "node:crypto";
import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { authJsSecret } from "@/lib/auth/auth-secret";
import { sessionCookieName } from "@/lib/auth/cookie-names";
import { hashPassword } from "@/lib/auth/password";
import { createSession, markSecondFactorPassed, SESSION_DAYS } from "@/lib/auth/sessions";
import { createDb, type Db } from "@/lib/db/client";
import { PASSWORD } from "./accounts";
import { E2E_COOKIE_SECRET, E2E_DATABASE_URL } from "./servers";

export { expect } from "@playwright/test";
export { PASSWORD };

export type Account = { id: string; email: string; name: string | null; role: "customer" | "admin" };

type WorkerFixtures = { db: Db; cookieSecret: string };
type TestFixtures = {
  /** A new verified account, not signed in anywhere; its password is PASSWORD. */
  newAccount: (options?: { name?: string; role?: Account["role"] }) => Promise<Account>;
  /**
   * Signs `account` in on a browser context, as a successful sign-in would; an admin's session has passed the
   * second factor too unless `secondFactor: false` (second-factor.spec.ts goes through the real pages).
   */
  signInDirectly: (context: BrowserContext, account: Account, options?: { secondFactor?: boolean }) => Promise<void>;
  /** A page of a new browser context (French), signed in as a new customer of its own. */
  anotherCustomerPage: () => Promise<Page>;
  /** A new customer (optionally named), signed in on `page`. */
  newSignedInCustomer: (options?: { name?: string }) => Promise<Account>;
};

// Fixture functions hand their value to Playwright's `use` callback, named `provide` here so that the
// React hooks lint rule does not take it for React's use().
export const test = base.extend<TestFixtures, WorkerFixtures>({
  db: [
    async ({}, provide) => {
      const db = createDb(E2E_DATABASE_URL);
      await provide(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  cookieSecret: [async ({}, provide) => provide(E2E_COOKIE_SECRET), { scope: "worker" }],

  newAccount: async ({ db }, provide) => {
    const created: string[] = [];
    await provide(async ({ name, role = "customer" } = {}) => {
      const account = await db.user.create({
        data: {
          email: `e2e-${role}-${randomUUID()}@example.fr`,
          name: name ?? null,
          passwordHash: await hashPassword(PASSWORD),
          emailVerified: new Date(),
          role,
        },
        select: { id: true, email: true, name: true, role: true },
      });
      created.push(account.id);
      return account;
    });
    // Their sessions, addresses, lists… go with them (cascades); a test may have deleted its account already.
    await db.user.deleteMany({ where: { id: { in: created } } });
  },

  signInDirectly: async ({ db, cookieSecret, baseURL }, provide) => {
    await provide(async (context, account, { secondFactor = account.role === "admin" } = {}) => {
      const userAgent = await context.newPage().then(async (page) => {
        const agent = await page.evaluate(() => navigator.userAgent);
        await page.close();
        return agent;
      });
      const session = await createSession(db, account.id, userAgent, new Date());
      if (secondFactor) await markSecondFactorPassed(db, session.id, account.id, new Date());
      const https = baseURL!.startsWith("https://");
      const name = sessionCookieName(https);
      const maxAge = SESSION_DAYS * 86_400;
      // The token lib/auth/config.ts's jwt callback returns at sign-in, on Auth.js's default claims.
      const token = {
        name: account.name,
        email: account.email,
        sub: account.id,
        uid: account.id,
        sid: session.id,
        role: account.role,
      };
      // Auth.js salts the encryption key with the cookie's name.
      const value = await encode({ token, secret: authJsSecret(cookieSecret), salt: name, maxAge });
      await context.addCookies([
        {
          name,
          value,
          url: baseURL!,
          httpOnly: true,
          secure: https,
          sameSite: "Lax",
          expires: Math.floor(session.expiresAt.getTime() / 1000),
        },
      ]);
    });
  },

  anotherCustomerPage: async ({ browser, newAccount, signInDirectly }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async () => {
      const context = await browser.newContext({ locale: "fr-FR" });
      contexts.push(context);
      await signInDirectly(context, await newAccount());
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },

  newSignedInCustomer: async ({ context, newAccount, signInDirectly }, provide) => {
    await provide(async (options) => {
      const account = await newAccount(options);
      await signInDirectly(context, account);
      return account;
    });
  },
});
