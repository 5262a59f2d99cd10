// P21: testimonials show the author's name only with their consent, which can be withdrawn at any time
// (name hidden at once on the public page), and the customer can delete their testimonial. A new testimonial
// waits for a moderator (the moderation itself is tested in admin-testimonials.test.ts) and each customer may
// submit only a few.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { moderateTestimonial } from "@/lib/admin/testimonials";
import type { Db } from "@/lib/db/client";
import { deleteAccount } from "@/lib/privacy/erasure";
import {
  createTestimonial,
  deleteTestimonial,
  displayName,
  listOwnTestimonials,
  listPublishedTestimonials,
  manageTestimonialSchema,
  setNameConsent,
  TESTIMONIAL_LIMITS,
  testimonialFormSchema,
  testimonialSchema,
  type TestimonialInput,
} from "@/lib/testimonials/testimonials";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let marieId: string;
let brunoId: string;
let admin: { id: string; role: "admin" };

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  marieId = (await db.user.create({ data: { email: "marie.dupont@example.fr", name: "Marie Dupont" } })).id;
  brunoId = (await db.user.create({ data: { email: "bruno.lefevre@example.fr", name: "Bruno Lefèvre" } })).id;
  const moderator = await db.user.create({ data: { email: "moderation@plusuite.test", role: "admin" } });
  admin = { id: moderator.id, role: "admin" };
});
afterAll(async () => {
  await testDb?.close();
});

const input = (overrides: Partial<{ rating: number; body: string; showName: boolean }> = {}) =>
  testimonialSchema.parse({ rating: 5, body: "Très bien.", showName: false, locale: "fr", ...overrides });

const notFound = { name: "DomainError", code: "notFound" };
const daysLater = (days: number) => new Date(now.getTime() + days * 86_400_000);

/** Submitted by the customer, then approved by a moderator: what reaches the public page. */
async function submitApproved(userId: string, value: TestimonialInput, at: Date) {
  const created = await createTestimonial(db, userId, value, at);
  const { updatedAt } = await db.testimonial.findUniqueOrThrow({ where: { id: created.id } });
  await moderateTestimonial(db, admin, { intent: "approve", id: created.id, updatedAt: updatedAt.toISOString() }, at);
  return created;
}
const publicAuthorOf = async (id: string) => (await listPublishedTestimonials(db)).find((t) => t.id === id)?.author;

