// Sign-in with e-mail and password, as Auth.js's Credentials provider will call it. One answer for an
// unknown e-mail and a wrong password (no account enumeration), and the same time spent on both;
// failures are rate-limited per account and per IP (P12).
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { check, hit, ipKey, RATE_LIMITS, reset, type RateLimitRule } from "@/lib/security/rate-limit";
import { verifyAgainstDecoy, verifyPassword } from "./password";

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
    ip: string | null;
    secret: string;
    now: Date;
    /** the rate-limit rules (tests pass small ones) */
    limits?: { signInPerAccount: RateLimitRule; signInPerIp: RateLimitRule };
  },
): Promise<SignInResult> {
  const rules = context.limits ?? RATE_LIMITS;
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;

  // Per account, every attempt counts (a success resets it). Per IP, only failures count: many customers
  // behind one address (an office, a mobile carrier's NAT) sign in successfully all day.
  const accountKey = `signin:account:${email}`;
  const ipLimitKey = context.ip ? `signin:ip:${ipKey(context.ip, context.secret)}` : null;
  const limits = [hit(db, accountKey, rules.signInPerAccount, context.now)];
  if (ipLimitKey) limits.push(check(db, ipLimitKey, rules.signInPerIp, context.now));
  const refused = (await Promise.all(limits)).find((limit) => !limit.allowed);
  if (refused) return { status: "limited", retryAfterSeconds: refused.retryAfterSeconds };

  const user = await db.user.findUnique({ where: { email } });
  const matches = user?.passwordHash
    ? await verifyPassword(password, user.passwordHash)
    : await verifyAgainstDecoy(password);
  if (!user || !matches) {
    if (ipLimitKey) await hit(db, ipLimitKey, rules.signInPerIp, context.now);
    return { status: "invalid" };
  }
  if (!user.emailVerified) return { status: "unverified" };

  await reset(db, accountKey);
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
