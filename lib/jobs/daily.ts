// Jobs that run once a day across every server process, guarded in the database like the outbox: each
// process's maintenance tick tries to claim the day with one conditional UPDATE of the job's JobRun row;
// the database lets exactly one of them win. A run whose process died keeps its claim until its lease is
// over, then the next tick anywhere takes it over.
import type { Db } from "@/lib/db/client";
import { applyRetention, type RetentionReport } from "@/lib/privacy/retention";
import { shopDay, shopHour } from "./shop-day";

/** The retention purge (P15) runs at the first tick after this hour of the shop's day, before the day's traffic. */
export const RETENTION_HOUR = 4;
/** Longer than any run: a run still going after this is taken to be dead and may be taken over. */
const LEASE_MINUTES = 60;
/** Never a day: the first claim of a new job always wins. */
const NEVER = new Date(0);

/**
 * Claims today's run of `job`: true for exactly one caller per day of the shop's calendar (or again the
 * same day if that run died: unfinished once its lease is over).
 */
export async function claimDailyRun(db: Db, job: string, now: Date): Promise<boolean> {
  await db.jobRun.createMany({
    data: [{ name: job, runDay: "", startedAt: NEVER, leaseUntil: NEVER, finishedAt: NEVER }],
    skipDuplicates: true,
  });
  const today = shopDay(now);
  const claimed = await db.jobRun.updateMany({
    where: {
      name: job,
      OR: [
        { runDay: { lt: today }, finishedAt: { not: null } },
        { finishedAt: null, leaseUntil: { lt: now } },
      ],
    },
    data: {
      runDay: today,
      startedAt: now,
      leaseUntil: new Date(now.getTime() + LEASE_MINUTES * 60_000),
      finishedAt: null,
    },
  });
  return claimed.count === 1;
}

/**
 * Marks the run claimed at `startedAt` as done (not a later run that took over a dead one). The end is the
 * wall clock's: a record for the operator, never compared.
 */
export async function finishDailyRun(db: Db, job: string, startedAt: Date): Promise<void> {
  await db.jobRun.updateMany({ where: { name: job, startedAt, finishedAt: null }, data: { finishedAt: new Date() } });
}

/**
 * Applies the retention schedule once per day, from RETENTION_HOUR: the report of the run, or null when
 * it is not time yet or another process has it. A failed run stays claimed until its lease is over, then
 * is tried again.
 */
export async function runDailyRetention(db: Db, now: Date): Promise<RetentionReport | null> {
  if (shopHour(now) < RETENTION_HOUR) return null;
  if (!(await claimDailyRun(db, "retention", now))) return null;
  const report = await applyRetention(db, now);
  await finishDailyRun(db, "retention", now);
  return report;
}
