// P15 for newsletter subscriptions (lines in lib/privacy/retention-schedule.ts): an address never confirmed
// is forgotten shortly after its link expires, an unsubscribed one a month after leaving. Confirmed
// subscriptions stay while they are wanted: the subscriber ends them in one click (P7).
import type { Db } from "@/lib/db/client";
import { RETENTION_DAYS } from "@/lib/privacy/retention-schedule";

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export async function purgeNewsletterSubscriptions(db: Db, now: Date): Promise<number> {
  const { count } = await db.newsletterSubscription.deleteMany({
    where: {
      OR: [
        {
          status: "pending",
          confirmExpiresAt: { lt: daysBefore(now, RETENTION_DAYS.newsletterPendingAfterExpiry) },
        },
        {
          status: "unsubscribed",
          unsubscribedAt: { lt: daysBefore(now, RETENTION_DAYS.newsletterAfterUnsubscribe) },
        },
      ],
    },
  });
  return count;
}
