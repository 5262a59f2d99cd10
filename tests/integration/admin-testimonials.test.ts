// P21 in the back office: new testimonials wait in a queue; an admin approves (published on the storefront, the
// name still shown only with the author's consent), rejects with a reason the author sees, or hides a published
// one. Every decision is in the audit log (P9), never the reason's text; two admins deciding at once: the second
// is told. Only admins see or act on the queue.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  countPendingTestimonials,
  listTestimonialsForModeration,
  moderateTestimonial,
  moderationSchema,
  parseTestimonialsParams,
  type ModerationInput,
} from "@/lib/admin/testimonials";
import type { Db } from "@/lib/db/client";
import {
  createTestimonial,
  listOwnTestimonials,
  listPublishedTestimonials,
  testimonialSchema,
} from "@/lib/testimonials/testimonials";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-12-03T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let admin: { id: string; role: "admin" };
let otherAdmin: { id: string; role: "admin" };
let customer: { id: string; role: "customer" };
let authorIds: string[];

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  const user = (email: string, role: "admin" | "customer", name: string | null = null) =>
    db.user.create({ data: { email, name, role }, select: { id: true } });
  admin = { id: (await user("admin@plusuite.test", "admin", "Alex Admin")).id, role: "admin" };
  otherAdmin = { id: (await user("admin2@plusuite.test", "admin")).id, role: "admin" };
  customer = { id: (await user("lea.roux@example.fr", "customer", "Léa Roux")).id, role: "customer" };
  authorIds = [];
  for (const [index, name] of ["Hugo Blanc", "Inès Faure", "Jules Garnier", "Karim Haddad"].entries()) {
    authorIds.push((await user(`author${index}@example.fr`, "customer", name)).id);
  }
});
afterAll(() => testDb.close());

const submit = (userId: string, body: string, showName: boolean, at = now) =>
  createTestimonial(db, userId, testimonialSchema.parse({ rating: 4, body, showName, locale: "fr" }), at);

