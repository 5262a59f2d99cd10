// Revocable sessions for Auth.js's JWT strategy (the only one its Credentials provider supports): each
// JWT carries the id of a UserSession row, and every request checks that row. "Sign out everywhere",
// a password change or an account deletion revokes rows, and the JWTs naming them stop working at once.
import type { Db, Tx } from "@/lib/db/client";

export const SESSION_DAYS = 30;
/** lastSeenAt is refreshed at most this often, so that a page view is not a database write. */
const TOUCH_EVERY_MS = 5 * 60_000;

export async function createSession(db: Db, userId: string, userAgent: string | null, now: Date) {
  return db.userSession.create({
    data: {
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
    },
    select: { id: true, expiresAt: true },
  });
}

export type SessionAccount = {
  email: string;
  name: string | null;
  role: "customer" | "admin";
  /** whether this session passed the admin's second factor (lib/auth/second-factor.ts) */
  secondFactor: boolean;
};

/**
 * The account behind a session while the session exists, belongs to the user, is not revoked and has not
 * expired; null otherwise. One read per request: the session and the account's current address, name and
 * role (a confirmed e-mail change or a role change shows at once, not when the JWT expires).
 */
export async function activeSessionAccount(
  db: Db,
  sessionId: string,
  userId: string,
  now: Date,
): Promise<SessionAccount | null> {
  const session = await db.userSession.findFirst({
    where: { id: sessionId, userId },
    include: { user: { select: { email: true, name: true, role: true } } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return { ...session.user, secondFactor: session.secondFactorAt !== null };
}

/**
 * Marks the session as having passed the second factor (an admin's TOTP or recovery code). Only a live session
 * of that user is marked; false otherwise.
 */
export async function markSecondFactorPassed(
  db: Db | Tx,
  sessionId: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: now } },
    data: { secondFactorAt: now },
  });
  return count === 1;
}

/** True while the session exists, belongs to the user, is not revoked and has not expired. */
export async function isSessionActive(db: Db, sessionId: string, userId: string, now: Date): Promise<boolean> {
  return (await activeSessionAccount(db, sessionId, userId, now)) !== null;
}

export function listActiveSessions(db: Db, userId: string, now: Date) {
  return db.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
}

/** Revokes one of the user's sessions (ownership is part of the query). Returns whether one was revoked. */
export async function revokeSession(db: Db, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count === 1;
}

/** "Sign out everywhere" (optionally keeping the current browser), after a password change or a first verification. */
export async function revokeAllSessions(
  db: Db | Tx,
  userId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}
