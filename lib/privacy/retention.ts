// P15: the purge that enforces the retention schedule (./retention-schedule.ts). Run once a day by the
// server (lib/jobs/daily.ts, guarded in the database so that one process runs it) and by `npm run purge`.
// Every step is idempotent, so a missed or doubled run is harmless. Orders are not deleted: they are
// invoices (see guestOrderContact), anonymised when their account is deleted (./erasure.ts) or, for guests,
// once the accounting period is over (./guest-orders.ts).
import { purgeSignInDelays } from "@/lib/auth/sign-in-delay";
import type { Db } from "@/lib/db/client";
import { purgeNewsletterSubscriptions } from "@/lib/newsletter/retention";
import { anonymiseExpiredGuestOrders } from "./guest-orders";
import { deleteWarnedAccounts, warnInactiveAccounts } from "./inactive-accounts";
import { deleteAccount } from "./erasure";
import { RETENTION_DAYS } from "./retention-schedule";

export { RETENTION_DAYS, RETENTION_SCHEDULE, type RetentionRule } from "./retention-schedule";

const DAY_MS = 86_400_000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Accounts deleted or warned, and orders anonymised, per run at most: a backlog is worked off over several runs, each one short. */
const BATCH = 100;

export type RetentionReport = {
  unverifiedAccounts: number;
  inactiveAccounts: number;
  inactivityWarnings: number;
  sessions: number;
  rateLimitWindows: number;
  signInDelays: number;
  authTokens: number;
  verificationTokens: number;
  invitations: number;
  guestCarts: number;
  guestOrders: number;
  emails: number;
  consentRecords: number;
  contactMessages: number;
  requestLogs: number;
  audienceCounts: number;
  searchQueryCounts: number;
  newsletterSubscriptions: number;
  legalDisclosures: number;
  auditEntries: number;
  orderContactLogs: number;
  stockAdjustments: number;
};