describe("testimonials (P21)", () => {
  test("P21: the name shown is the first word of the name and the initial of its last word", () => {
    expect(displayName("Marie Dupont")).toBe("Marie D.");
    expect(displayName("  Jean-Pierre   de la Fontaine ")).toBe("Jean-Pierre F.");
    expect(displayName("marie dupont")).toBe("marie D.");
    expect(displayName("Élodie Ébrard")).toBe("Élodie É.");
    expect(displayName("Marie (Dupont)")).toBe("Marie D.");
    expect(displayName("Cher")).toBe("Cher");
    expect(displayName("")).toBeNull();
    expect(displayName("   ")).toBeNull();
    expect(displayName(null)).toBeNull();
  });

  test("P21: the form needs a rating from 1 to 5 and a text of at most 1000 characters; the name consent is off unless given", () => {
    const errors = (value: Record<string, unknown>) =>
      testimonialSchema
        .safeParse({ rating: "4", body: "Bien.", showName: false, locale: "fr", ...value })
        .error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(errors({})).toBeUndefined();
    expect(errors({ rating: "0" })).toEqual([["rating", "rating"]]);
    expect(errors({ rating: "6" })).toEqual([["rating", "rating"]]);
    expect(errors({ rating: "" })).toEqual([["rating", "rating"]]);
    expect(errors({ rating: "4.5" })).toEqual([["rating", "rating"]]);
    expect(errors({ body: "   " })).toEqual([["body", "required"]]);
    expect(errors({ body: "x".repeat(1001) })).toEqual([["body", "tooLong"]]);
    expect(errors({ body: "x".repeat(1000) })).toBeUndefined();
    expect(errors({ showName: "on" })).toEqual([["showName", expect.any(String)]]);
  });

  test("P21: the form's consent counts only when its checkbox is ticked; the language is not a form field", () => {
    const form = (value: Record<string, unknown>) =>
      testimonialFormSchema.parse({ rating: "4", body: "Bien.", ...value });
    expect(form({})).toEqual({ rating: 4, body: "Bien.", showName: false });
    expect(form({ showName: "on" }).showName).toBe(true);
    expect(form({ showName: "off" }).showName).toBe(false);
    expect(testimonialFormSchema.safeParse({ rating: "9", body: " " }).error?.issues.map((i) => i.message)).toEqual([
      "rating",
      "required",
    ]);
    expect(manageTestimonialSchema.safeParse({ id: "", intent: "delete" }).error?.issues[0]?.message).toBe("notFound");
    expect(manageTestimonialSchema.safeParse({ id: "abc", intent: "publish" }).success).toBe(false);
  });

  test("P21: withdrawing the consent hides the name at once", async () => {
    const { id } = await submitApproved(marieId, input({ showName: true, body: "Un linge superbe." }), now);
    expect(await publicAuthorOf(id)).toBe("Marie D.");
    expect((await listOwnTestimonials(db, marieId)).find((t) => t.id === id)).toMatchObject({
      showName: true,
      nameConsentAt: now,
      status: "published",
    });

    await setNameConsent(db, marieId, id, false, minutesLater(5));
    // The very next read of the public page: no cache between the consent and the page.
    expect(await publicAuthorOf(id)).toBeNull();
    const withdrawn = (await listPublishedTestimonials(db)).find((t) => t.id === id)!;
    expect(JSON.stringify(withdrawn)).not.toMatch(/Marie|Dupont/);
    expect((await listOwnTestimonials(db, marieId)).find((t) => t.id === id)).toMatchObject({
      showName: false,
      nameConsentAt: null,
    });

    // Given again: shown again, with the date of the new consent.
    await setNameConsent(db, marieId, id, true, minutesLater(10));
    expect(await publicAuthorOf(id)).toBe("Marie D.");
    expect((await listOwnTestimonials(db, marieId)).find((t) => t.id === id)?.nameConsentAt).toEqual(minutesLater(10));
  });

  test("P21: the name is read from the current profile: a name change shows at once, no name is 'verified customer'", async () => {
    const { id } = await submitApproved(marieId, input({ showName: true }), daysLater(31));
    await db.user.update({ where: { id: marieId }, data: { name: "Marie Martin" } });
    expect(await publicAuthorOf(id)).toBe("Marie M.");
    await db.user.update({ where: { id: marieId }, data: { name: null } });
    expect(await publicAuthorOf(id)).toBeNull();
    await db.user.update({ where: { id: marieId }, data: { name: "Marie Dupont" } });
  });

  test("P21: without the consent the testimonial is anonymous; the page lists published ones, newest first", async () => {
    // Later than every other testimonial of this file: the newest on the page.
    const at = (minutes: number) => new Date(daysLater(200).getTime() + minutes * 60_000);
    const older = await submitApproved(brunoId, input({ body: "Plus ancien." }), at(20));
    const newer = await submitApproved(brunoId, input({ body: "Plus récent.", rating: 3 }), at(30));
    const hidden = await submitApproved(brunoId, input({ body: "Masqué." }), at(40));
    await db.testimonial.update({ where: { id: hidden.id }, data: { status: "hidden" } });

    const published = await listPublishedTestimonials(db);
    expect(published.map((t) => t.id).slice(0, 2)).toEqual([newer.id, older.id]);
    expect(published.map((t) => t.id)).not.toContain(hidden.id);
    expect(published[0]).toMatchObject({ rating: 3, body: "Plus récent.", author: null, locale: "fr" });
    expect(JSON.stringify(published)).not.toContain("Bruno");
    const dates = published.map((t) => t.createdAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  test("P21: another customer's testimonial id is refused for the consent and for deletion", async () => {
    const { id } = await submitApproved(marieId, input({ body: "À Marie." }), daysLater(62));
    await expect(setNameConsent(db, brunoId, id, true, now)).rejects.toMatchObject(notFound);
    await expect(deleteTestimonial(db, brunoId, id)).rejects.toMatchObject(notFound);
    await expect(setNameConsent(db, brunoId, "no-such-id", true, now)).rejects.toMatchObject(notFound);
    // An empty user id never reaches a query as "any user".
    await expect(deleteTestimonial(db, "", id)).rejects.toMatchObject(notFound);
    const mine = (await listOwnTestimonials(db, marieId)).find((t) => t.id === id);
    expect(mine).toMatchObject({ showName: false, nameConsentAt: null });
    // Each customer sees only their own.
    expect((await listOwnTestimonials(db, brunoId)).map((t) => t.id)).not.toContain(id);
  });

  test("P21: the customer deletes their testimonial: it is gone from the public page", async () => {
    const { id } = await submitApproved(marieId, input({ body: "À supprimer." }), daysLater(93));
    await deleteTestimonial(db, marieId, id);
    await expect(deleteTestimonial(db, marieId, id)).rejects.toMatchObject(notFound);
    expect((await listPublishedTestimonials(db)).map((t) => t.id)).not.toContain(id);
  });

  test("P21: a new testimonial waits for moderation: the customer sees it pending, the public page does not show it", async () => {
    const claire = (await db.user.create({ data: { email: "claire@example.fr", name: "Claire Petit" } })).id;
    const { id, status } = await createTestimonial(db, claire, input({ showName: true, body: "En attente." }), now);
    expect(status).toBe("pending");
    expect((await listPublishedTestimonials(db)).map((t) => t.id)).not.toContain(id);
    expect((await listOwnTestimonials(db, claire)).find((t) => t.id === id)).toMatchObject({
      status: "pending",
      rejectionReason: null,
    });
  });

  test("P21: one testimonial pending at a time and at most 3 in 30 days per customer", async () => {
    expect(TESTIMONIAL_LIMITS).toEqual({ pendingAtOnce: 1, perPeriod: 3, periodDays: 30 });
    const denis = (await db.user.create({ data: { email: "denis@example.fr" } })).id;
    const first = await createTestimonial(db, denis, input({ body: "Un." }), now);
    // A second one while the first waits: refused.
    await expect(createTestimonial(db, denis, input({ body: "Deux." }), minutesLater(1))).rejects.toMatchObject({
      code: "testimonialPending",
    });
    const { updatedAt } = await db.testimonial.findUniqueOrThrow({ where: { id: first.id } });
    await moderateTestimonial(db, admin, { intent: "approve", id: first.id, updatedAt: updatedAt.toISOString() }, now);
    await submitApproved(denis, input({ body: "Deux." }), minutesLater(2));
    await submitApproved(denis, input({ body: "Trois." }), minutesLater(3));
    // A fourth within 30 days of the first: refused, even with nothing pending.
    await expect(createTestimonial(db, denis, input({ body: "Quatre." }), daysLater(29))).rejects.toMatchObject({
      code: "testimonialLimit",
    });
    expect(await db.testimonial.count({ where: { userId: denis } })).toBe(3);
    // Once the first is more than 30 days old, there is room for one more.
    await expect(createTestimonial(db, denis, input({ body: "Quatre." }), daysLater(30))).resolves.toMatchObject({
      status: "pending",
    });
    // Another customer is not limited by this one.
    const emma = (await db.user.create({ data: { email: "emma@example.fr" } })).id;
    await expect(createTestimonial(db, emma, input({ body: "Autre cliente." }), daysLater(29))).resolves.toBeTruthy();
  });

  test("P14/P21: deleting the account removes its testimonials from the public page", async () => {
    expect((await listPublishedTestimonials(db)).some((t) => t.author === "Marie D.")).toBe(true);
    const report = await deleteAccount(db, marieId, now);
    expect(report.Testimonial).toBeGreaterThan(0);
    const published = await listPublishedTestimonials(db);
    expect(published.some((t) => t.author === "Marie D.")).toBe(false);
    expect(await db.testimonial.count({ where: { userId: marieId } })).toBe(0);
    expect(await db.testimonial.count({ where: { userId: brunoId } })).toBe(3);
  });
});
