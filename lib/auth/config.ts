// Auth.js v5 configuration as a plain function of its dependencies, so that integration tests run the real
// flows (provider, adapter, callbacks) on a test database; lib/auth/auth.ts wires it to Next.js.
// - e-mail + password (Credentials provider, hence JWT sessions), each JWT backed by a UserSession row that
//   is checked on every request so that it can be revoked (docs/decisions/0005-revocable-sessions.md);
// - sign-in links by e-mail for existing accounts (docs/decisions/0006-sign-in-links.md).
import { CredentialsSignin, type AuthError, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { clientIp } from "@/lib/security/client-ip";
import { authJsSecret } from "./auth-secret";
import { authorizeWithPassword, type SignInResult } from "./authorize";
import { sessionCookieName } from "./cookie-names";
import { activeSessionAccount, createSession, SESSION_DAYS } from "./sessions";
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
 * refusal (P12), and so is anything else Auth.js refuses; "limited" and "unverified" are told as such.
 */
export function signInRefusal(error: AuthError): DomainError {
  const { code, retryAfterSeconds } = error as AuthError & { code?: string; retryAfterSeconds?: number };
  if (code === "limited") return new DomainError("limited", { retryAfterSeconds });
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
};

export function buildAuthConfig(deps: AuthDeps): NextAuthConfig {
  const { db, env, now } = deps;
  const https = env.SITE_URL.startsWith("https://");
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
          ? await db.user.findUnique({ where: { email: user.email }, select: { id: true } })
          : null;
        if (known) return true;
        return email?.verificationRequest
          ? `/api/auth/verify-request?${new URLSearchParams({ provider: SIGN_IN_LINK_PROVIDER, type: "email" })}`
          : false;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const session = await createSession(db, user.id, await deps.userAgent(), now());
          return { ...token, uid: user.id, sid: session.id, role: user.role };
        }
        if (typeof token.uid !== "string" || typeof token.sid !== "string") return null;
        const account = await activeSessionAccount(db, token.sid, token.uid, now());
        if (!account) return null;
        return { ...token, email: account.email, name: account.name, role: account.role };
      },
      session({ session, token }) {
        return {
          ...session,
          sessionId: token.sid as string,
          user: { ...session.user, id: token.uid as string, role: token.role as "customer" | "admin" },
        };
      },
    },
    events: {
      async signIn({ user, account }) {
        if (!user.id) return;
        // The password path records activity in authorizeWithPassword; a link is activity too (P15 retention).
        if (account?.provider === SIGN_IN_LINK_PROVIDER) {
          await db.user.update({ where: { id: user.id }, data: { lastActiveAt: now() } });
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
  if (type && EXPECTED_AUTH_ERRORS.has(type)) console.warn(`[auth] refused: ${type}`);
  else console.error(error);
}
