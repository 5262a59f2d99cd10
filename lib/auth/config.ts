// Auth.js v5 configuration as a plain function of its dependencies, so that integration tests run the real
// flows (provider, adapter, callbacks) on a test database; lib/auth/auth.ts wires it to Next.js.
// - e-mail + password (Credentials provider, hence JWT sessions), each JWT backed by a UserSession row that
//   is checked on every request so that it can be revoked (docs/decisions/0005-revocable-sessions.md);
// - sign-in links by e-mail for existing accounts (docs/decisions/0006-sign-in-links.md).
import { CredentialsSignin, type AuthError, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ACCOUNT_PATHS } from "@/lib/accounts/links";
import { issueToken } from "@/lib/accounts/tokens";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { logger } from "@/lib/logs/logger";
import { clientIp } from "@/lib/security/client-ip";
import { isHttps } from "@/lib/security/csp";
import { authJsSecret } from "./auth-secret";
import { authorizeWithPassword, type SignInResult } from "./authorize";
import { callbackUrlCookieName, sessionCookieName } from "./cookie-names";
import { markFirstVerification, provesPendingPassword } from "./pending-password";
import { activeSessionAccount, createSession, SESSION_DAYS } from "./sessions";
import { endSignInDelay } from "./sign-in-delay";
import { SIGN_IN_LINK_PROVIDER, signInLinkAdapter, signInLinkProvider } from "./sign-in-link";

/** The reason a sign-in was refused, carried to the sign-in form as Auth.js's error code. */
export class SignInRefused extends CredentialsSignin {
  readonly retryAfterSeconds?: number;

  constructor(refusal: Exclude<SignInResult, { status: "ok" }>) {
    super();
    this.code = refusal.status;
    if (refusal.status === "limited") this.retryAfterSeconds = refusal.retryAfterSeconds;
  }
}

/**
 * What the sign-in form says when Auth.js refuses a password: a wrong password and an unknown address are one
 * refusal (P12), and so is anything else Auth.js refuses; "unverified" is told as such, and "limited" with
 * the way that needs no password (a sign-in link works during the wait).
 */
export function signInRefusal(error: AuthError): DomainError {
  const { code, retryAfterSeconds } = error as AuthError & { code?: string; retryAfterSeconds?: number };
  if (code === "limited") return new DomainError("signInDelayed", { retryAfterSeconds });
  if (code === "unverified") return new DomainError("unverified");
  return new DomainError("wrongCredentials");
}

export type AuthDeps = {
  db: Db;
  env: { SITE_URL: string; COOKIE_SECRET: string };
  now: () => Date;
  /** the language of Auth.js's own redirects (check-your-e-mail page, link error page) */
  locale: Locale;
  /** the User-Agent of the request, shown in the list of sessions */
  userAgent: () => Promise<string | null>;
  /** after any successful sign-in (password or link), e.g. to merge the guest cart (P16) */
  afterSignIn?: (userId: string) => Promise<void>;
  /** the cookie of the browser following a link that proves it chose a pending password (./pending-password.ts) */
  pendingPasswordProof?: () => Promise<string | null>;
};

