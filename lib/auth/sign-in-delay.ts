// The wait after wrong passwords (P12), instead of a lockout: the first failure on an address is free (a
// typo), then each consecutive one doubles the time before the next attempt is checked (1 s, 2 s, 4 s… up to
// 15 minutes). An attempt made sooner is refused without looking at the password; nothing sleeps on the
// server. A success ends the wait, and the owner can sign in by e-mailed link at any time (which ends it too):
// a stranger typing wrong passwords is slowed to about a hundred guesses a day, and the owner is not locked out.
import type { Db } from "@/lib/db/client";
import { RETENTION_DAYS } from "@/lib/privacy/retention-schedule";
import { addressKey } from "@/lib/security/rate-limit";

const MAX_DELAY_SECONDS = 15 * 60;
/** Failures older than this are forgotten: a typo next week starts afresh (the retention schedule, P15). */
const FORGET_AFTER_MS = RETENTION_DAYS.signInDelayAfterWait * 86_400_000;

/** The wait after `failures` consecutive wrong passwords, in seconds: 0, 1, 2, 4… at most 15 minutes. */
export function signInDelaySeconds(failures: number): number {
  return failures <= 1 ? 0 : Math.min(2 ** (failures - 2), MAX_DELAY_SECONDS);
}

export type DelayClaim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Takes the right to check one password for `email` (any address typed, known or not: the wait reveals no
 * account). The attempt counts as a failure until `endSignInDelay` says otherwise, so that attempts sent at
 * the same moment cannot all slip past the wait: the row changes only if it is still as it was read.
 */
export async function claimSignInAttempt(db: Db, email: string, secret: string, now: Date): Promise<DelayClaim> {
  const key = addressKey(email, secret);
  const row = await db.signInDelay.findUnique({ where: { key } });
  if (row && row.nextAttemptAt > now) {
    return { allowed: false, retryAfterSeconds: Math.ceil((row.nextAttemptAt.getTime() - now.getTime()) / 1000) };
  }
  const stale = !row || now.getTime() - row.nextAttemptAt.getTime() > FORGET_AFTER_MS;
  const failures = stale ? 1 : row.failures + 1;
  const nextAttemptAt = new Date(now.getTime() + signInDelaySeconds(failures) * 1000);
  // Of two first attempts at once, one inserts the row and the other inserts nothing (no error either).
  const { count } = row
    ? await db.signInDelay.updateMany({
        where: { key, failures: row.failures, nextAttemptAt: row.nextAttemptAt },
        data: { failures, nextAttemptAt },
      })
    : await db.signInDelay.createMany({ data: { key, failures, nextAttemptAt }, skipDuplicates: true });
  return count === 1 ? { allowed: true } : { allowed: false, retryAfterSeconds: 1 };
}

/** After a successful sign-in (password or link) or the right password on an unverified account. */
export async function endSignInDelay(db: Db, email: string, secret: string): Promise<void> {
  await db.signInDelay.deleteMany({ where: { key: addressKey(email, secret) } });
}

/** Rows whose wait ended long ago hold nothing useful (P15): for the retention purge. */
export async function purgeSignInDelays(db: Db, now: Date): Promise<number> {
  const { count } = await db.signInDelay.deleteMany({
    where: { nextAttemptAt: { lt: new Date(now.getTime() - FORGET_AFTER_MS) } },
  });
  return count;
}
