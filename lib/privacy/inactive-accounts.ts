// P15: accounts nobody signed in to for 3 years. Each is warned once by e-mail, 30 days ahead, with the day
// of its deletion in the shop's calendar; the daily job deletes it on that day, unless the customer signed
// in since the warning (then the warning no longer counts, and a new one comes 3 years later).
// Admins are never deleted automatically: removing the last one would lock the shop owner out.
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderInactivityWarningEmail } from "@/lib/email/templates/inactivity";
import { isLocale } from "@/lib/i18n/routing";
import { addDays, instantOfDay, shopDay, type ShopDay } from "@/lib/jobs/shop-day";
import { deleteAccount } from "./erasure";
import { RETENTION_DAYS } from "./retention-schedule";

const DAY_MS = 86_400_000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** The day the warning sent at `warnedAt` announces for the deletion. */
export function deletionDay(warnedAt: Date): ShopDay {
  return addDays(shopDay(warnedAt), RETENTION_DAYS.inactivityWarningBefore);
}

/** Deletes the warned accounts whose announced day has come. Returns how many were deleted. */
export async function deleteWarnedAccounts(db: Db, now: Date, batch: number): Promise<number> {
  const today = shopDay(now);
  // A coarse cut in the database (a day of the shop's calendar lasts 23 to 25 hours), the exact rule below.
  const candidates = await db.user.findMany({
    where: {
      role: "customer",
      AND: [
        { inactivityWarningSentAt: { lte: daysBefore(now, RETENTION_DAYS.inactivityWarningBefore - 2) } },
        // A warning sent before the customer came back does not count.
        { inactivityWarningSentAt: { gt: db.user.fields.lastActiveAt } },
      ],
    },
    select: { id: true, inactivityWarningSentAt: true },
    orderBy: { inactivityWarningSentAt: "asc" },
    take: batch,
  });
  let deleted = 0;
  for (const user of candidates) {
    // Oldest warnings first: once one is not due, none of the rest is.
    if (deletionDay(user.inactivityWarningSentAt!) > today) break;
    if ((await deleteAccount(db, user.id, now)).User) deleted++;
  }
  return deleted;
}

/** Warns the accounts that reach 3 years without sign-in within 30 days. Returns how many were warned. */
export async function warnInactiveAccounts(db: Db, now: Date, batch: number): Promise<number> {
  const toWarn = await db.user.findMany({
    where: {
      role: "customer",
      lastActiveAt: {
        lt: daysBefore(now, RETENTION_DAYS.inactiveAccount - RETENTION_DAYS.inactivityWarningBefore),
      },
      OR: [{ inactivityWarningSentAt: null }, { inactivityWarningSentAt: { lte: db.user.fields.lastActiveAt } }],
    },
    select: { id: true, email: true, name: true, locale: true },
    take: batch,
  });
  const today = shopDay(now);
  for (const user of toWarn) {
    const locale = isLocale(user.locale) ? user.locale : "fr";
    const email = await renderInactivityWarningEmail({
      locale,
      name: user.name,
      deletionDate: instantOfDay(deletionDay(now)),
    });
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, {
        key: `inactivity-warning:${user.id}:${today}`,
        template: "inactivity-warning",
        locale,
        to: user.email,
        ...email,
        nextAttemptAt: now,
      });
      await tx.user.update({ where: { id: user.id }, data: { inactivityWarningSentAt: now } });
    });
  }
  return toWarn.length;
}
