// Answering contact messages from the back office (P3, P29): the answer is stored with its message and e-mailed
// to the sender through the outbox, in the message's language; the message becomes answered. Reopening puts it
// back among the open ones. Each write is audited in its own transaction (P9), without the text or the address.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderContactReplyEmail } from "@/lib/email/templates/contact-reply";
import { DomainError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";
import { readShopContact } from "@/lib/settings/shop-contact";
import { assertAdmin } from "./access";
import { recordAudit, type AuditActor } from "./audit";

export const REPLY_MAX_LENGTH = 10_000;

const id = z.string().trim().min(1).max(100);
/** "" when the form was shown before any answer, else the ISO date of the latest answer it showed */
const seenAnswer = z.union([z.literal(""), z.iso.datetime()]).default("");

export const replySchema = z.object({
  messageId: id,
  answeredAt: seenAnswer,
  body: z.string().trim().min(1, "required").max(REPLY_MAX_LENGTH, "tooLong"),
});
export type ReplyInput = z.output<typeof replySchema>;

export const reopenSchema = z.object({ messageId: id });

/**
 * Stores and sends an answer. The form carries the latest answer it showed: when another admin answered in
 * the meantime, nothing is sent and the admin is told to read that answer first (no two answers crossing).
 */
export async function replyToContactMessage(
  db: Db,
  viewer: AuditActor,
  input: ReplyInput,
  now: Date,
): Promise<{ replyId: string }> {
  assertAdmin(viewer);
  const message = await db.contactMessage.findUnique({
    where: { id: input.messageId },
    select: { id: true, kind: true, name: true, email: true, subject: true, locale: true, createdAt: true },
  });
  if (!message) throw new DomainError("notFound");
  // Rendered before the transaction opens: it holds no lock while React renders.
  const email = await renderContactReplyEmail({
    locale: isLocale(message.locale) ? message.locale : "fr",
    name: message.name,
    subject: message.subject,
    receivedAt: message.createdAt,
    body: input.body,
    shop: await readShopContact(db),
  });
  return db.$transaction(async (tx) => {
    const claimed = await tx.contactMessage.updateMany({
      where: { id: message.id, answeredAt: input.answeredAt ? new Date(input.answeredAt) : null },
      data: { status: "answered", answeredAt: now },
    });
    if (claimed.count !== 1) throw new DomainError("changedMeanwhile");
    const reply = await tx.contactReply.create({
      data: { messageId: message.id, body: input.body, authorId: viewer.id, sentAt: now },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      ...email,
      key: `contact-reply:${reply.id}`,
      template: "contact-reply",
      locale: message.locale,
      to: message.email,
      nextAttemptAt: now,
    });
    await recordAudit(tx, viewer, {
      action: "contactMessage.reply",
      target: { type: "contactMessage", id: message.id },
      after: { kind: message.kind, status: "answered" },
      at: now,
    });
    return { replyId: reply.id };
  });
}

/**
 * Puts an answered message back among the open ones (a follow-up is needed). Its answers stay, and so does the
 * date of the latest one: the retention counts from the last exchange. Reopening an open message changes nothing.
 */
export async function reopenContactMessage(
  db: Db,
  viewer: AuditActor,
  { messageId }: z.output<typeof reopenSchema>,
  now: Date,
): Promise<{ reopened: boolean }> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const message = await tx.contactMessage.findUnique({ where: { id: messageId }, select: { kind: true } });
    if (!message) throw new DomainError("notFound");
    const { count } = await tx.contactMessage.updateMany({
      where: { id: messageId, status: "answered" },
      data: { status: "open" },
    });
    if (count === 0) return { reopened: false };
    await recordAudit(tx, viewer, {
      action: "contactMessage.reopen",
      target: { type: "contactMessage", id: messageId },
      before: { kind: message.kind, status: "answered" },
      after: { kind: message.kind, status: "open" },
      at: now,
    });
    return { reopened: true };
  });
}