const versionOf = async (id: string) =>
  (await db.testimonial.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();

async function decide(
  input: { intent: "approve" | "hide"; id: string } | { intent: "reject"; id: string; reason: string },
) {
  const full = { ...input, updatedAt: await versionOf(input.id) } as ModerationInput;
  return moderateTestimonial(db, admin, full, later(1));
}

const queue = () => listTestimonialsForModeration(db, admin, parseTestimonialsParams({}));

describe("P21: testimonial moderation", () => {
  test("P21: a customer or a signed-out visitor can neither read the queue nor moderate", async () => {
    const { id } = await submit(customer.id, "Je tente de me publier.", false);
    const input: ModerationInput = { intent: "approve", id, updatedAt: await versionOf(id) };
    for (const viewer of [null, customer]) {
      await expect(moderateTestimonial(db, viewer as never, input, now)).rejects.toMatchObject({ code: "forbidden" });
      await expect(listTestimonialsForModeration(db, viewer, parseTestimonialsParams({}))).rejects.toMatchObject({
        code: "forbidden",
      });
      await expect(countPendingTestimonials(db, viewer)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect((await db.testimonial.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    expect(await db.auditEntry.count()).toBe(0);
  });

  test("P21: the queue lists pending testimonials oldest first, with the count of each status", async () => {
    await submit(authorIds[0]!, "Premier arrivé.", true, later(-60));
    await submit(authorIds[1]!, "Deuxième arrivé.", false, later(-30));
    const { rows, counts, total } = await queue();
    expect(rows.map((row) => row.body)).toEqual(["Premier arrivé.", "Deuxième arrivé.", "Je tente de me publier."]);
    expect(total).toBe(3);
    expect(counts).toEqual({ pending: 3, published: 0, hidden: 0, rejected: 0 });
    expect(await countPendingTestimonials(db, admin)).toBe(3);
    expect(rows[0]!.author).toMatchObject({ name: "Hugo Blanc", email: "author0@example.fr" });
    // Nothing pending reaches the storefront.
    expect(await listPublishedTestimonials(db)).toEqual([]);
  });

  test("P21: approving publishes it; the name is shown only with the author's consent, read at render time", async () => {
    const [first, second] = (await queue()).rows;
    await decide({ intent: "approve", id: first!.id });
    await decide({ intent: "approve", id: second!.id });
    const published = await listPublishedTestimonials(db);
    expect(published.find((t) => t.id === first!.id)?.author).toBe("Hugo B.");
    expect(published.find((t) => t.id === second!.id)?.author).toBeNull();
    // Withdrawn after approval: hidden at once, no copy of the name was made.
    await db.testimonial.update({ where: { id: first!.id }, data: { showName: false, nameConsentAt: null } });
    expect((await listPublishedTestimonials(db)).find((t) => t.id === first!.id)?.author).toBeNull();
    expect(await db.testimonial.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({
      status: "published",
      moderatedById: admin.id,
      moderatedAt: later(1),
      rejectionReason: null,
    });
    expect(await countPendingTestimonials(db, admin)).toBe(1);
  });

  test("P21: rejecting needs a reason; the author sees the status and the reason in Mon compte", async () => {
    const { id } = await submit(authorIds[2]!, "Texte hors sujet, avec une publicité.", true);
    const base = { intent: "reject", id, updatedAt: await versionOf(id) };
    const issues = (value: Record<string, unknown>) =>
      moderationSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues({ ...base, reason: "   " })).toEqual([["reason", "required"]]);
    expect(issues(base)).toEqual([["reason", expect.any(String)]]);
    expect(issues({ ...base, reason: "x".repeat(501) })).toEqual([["reason", "tooLong"]]);

    await decide({ intent: "reject", id, reason: "Les liens publicitaires ne sont pas acceptés." });
    expect((await listOwnTestimonials(db, authorIds[2]!)).find((t) => t.id === id)).toMatchObject({
      status: "rejected",
      rejectionReason: "Les liens publicitaires ne sont pas acceptés.",
    });
    expect((await listPublishedTestimonials(db)).map((t) => t.id)).not.toContain(id);
    // The reason is free text about a customer's words: it stays on the testimonial, not in the audit log.
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "testimonial.reject", targetId: id } });
    expect(entry).toMatchObject({ actorId: admin.id, before: { status: "pending" }, after: { status: "rejected" } });
    expect(JSON.stringify(entry)).not.toContain("publicitaires");
  });

  test("P21: hiding a published testimonial removes it from the storefront; only allowed moves are accepted", async () => {
    const { id } = await submit(authorIds[3]!, "Très bon accueil.", false);
    // Hide needs it published; reject needs it pending.
    await expect(decide({ intent: "hide", id })).rejects.toMatchObject({ code: "changedMeanwhile" });
    await decide({ intent: "approve", id });
    await expect(decide({ intent: "reject", id, reason: "Trop tard." })).rejects.toMatchObject({
      code: "changedMeanwhile",
    });
    await decide({ intent: "hide", id });
    expect((await listPublishedTestimonials(db)).map((t) => t.id)).not.toContain(id);
    expect((await listOwnTestimonials(db, authorIds[3]!)).find((t) => t.id === id)?.status).toBe("hidden");
    // Published again from the hidden tab.
    await decide({ intent: "approve", id });
    expect((await listPublishedTestimonials(db)).map((t) => t.id)).toContain(id);
    const actions = await db.auditEntry.findMany({
      where: { targetId: id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "testimonial.approve",
      "testimonial.approve",
      "testimonial.hide",
    ]);
    const unknown: ModerationInput = { intent: "approve", id: "no-such-id", updatedAt: now.toISOString() };
    await expect(moderateTestimonial(db, admin, unknown, now)).rejects.toMatchObject({ code: "notFound" });
  });

  test("P21: two admins deciding on the same testimonial: the second is told, nothing is overridden", async () => {
    const id = (await queue()).rows[0]!.id;
    const seen = await versionOf(id);
    await moderateTestimonial(db, otherAdmin, { intent: "approve", id, updatedAt: seen }, later(2));
    await expect(
      moderateTestimonial(db, admin, { intent: "reject", id, updatedAt: seen, reason: "Non." }, later(3)),
    ).rejects.toMatchObject({ code: "changedMeanwhile" });
    expect(await db.testimonial.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "published",
      moderatedById: otherAdmin.id,
    });
    expect(await db.auditEntry.count({ where: { targetId: id } })).toBe(1);
  });

  test("P21: the tabs filter by status from the URL; a bad status falls back to the queue", async () => {
    const tab = (status: string) => listTestimonialsForModeration(db, admin, parseTestimonialsParams({ status }));
    expect((await tab("rejected")).rows.map((r) => r.status)).toEqual(["rejected"]);
    expect((await tab("published")).rows.every((r) => r.status === "published")).toBe(true);
    expect((await tab("everything")).rows.every((r) => r.status === "pending")).toBe(true);
  });

  test("P21: a moderator's account deleted later leaves the decision in place", async () => {
    const published = await db.testimonial.findFirstOrThrow({ where: { moderatedById: otherAdmin.id } });
    await db.user.delete({ where: { id: otherAdmin.id } });
    expect(await db.testimonial.findUniqueOrThrow({ where: { id: published.id } })).toMatchObject({
      status: "published",
      moderatedById: null,
    });
  });
});
