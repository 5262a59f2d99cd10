// Transactional outbox (house style: idempotency by design). An e-mail is written to EmailOutbox in the
// transaction that causes it, under a unique key, then sent from there with retries and backoff. Without
// a sender (no RESEND_API_KEY) e-mails stay pending: never lost, viewable on the dev outbox page.
import type { Db, Tx } from "@/lib/db/client";
import { ERASED_RECIPIENT, SCRUBBED_BODY } from "@/lib/privacy/placeholders";
import type { RenderedEmail } from "./types";

export type OutgoingEmail = RenderedEmail & {
  /** unique per e-mail, e.g. "order-confirmation:<orderId>": enqueueing twice stores one */
  key: string;
  template: string;
  locale: string;
  to: string;
  orderId?: string;
  /** the newsletter campaign it belongs to: its progress is counted from its e-mails */
  campaignId?: string;
  /** first attempt not before (default: the database's clock) */
  nextAttemptAt?: Date;
  /**
   * Forget the recipient and the body once sent, or once given up on: for the e-mail confirming an
   * account deletion (P14), whose address must not outlive its sending.
   */
  scrubAfterSend?: boolean;
  /**
   * Replace the body by a placeholder once sent, or once given up on (the recipient stays): for every
   * e-mail carrying a single-use link, whose token must not rest in the outbox (P12).
   */
  scrubBodyAfterSend?: boolean;
  /** extra headers, e.g. List-Unsubscribe on marketing e-mails (RFC 8058, P7) */
  headers?: Record<string, string>;
};

export type SendableEmail = {
  key: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
};

export interface EmailSender {
  send(email: SendableEmail): Promise<{ providerMessageId: string }>;
}

/**
 * Minutes to wait after the 1st, 2nd… failed attempt; after the last one the e-mail is marked failed. A
 * failed attempt may have been sent all the same (Resend accepted it, its answer was lost): the retry carries
 * the same idempotency key, and Resend answers it with the first result instead of sending again, but only
 * within 24 hours of the first. So every attempt falls within SEND_WINDOW_MINUTES of the first one: the
 * attempts are at 0, 1, 6, 21, 81, 261, 621 and 1341 minutes (22 h 21 min), instead of reaching 40 hours.
 */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180, 360, 720] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;
/**
 * No attempt later than this after the first: Resend's idempotency window (24 h) less an hour for the clocks
 * of two machines and a request in flight. An e-mail still unsent then (a worker that was down, a provider
 * down all day) is marked failed for an operator, who checks Resend's log before sending it again.
 */
export const SEND_WINDOW_MINUTES = 23 * 60;
/** A claimed e-mail whose sender died is picked up again after this. */
const CLAIM_MINUTES = 5;

export async function enqueueEmail(tx: Tx | Db, email: OutgoingEmail): Promise<void> {
  await tx.emailOutbox.upsert({ where: { key: email.key }, create: email, update: {} });
}

/** Many e-mails in one statement (a notice to every customer): keys already queued are skipped. Returns how many were added. */
export async function enqueueEmails(tx: Tx | Db, emails: OutgoingEmail[]): Promise<number> {
  if (emails.length === 0) return 0;
  return (await tx.emailOutbox.createMany({ data: emails, skipDuplicates: true })).count;
}

export type DeliveryReport = { sent: number; retried: number; failed: number };

/** Sends the e-mails that are due. Safe to run in several processes at once: each e-mail is claimed first. */
export async function deliverDueEmails(db: Db, sender: EmailSender, now: Date, limit = 20): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const due = await db.emailOutbox.findMany({
    where: {
      OR: [
        { status: "pending", nextAttemptAt: { lte: now } },
        { status: "sending", lockedUntil: { lt: now } },
      ],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
  });
  for (const email of due) {
    const firstAttemptAt = email.firstAttemptAt ?? now;
    const claimed = await db.emailOutbox.updateMany({
      where: { id: email.id, status: email.status, attempts: email.attempts },
      data: {
        status: "sending",
        lockedUntil: new Date(now.getTime() + CLAIM_MINUTES * 60_000),
        attempts: { increment: 1 },
        firstAttemptAt,
      },
    });
    if (claimed.count !== 1) continue;
    const attempt = email.attempts + 1;
    // Same placeholders as the erasure of an account (lib/privacy/erasure.ts); the subject names no one.
    const scrub = email.scrubAfterSend
      ? { to: ERASED_RECIPIENT, html: "", text: "" }
      : email.scrubBodyAfterSend
        ? { html: SCRUBBED_BODY, text: SCRUBBED_BODY }
        : {};
    const windowEnds = firstAttemptAt.getTime() + SEND_WINDOW_MINUTES * 60_000;
    if (now.getTime() >= windowEnds) {
      // Resend may have sent it on an earlier attempt and no longer remembers the key: not sent a second time.
      await db.emailOutbox.update({
        where: { id: email.id },
        data: { status: "failed", lockedUntil: null, lastError: WINDOW_CLOSED, ...scrub },
      });
      report.failed++;
      continue;
    }
    try {
      const { providerMessageId } = await sender.send({ ...email, headers: storedHeaders(email.headers) });
      await db.emailOutbox.update({
        where: { id: email.id },
        data: { status: "sent", sentAt: now, providerMessageId, lockedUntil: null, lastError: null, ...scrub },
      });
      report.sent++;
    } catch (error) {
      const planned = RETRY_DELAYS_MINUTES[attempt - 1];
      // A retry that would fall past the window is not planned: the e-mail is given up on now.
      const delay = planned !== undefined && now.getTime() + planned * 60_000 < windowEnds ? planned : undefined;
      let lastError = String((error as Error)?.message ?? error).slice(0, 500);
      // A provider's error may quote the recipient ("invalid `to`: …").
      if (email.scrubAfterSend && delay === undefined) lastError = withoutAddress(lastError, email.to);
      await db.emailOutbox.update({
        where: { id: email.id },
        data:
          delay === undefined
            ? { status: "failed", lockedUntil: null, lastError, ...scrub }
            : {
                status: "pending",
                lockedUntil: null,
                lastError,
                nextAttemptAt: new Date(now.getTime() + delay * 60_000),
              },
      });
      if (delay === undefined) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

const WINDOW_CLOSED =
  "Not retried: 23 hours since the first attempt, Resend's 24-hour idempotency window is closing. An earlier " +
  "attempt may have been sent: check Resend's log before sending it again.";

/** E-mails not sent yet and still to send, or given up on: the figure an admin watches. */
export async function countUnsentEmails(db: Db): Promise<number> {
  return db.emailOutbox.count({ where: { status: { in: ["pending", "failed"] } } });
}

function withoutAddress(message: string, address: string): string {
  if (!address) return message;
  const escaped = address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return message.replace(new RegExp(escaped, "gi"), () => ERASED_RECIPIENT);
}

/** The headers column holds a JSON object of strings (enqueueEmail writes it); anything else sends none. */
function storedHeaders(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
