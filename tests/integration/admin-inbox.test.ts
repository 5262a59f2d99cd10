// The back office's contact inbox (P3, P29): admins list, filter and sort the messages of the contact form, answer
// them (the answer is stored and e-mailed to the sender in the message's language, through the outbox) and
// reopen them; answers go with their message at the end of its retention line (P15).
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getContactMessage, listContactMessages, parseInboxParams } from "@/lib/admin/contact-messages";
import { reopenContactMessage, replySchema, replyToContactMessage } from "@/lib/admin/contact-replies";
import { submitContactMessage } from "@/lib/contact/messages";
import type { Db } from "@/lib/db/client";
import { applyRetention, RETENTION_DAYS } from "@/lib/privacy/retention";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const SECRET = "inbox-test-secret-of-at-least-32-characters";
const now = new Date("2026-12-03T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
let admin: { id: string; role: "admin" };
let otherAdmin: { id: string; role: "admin" };

const base = { name: "Camille Martin", email: "camille@example.fr", message: "Bonjour, où est mon colis ?" } as const;

async function send(
  subject: string,
  extra: { kind?: "question" | "privacyAccess" | "privacyDeletion"; locale?: "fr" | "en"; at?: Date } = {},
) {
  await submitContactMessage(
    db,
    { ...base, kind: extra.kind ?? "question", subject, locale: extra.locale ?? "fr" },
    extra.at ?? now,
    SECRET,
  );
  return db.contactMessage.findFirstOrThrow({ where: { subject }, select: { id: true } });
}

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  const user = (email: string) =>
    db.user.create({ data: { email, name: "Alex Admin", role: "admin", emailVerified: now }, select: { id: true } });
  admin = { id: (await user("admin@plusuite.test")).id, role: "admin" };
  otherAdmin = { id: (await user("admin2@plusuite.test")).id, role: "admin" };
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await db.contactMessage.deleteMany();
  await db.emailOutbox.deleteMany();
  await db.auditEntry.deleteMany();
  await db.rateLimitWindow.deleteMany();
});

describe("the inbox", () => {
  test("P3: the inbox filters by status and kind, sorts by received or answered date, for admins only", async () => {
    const a = await send("a question", { at: minutes(-30) });
    await send("an access request", { kind: "privacyAccess", at: minutes(-20) });
    const c = await send("a deletion request", { kind: "privacyDeletion", at: minutes(-10) });
    await replyToContactMessage(db, admin, { messageId: a.id, answeredAt: "", body: "Il arrive demain." }, minutes(1));
    await replyToContactMessage(db, admin, { messageId: c.id, answeredAt: "", body: "C’est fait." }, minutes(2));

    const subjects = async (query: Parameters<typeof listContactMessages>[2]) =>
      (await listContactMessages(db, admin, query)).messages.map((m) => m.subject);
    expect(await subjects({})).toEqual(["a deletion request", "an access request", "a question"]);
    expect(await subjects({ status: "open" })).toEqual(["an access request"]);
    expect(await subjects({ status: "answered", kind: "question" })).toEqual(["a question"]);
    // Unanswered messages come last, whichever way the answer date is sorted.
    expect(await subjects({ sort: "answeredAt", direction: "desc" })).toEqual([
      "a deletion request",
      "a question",
      "an access request",
    ]);
    expect(await subjects({ sort: "answeredAt", direction: "asc" })).toEqual([
      "a question",
      "a deletion request",
      "an access request",
    ]);
    // The URL decides, and a hand-edited value is no filter rather than an error.
    const params = parseInboxParams({ status: "answered", kind: "nonsense", sort: "answeredAt", page: "9" });
    expect(params.filters).toEqual({ status: "answered", kind: undefined });
    const lastPage = await listContactMessages(db, admin, { ...params.filters, page: params.page, sort: params.sort });
    expect(lastPage).toMatchObject({ page: 1, total: 2 });

    for (const viewer of [null, { role: "customer" as const }]) {
      await expect(listContactMessages(db, viewer, {})).rejects.toThrow("forbidden");
      await expect(getContactMessage(db, viewer, a.id)).rejects.toThrow("forbidden");
    }
    await expect(getContactMessage(db, admin, "missing")).rejects.toMatchObject({ code: "notFound" });
  });
});