export function buildAuthConfig(deps: AuthDeps): NextAuthConfig {
  const { db, env, now } = deps;
  const https = isHttps(env);

  /**
   * A link followed for an account never verified (docs/decisions/0006-sign-in-links.md, "Pre-registered
   * accounts"): in the browser that chose its password, or for an account without one, it signs in and the
   * address is verified, every earlier session ending. Anywhere else the password may be a stranger's: the
   * link signs no one in and leads to the verification page, where the person here chooses the password.
   */
  async function firstVerificationByLink(account: { id: string; passwordHash: string | null }) {
    const browser = { proof: await deps.pendingPasswordProof?.(), secret: env.COOKIE_SECRET };
    if (!account.passwordHash || provesPendingPassword(browser, account.id)) {
      await markFirstVerification(db, account.id, now());
      return true;
    }
    const { token } = await issueToken(db, account.id, "verifyEmail", now());
    return `/${deps.locale}/${ACCOUNT_PATHS.verifyEmail}?${new URLSearchParams({ token })}`;
  }

  return {
    // One secret to manage: Auth.js's is derived from COOKIE_SECRET.
    secret: authJsSecret(env.COOKIE_SECRET),
    trustHost: true,
    basePath: "/api/auth",
    // The adapter serves the link tokens only: sessions stay JWTs backed by UserSession rows.
    adapter: signInLinkAdapter(db),
    session: { strategy: "jwt", maxAge: SESSION_DAYS * 86_400 },
    useSecureCookies: https,
    cookies: {
      sessionToken: {
        name: sessionCookieName(https),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: https },
      },
      callbackUrl: {
        name: callbackUrlCookieName(https),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: https },
      },
    },
    pages: {
      signIn: `/${deps.locale}/sign-in`,
      verifyRequest: `/${deps.locale}/sign-in/check-email`,
      error: `/${deps.locale}/sign-in/link-error`,
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const ip = clientIp(request.headers);
          const result = await authorizeWithPassword(db, credentials, { ip, secret: env.COOKIE_SECRET, now: now() });
          if (result.status !== "ok") throw new SignInRefused(result);
          return result.user;
        },
      }),
      signInLinkProvider({ db, siteUrl: env.SITE_URL, now }),
    ],
    logger: { error: logAuthError },
    callbacks: {
      async signIn({ user, account, email }) {
        if (account?.provider !== SIGN_IN_LINK_PROVIDER) return true;
        // Links are for existing accounts only (no account is created by a link). Asking for a link for an
        // unknown address "succeeds" without sending anything: the same answer as for a known one.
        const known = user.email
          ? await db.user.findUnique({
              where: { email: user.email },
              select: { id: true, emailVerified: true, passwordHash: true },
            })
          : null;
        if (!known) {
          return email?.verificationRequest
            ? `/api/auth/verify-request?${new URLSearchParams({ provider: SIGN_IN_LINK_PROVIDER, type: "email" })}`
            : false;
        }
        if (email?.verificationRequest || known.emailVerified) return true;
        return firstVerificationByLink(known);
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const session = await createSession(db, user.id, await deps.userAgent(), now());
          return { ...token, uid: user.id, sid: session.id, role: user.role, secondFactor: false };
        }
        if (typeof token.uid !== "string" || typeof token.sid !== "string") return null;
        const account = await activeSessionAccount(db, token.sid, token.uid, now());
        if (!account) return null;
        // Read from the session row on every request: passing the admin's second factor shows at once.
        return {
          ...token,
          email: account.email,
          name: account.name,
          role: account.role,
          secondFactor: account.secondFactor,
        };
      },
      session({ session, token }) {
        return {
          ...session,
          sessionId: token.sid as string,
          secondFactor: token.secondFactor === true,
          user: { ...session.user, id: token.uid as string, role: token.role as "customer" | "admin" },
        };
      },
    },
    events: {
      async signIn({ user, account }) {
        if (!user.id) return;
        // The password path records activity and ends the wait after wrong passwords in
        // authorizeWithPassword; a link is activity too (P15 retention), and the owner's way past the wait.
        if (account?.provider === SIGN_IN_LINK_PROVIDER) {
          await db.user.update({ where: { id: user.id }, data: { lastActiveAt: now() } });
          if (user.email) await endSignInDelay(db, user.email, env.COOKIE_SECRET);
        }
        await deps.afterSignIn?.(user.id);
      },
    },
  };
}

/**
 * Refusals that are part of normal life (a wrong password, an expired or reused link, an old or forged
 * session cookie) get one line without a stack and without personal data; anything else is a real error.
 */
const EXPECTED_AUTH_ERRORS = new Set(["CredentialsSignin", "Verification", "JWTSessionError", "AccessDenied"]);

function logAuthError(error: Error): void {
  const type = (error as Error & { type?: string }).type;
  if (type && EXPECTED_AUTH_ERRORS.has(type)) logger.warn({ type }, "sign-in refused");
  else logger.error({ err: error }, "authentication error");
}
