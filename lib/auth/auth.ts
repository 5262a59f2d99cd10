import "server-only";
// Auth.js v5: e-mail + password sign-in (Credentials provider, hence JWT sessions), each JWT backed by
// a UserSession row that is checked on every request so that it can be revoked
// (docs/decisions/0005-revocable-sessions.md).
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { sessionCookieName } from "./cookie-names";
import { authorizeWithPassword, type SignInResult } from "./authorize";
import { createSession, isSessionActive, SESSION_DAYS } from "./sessions";

/** The reason a sign-in was refused, carried to the sign-in form as Auth.js's error code. */
export class SignInRefused extends CredentialsSignin {
  constructor(readonly reason: Exclude<SignInResult["status"], "ok">) {
    super();
    this.code = reason;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  const https = env.SITE_URL.startsWith("https://");
  return {
    // One secret to manage: Auth.js's is derived from COOKIE_SECRET.
    secret: createHmac("sha256", env.COOKIE_SECRET).update("plusuite:authjs").digest("base64url"),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_DAYS * 86_400 },
    useSecureCookies: https,
    cookies: {
      sessionToken: {
        name: sessionCookieName(https),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: https },
      },
    },
    pages: { signIn: "/fr/sign-in" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
          const result = await authorizeWithPassword(db, credentials, {
            ip,
            secret: env.COOKIE_SECRET,
            now: new Date(),
          });
          if (result.status !== "ok") throw new SignInRefused(result.status);
          return result.user;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        const now = new Date();
        if (user?.id) {
          const session = await createSession(db, user.id, (await headers()).get("user-agent"), now);
          return { ...token, uid: user.id, sid: session.id, role: user.role };
        }
        if (typeof token.uid !== "string" || typeof token.sid !== "string") return null;
        return (await isSessionActive(db, token.sid, token.uid, now)) ? token : null;
      },
      session({ session, token }) {
        return {
          ...session,
          sessionId: token.sid as string,
          user: { ...session.user, id: token.uid as string, role: token.role as "customer" | "admin" },
        };
      },
    },
  };
});
