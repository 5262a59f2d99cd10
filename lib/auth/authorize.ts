// Sign-in with e-mail and password, as Auth.js's Credentials provider will call it. One answer for an
// unknown e-mail and a wrong password (no account enumeration), and the same time spent on both;
// wrong passwords make the address wait longer and longer (./sign-in-delay.ts) and are limited per IP (P12).
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { check, hit, ipKey, RATE_LIMITS, type RateLimitRule } from "@/lib/security/rate-limit";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { claimSignInAttempt, endSignInDelay } from "./sign-in-delay";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export type SignInResult =
  | { status: "ok"; user: { id: string; email: string; name: string | null; role: "customer" | "admin" } }
  | { status: "invalid" }
  /** too many attempts: retry later */
  | { status: "limited"; retryAfterSeconds: number }
  /** right password, but the e-mail address is not verified yet */
  | { status: "unverified" };

export async function authorizeWithPassword(
  db: Db,
  input: unknown,
  context: {
    /** lib/security/client-ip.ts: never missing (an unknown address is one shared client) */
    ip: string;
    secret: string;
    now: Date;
    /** the per-IP rule (tests pass a small one) */
    limits?: { signInPerIp: RateLimitRule };
  },
): Promise<SignInResult> {
  const rules = context.limits ?? RATE_LIMITS;
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;

  // Per IP, only failures count: many customers behind one address (an office, a mobile carrier's NAT)
  // sign in successfully all day. Per address, the wait after the last failures (every attempt is one
  // until it succeeds): checked after the IP, so that a refused IP does not make the owner wait.
  const ipLimitKey = `signin:ip:${ipKey(context.ip, context.secret)}`;
  const limit = await check(db, ipLimitKey, rules.signInPerIp, context.now);
  if (!limit.allowed) return { status: "limited", retryAfterSeconds: limit.retryAfterSeconds };
  const claim = await claimSignInAttempt(db, email, context.secret, context.now);
  if (!claim.allowed) return { status: "limited", retryAfterSeconds: claim.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email } });
  const matches = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : await verifyAgainstDecoy(password);
  if (!user || !matches) {
    await hit(db, ipLimitKey, rules.signInPerIp, context.now);
    return { status: "invalid" };
  }
  await endSignInDelay(db, email, context.secret);
  if (!user.emailVerified) return { status: "unverified" };

  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: context.now } });
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

/** The account of an e-mail address as the sign-in form typed it (case and spaces do not matter), or null. */
export async function findUserIdByEmail(db: Db, email: string): Promise<string | null> {
  const parsed = credentialsSchema.shape.email.safeParse(email);
  if (!parsed.success || parsed.data === "") return null;
  const user = await db.user.findUnique({ where: { email: parsed.data }, select: { id: true } });
  return user?.id ?? null;
}