export async function applyRetention(db: Db, now: Date): Promise<RetentionReport> {
  let unverifiedAccounts = 0;
  // Admins are never deleted automatically: removing the last one would lock the shop owner out.
  const unverified = await db.user.findMany({
    where: {
      emailVerified: null,
      role: "customer",
      createdAt: { lt: daysBefore(now, RETENTION_DAYS.unverifiedAccount) },
    },
    select: { id: true },
    take: BATCH,
  });
  for (const user of unverified) {
    if ((await deleteAccount(db, user.id, now)).User) unverifiedAccounts++;
  }
  // Deleted first, warned second: an account warned today is never deleted in the same run.
  const inactiveAccounts = await deleteWarnedAccounts(db, now, BATCH);
  const inactivityWarnings = await warnInactiveAccounts(db, now, BATCH);

  const sessionCutoff = daysBefore(now, RETENTION_DAYS.sessionAfterEnd);
  const sessions = await db.userSession.deleteMany({
    where: { OR: [{ expiresAt: { lt: sessionCutoff } }, { revokedAt: { lt: sessionCutoff } }] },
  });
  const rateLimitWindows = await db.rateLimitWindow.deleteMany({
    where: { windowStart: { lt: daysBefore(now, RETENTION_DAYS.rateLimitWindow) } },
  });
  const signInDelays = await purgeSignInDelays(db, now);
  const tokenCutoff = daysBefore(now, RETENTION_DAYS.tokenAfterEnd);
  const authTokens = await db.authToken.deleteMany({
    where: { OR: [{ usedAt: { lt: tokenCutoff } }, { expiresAt: { lt: tokenCutoff } }] },
  });
  const verificationTokens = await db.verificationToken.deleteMany({ where: { expires: { lt: tokenCutoff } } });
  const invitations = await db.organizationInvitation.deleteMany({
    where: { OR: [{ acceptedAt: { lt: tokenCutoff } }, { expiresAt: { lt: tokenCutoff } }] },
  });
  const guestCarts = await db.cart.deleteMany({
    where: { userId: null, updatedAt: { lt: daysBefore(now, RETENTION_DAYS.guestCartSinceUpdate) } },
  });
  const guestOrders = await anonymiseExpiredGuestOrders(db, now, BATCH);
  const emailCutoff = daysBefore(now, RETENTION_DAYS.emailAfterSent);
  const emails = await db.emailOutbox.deleteMany({
    where: {
      OR: [
        { status: "sent", sentAt: { lt: emailCutoff } },
        { status: "failed", createdAt: { lt: emailCutoff } },
      ],
    },
  });
  const consentRecords = await db.consentRecord.deleteMany({
    where: { expiresAt: { lt: daysBefore(now, RETENTION_DAYS.consentProofAfterExpiry) } },
  });
  const requestLogs = await db.requestLog.deleteMany({
    where: { at: { lt: daysBefore(now, RETENTION_DAYS.requestLog) } },
  });
  const audienceCutoff = daysBefore(now, RETENTION_DAYS.audienceCounts);
  const audienceCounts = await db.audienceCount.deleteMany({ where: { hour: { lt: audienceCutoff } } });
  const searchQueryCounts = await db.searchQueryCount.deleteMany({ where: { day: { lt: audienceCutoff } } });
  const contactMessages = await purgeContactMessages(db, now);
  const newsletterSubscriptions = await purgeNewsletterSubscriptions(db, now);
  const legalDisclosures = await db.legalDisclosure.deleteMany({
    where: { disclosedOn: { lt: daysBefore(now, RETENTION_DAYS.legalDisclosureAfterDisclosure) } },
  });
  const auditEntries = await db.auditEntry.deleteMany({
    where: { at: { lt: daysBefore(now, RETENTION_DAYS.auditLogAfterRecorded) } },
  });
  // Orders being anonymised delete their contact log themselves (./erasure.ts); this catches orders of accounts
  // still active past the same period.
  const orderContactLogs = await db.orderContactLog.deleteMany({
    where: { order: { createdAt: { lt: daysBefore(now, RETENTION_DAYS.orderContactLogWithOrder) } } },
  });

  const stockAdjustments = await db.stockAdjustment.updateMany({
    where: {
      at: { lt: daysBefore(now, RETENTION_DAYS.stockAdjustmentActorAfterRecorded) },
      OR: [{ actorId: { not: null } }, { note: { not: null } }],
    },
    data: { actorId: null, note: null },
  });

  return {
    unverifiedAccounts,
    inactiveAccounts,
    inactivityWarnings,
    sessions: sessions.count,
    rateLimitWindows: rateLimitWindows.count,
    signInDelays,
    authTokens: authTokens.count,
    verificationTokens: verificationTokens.count,
    invitations: invitations.count,
    guestCarts: guestCarts.count,
    guestOrders,
    emails: emails.count,
    consentRecords: consentRecords.count,
    contactMessages,
    requestLogs: requestLogs.count,
    audienceCounts: audienceCounts.count,
    searchQueryCounts: searchQueryCounts.count,
    newsletterSubscriptions,
    legalDisclosures: legalDisclosures.count,
    auditEntries: auditEntries.count,
    orderContactLogs: orderContactLogs.count,
    stockAdjustments: stockAdjustments.count,
  };
}

/**
 * Contact messages past their line, counted from the latest answer or, unanswered, from the message (P3, P14).
 * Their answers (ContactReply) go with them (the foreign key cascades); a message with an answer sent since
 * the cutoff is kept whatever its answeredAt says.
 */
async function purgeContactMessages(db: Db, now: Date): Promise<number> {
  const pastLastExchange = (days: number) => {
    const cutoff = daysBefore(now, days);
    return {
      OR: [{ answeredAt: { lt: cutoff } }, { answeredAt: null, createdAt: { lt: cutoff } }],
      replies: { none: { sentAt: { gte: cutoff } } },
    };
  };
  const questions = await db.contactMessage.deleteMany({
    where: { kind: "question", ...pastLastExchange(RETENTION_DAYS.contactMessageAfterLastExchange) },
  });
  const privacyRequests = await db.contactMessage.deleteMany({
    where: { kind: { not: "question" }, ...pastLastExchange(RETENTION_DAYS.privacyRequestAfterLastExchange) },
  });
  return questions.count + privacyRequests.count;
}
