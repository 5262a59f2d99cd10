// P15: how long each kind of record is kept, in one place, and the purge that enforces it. Run by the
// scheduled maintenance job; every step is idempotent, so a missed or doubled run is harmless.
// Orders are not purged here: they are invoices, kept 10 years (Code de commerce L123-22), and
// anonymised when their account is deleted (lib/privacy/erasure.ts).
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { deleteAccount } from "./erasure";

const DAY_MS = 86_400_000;

/** The retention schedule (P15), in days. */
export const RETENTION_DAYS = {
  /** an account whose address was never verified: a typo or someone else's address */
  unverifiedAccount: 7,
  /** an account nobody signed in to: deleted after 3 years, warned 30 days before (CNIL guidance) */
  inactiveAccount: 3 * 365,
  inactivityWarningBefore: 30,
  /** expired or revoked sessions: kept a month to answer "was that me?" questions, then useless */
  sessionAfterEnd: 30,
  /** rate-limit windows: useless once over (the longest window is an hour) */
  rateLimitWindow: 1,
  /** sign-in links, password resets, invitations: kept a month after use or expiry for support */
  tokenAfterEnd: 30,
  /** guest carts (no account): a shopper who has not come back in 3 months will not */
  guestCartSinceUpdate: 90,
  /** e-mails sent (or given up on): proof of what was sent, e.g. an order confirmation, for 2 years */
  emailAfterSent: 2 * 365,
} as const;

// The inactivity warning, kept here until the e-mail templates of the accounts issue exist (then it
// should move to lib/email/templates and the messages files).
const INACTIVITY_WARNING = {
  fr: {
    subject: "Votre compte PluSuite sera supprimé dans 30 jours",
    text: (name: string) =>
      `Bonjour ${name},\n\nVous ne vous êtes pas connecté à votre compte PluSuite depuis près de 3 ans. ` +
      `Sans connexion de votre part d'ici 30 jours, il sera supprimé avec vos données personnelles ` +
      `(vos factures sont conservées de façon anonyme, comme la loi l'exige).\n\nPour le garder, il suffit de vous connecter.`,
  },
  en: {
    subject: "Your PluSuite account will be deleted in 30 days",
    text: (name: string) =>
      `Hello ${name},\n\nYou have not signed in to your PluSuite account for almost 3 years. ` +
      `Unless you sign in within 30 days, it will be deleted with your personal data ` +
      `(your invoices are kept anonymously, as the law requires).\n\nTo keep it, simply sign in.`,
  },
} as const;

export type RetentionReport = {
  unverifiedAccounts: number;
  inactiveAccounts: number;
  inactivityWarnings: number;
  sessions: number;
  rateLimitWindows: number;
  authTokens: number;
  verificationTokens: number;
  invitations: number;
  guestCarts: number;
  emails: number;
};

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

/** Accounts deleted per run at most: a backlog is worked off over several runs, each one short. */
const ACCOUNT_BATCH = 100;

export async function applyRetention(db: Db, now: Date): Promise<RetentionReport> {
  const report: RetentionReport = {
    unverifiedAccounts: 0,
    inactiveAccounts: 0,
    inactivityWarnings: 0,
    sessions: 0,
    rateLimitWindows: 0,
    authTokens: 0,
    verificationTokens: 0,
    invitations: 0,
    guestCarts: 0,
    emails: 0,
  };
  // Admins are never deleted automatically: removing the last one would lock the shop owner out.
  const unverified = await db.user.findMany({
    where: {
      emailVerified: null,
      role: "customer",
      createdAt: { lt: daysBefore(now, RETENTION_DAYS.unverifiedAccount) },
    },
    select: { id: true },
    take: ACCOUNT_BATCH,
  });
  for (const user of unverified) {
    if ((await deleteAccount(db, user.id, now)).User) report.unverifiedAccounts++;
  }

  const inactiveCutoff = daysBefore(now, RETENTION_DAYS.inactiveAccount);
  const warnCutoff = daysBefore(now, RETENTION_DAYS.inactiveAccount - RETENTION_DAYS.inactivityWarningBefore);
  // Deleted only once warned, at least 30 days ago, after the last activity: a warning sent before the
  // customer came back does not count, and an account that was never warned gets its 30 days first.
  const inactive = await db.user.findMany({
    where: {
      role: "customer",
      lastActiveAt: { lt: inactiveCutoff },
      AND: [
        { inactivityWarningSentAt: { lte: daysBefore(now, RETENTION_DAYS.inactivityWarningBefore) } },
        { inactivityWarningSentAt: { gt: db.user.fields.lastActiveAt } },
      ],
    },
    select: { id: true },
    take: ACCOUNT_BATCH,
  });
  for (const user of inactive) {
    if ((await deleteAccount(db, user.id, now)).User) report.inactiveAccounts++;
  }

  const toWarn = await db.user.findMany({
    where: {
      role: "customer",
      lastActiveAt: { lt: warnCutoff },
      OR: [{ inactivityWarningSentAt: null }, { inactivityWarningSentAt: { lte: db.user.fields.lastActiveAt } }],
    },
    select: { id: true, email: true, name: true, locale: true },
    take: ACCOUNT_BATCH,
  });
  for (const user of toWarn) {
    const locale = user.locale === "en" ? "en" : "fr";
    const strings = INACTIVITY_WARNING[locale];
    const text = strings.text(user.name ?? "");
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, {
        key: `inactivity-warning:${user.id}:${now.toISOString().slice(0, 10)}`,
        template: "inactivity-warning",
        locale,
        to: user.email,
        subject: strings.subject,
        text,
        html: text
          .split("\n\n")
          .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
          .join(""),
        nextAttemptAt: now,
      });
      await tx.user.update({ where: { id: user.id }, data: { inactivityWarningSentAt: now } });
    });
    report.inactivityWarnings++;
  }

  const sessionCutoff = daysBefore(now, RETENTION_DAYS.sessionAfterEnd);
  report.sessions = (
    await db.userSession.deleteMany({
      where: { OR: [{ expiresAt: { lt: sessionCutoff } }, { revokedAt: { lt: sessionCutoff } }] },
    })
  ).count;
  report.rateLimitWindows = (
    await db.rateLimitWindow.deleteMany({
      where: { windowStart: { lt: daysBefore(now, RETENTION_DAYS.rateLimitWindow) } },
    })
  ).count;
  const tokenCutoff = daysBefore(now, RETENTION_DAYS.tokenAfterEnd);
  report.authTokens = (
    await db.authToken.deleteMany({
      where: { OR: [{ usedAt: { lt: tokenCutoff } }, { expiresAt: { lt: tokenCutoff } }] },
    })
  ).count;
  report.verificationTokens = (
    await db.verificationToken.deleteMany({ where: { expires: { lt: tokenCutoff } } })
  ).count;
  report.invitations = (
    await db.organizationInvitation.deleteMany({
      where: { OR: [{ acceptedAt: { lt: tokenCutoff } }, { expiresAt: { lt: tokenCutoff } }] },
    })
  ).count;
  report.guestCarts = (
    await db.cart.deleteMany({
      where: { userId: null, updatedAt: { lt: daysBefore(now, RETENTION_DAYS.guestCartSinceUpdate) } },
    })
  ).count;
  const emailCutoff = daysBefore(now, RETENTION_DAYS.emailAfterSent);
  report.emails = (
    await db.emailOutbox.deleteMany({
      where: {
        OR: [
          { status: "sent", sentAt: { lt: emailCutoff } },
          { status: "failed", createdAt: { lt: emailCutoff } },
        ],
      },
    })
  ).count;
  return report;
}

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