describe("answering", () => {
  test("P29: an answer is stored, e-mailed to the sender in the message's language, and the message is answered", async () => {
    const { id } = await send("Where is my parcel?", { locale: "en" });
    await replyToContactMessage(
      db,
      admin,
      { messageId: id, answeredAt: "", body: "It left our warehouse today.\nTracking follows." },
      minutes(5),
    );
    const detail = await getContactMessage(db, admin, id);
    expect(detail).toMatchObject({ status: "answered", answeredAt: minutes(5) });
    expect(detail.replies).toEqual([
      expect.objectContaining({ body: "It left our warehouse today.\nTracking follows.", sentAt: minutes(5) }),
    ]);
    expect(detail.replies[0]!.author).toMatchObject({ email: "admin@plusuite.test" });

    const email = await db.emailOutbox.findFirstOrThrow({ where: { template: "contact-reply" } });
    expect(email).toMatchObject({ to: "camille@example.fr", locale: "en", subject: "Re: Where is my parcel?" });
    expect(email.text).toContain("Hello Camille Martin,");
    expect(email.text).toContain("It left our warehouse today.");
    expect(email.text).toContain("The PluSuite team");
    // The team's copy of the message still goes to the shop's mailbox, as before the inbox existed.
    expect(await db.emailOutbox.count({ where: { template: "contact-team-copy" } })).toBe(1);

    // The audit entry says who answered which kind of message, never the text or the address (P9).
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "contactMessage.reply" } });
    expect(audit).toMatchObject({ actorId: admin.id, targetType: "contactMessage", targetId: id });
    expect(audit.after).toEqual({ kind: "question", status: "answered" });
    expect(JSON.stringify(audit)).not.toMatch(/warehouse|camille/i);
  });

  test("P3: when another admin answered meanwhile, a second answer is refused and nothing more is sent", async () => {
    const { id } = await send("Deux réponses ?");
    await replyToContactMessage(db, otherAdmin, { messageId: id, answeredAt: "", body: "Première." }, minutes(1));
    // The first admin's form still shows the message unanswered.
    await expect(
      replyToContactMessage(db, admin, { messageId: id, answeredAt: "", body: "Seconde." }, minutes(2)),
    ).rejects.toMatchObject({ code: "changedMeanwhile" });
    expect(await db.contactReply.count({ where: { messageId: id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { template: "contact-reply" } })).toBe(1);
    // Having read it, they may add to it.
    const seen = minutes(1).toISOString();
    await replyToContactMessage(db, admin, { messageId: id, answeredAt: seen, body: "Complément." }, minutes(3));
    expect((await getContactMessage(db, admin, id)).replies.map((r) => r.body)).toEqual(["Première.", "Complément."]);
    expect(await db.emailOutbox.count({ where: { template: "contact-reply" } })).toBe(2);
  });

  test("P3: an empty or oversized answer is refused on its field; a customer cannot answer", async () => {
    expect(replySchema.safeParse({ messageId: "m", answeredAt: "", body: "   " }).error?.issues[0]).toMatchObject({
      path: ["body"],
      message: "required",
    });
    expect(
      replySchema.safeParse({ messageId: "m", answeredAt: "", body: "x".repeat(10_001) }).error?.issues[0],
    ).toMatchObject({ path: ["body"], message: "tooLong" });
    const { id } = await send("Client");
    const customer = { id: admin.id, role: "customer" as const };
    await expect(
      replyToContactMessage(db, customer, { messageId: id, answeredAt: "", body: "Non." }, now),
    ).rejects.toThrow("forbidden");
    await expect(
      replyToContactMessage(db, admin, { messageId: "missing", answeredAt: "", body: "Non." }, now),
    ).rejects.toMatchObject({ code: "notFound" });
    expect(await db.contactReply.count()).toBe(0);
  });

  test("P3: reopening puts an answered message back among the open ones and keeps the date of its answer", async () => {
    const { id } = await send("À rouvrir");
    expect(await reopenContactMessage(db, admin, { messageId: id }, now)).toEqual({ reopened: false });
    await replyToContactMessage(db, admin, { messageId: id, answeredAt: "", body: "Réglé." }, minutes(1));
    expect(await reopenContactMessage(db, admin, { messageId: id }, minutes(2))).toEqual({ reopened: true });
    expect(await getContactMessage(db, admin, id)).toMatchObject({ status: "open", answeredAt: minutes(1) });
    const audits = await db.auditEntry.findMany({ where: { targetId: id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.action, a.after])).toEqual([
      ["contactMessage.reply", { kind: "question", status: "answered" }],
      ["contactMessage.reopen", { kind: "question", status: "open" }],
    ]);
  });
});

describe("retention of answers", () => {
  test("P15: answers are deleted with their message; a recent answer keeps an old message", async () => {
    const retentionNow = new Date("2031-01-01T00:00:00Z");
    const daysAgo = (days: number) => new Date(retentionNow.getTime() - days * 86_400_000);
    const lineDays = RETENTION_DAYS.contactMessageAfterLastExchange;
    const old = await send("old exchange", { at: daysAgo(lineDays + 100) });
    await replyToContactMessage(
      db,
      admin,
      { messageId: old.id, answeredAt: "", body: "Vieille réponse." },
      daysAgo(lineDays + 50),
    );
    const kept = await send("old message, recent answer", { at: daysAgo(lineDays + 100) });
    await replyToContactMessage(
      db,
      admin,
      { messageId: kept.id, answeredAt: "", body: "Première." },
      daysAgo(lineDays + 90),
    );
    // answeredAt says long ago (as if changed by hand), but an answer went out since the cutoff.
    await db.contactReply.create({
      data: { messageId: kept.id, body: "Récente.", authorId: admin.id, sentAt: daysAgo(10) },
    });
    expect(await db.contactReply.count()).toBe(3);

    const report = await applyRetention(db, retentionNow);
    expect(report.contactMessages).toBe(1);
    expect((await db.contactMessage.findMany()).map((m) => m.subject)).toEqual(["old message, recent answer"]);
    expect((await db.contactReply.findMany({ orderBy: { sentAt: "asc" } })).map((r) => r.body)).toEqual([
      "Première.",
      "Récente.",
    ]);
  });

  test("P3: an answer outlives the admin who wrote it, without its author", async () => {
    const leaving = await db.user.create({
      data: { email: "leaving@plusuite.test", role: "admin", emailVerified: now },
      select: { id: true },
    });
    const { id } = await send("Auteur parti");
    await replyToContactMessage(
      db,
      { id: leaving.id, role: "admin" },
      { messageId: id, answeredAt: "", body: "Oui." },
      now,
    );
    await db.auditEntry.deleteMany({ where: { actorId: leaving.id } });
    await db.user.delete({ where: { id: leaving.id } });
    expect((await getContactMessage(db, admin, id)).replies).toEqual([
      expect.objectContaining({ body: "Oui.", author: null }),
    ]);
  });
});
