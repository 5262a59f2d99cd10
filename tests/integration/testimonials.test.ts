// P21: testimonials show the author's name only with their consent, which can be withdrawn at any time
// (name hidden at once on the public page), and the customer can delete their testimonial.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
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
  testimonialFormSchema,
  testimonialSchema,
} from "@/lib/testimonials/testimonials";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const minutesLater = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let marieId: string;
let brunoId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  marieId = (await db.user.create({ data: { email: "marie.dupont@example.fr", name: "Marie Dupont" } })).id;
  brunoId = (await db.user.create({ data: { email: "bruno.lefevre@example.fr", name: "Bruno Lefèvre" } })).id;
});
afterAll(async () => {
  await testDb?.close();
});

const input = (overrides: Partial<{ rating: number; body: string; showName: boolean }> = {}) =>
  testimonialSchema.parse({ rating: 5, body: "Très bien.", showName: false, locale: "fr", ...overrides });

const notFound = { name: "DomainError", code: "notFound" };
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
    const { id } = await createTestimonial(db, marieId, input({ showName: true, body: "Un linge superbe." }), now);
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
    const { id } = await createTestimonial(db, marieId, input({ showName: true }), now);
    await db.user.update({ where: { id: marieId }, data: { name: "Marie Martin" } });
    expect(await publicAuthorOf(id)).toBe("Marie M.");
    await db.user.update({ where: { id: marieId }, data: { name: null } });
    expect(await publicAuthorOf(id)).toBeNull();
    await db.user.update({ where: { id: marieId }, data: { name: "Marie Dupont" } });
  });

  test("P21: without the consent the testimonial is anonymous; the page lists published ones, newest first", async () => {
    const older = await createTestimonial(db, brunoId, input({ body: "Plus ancien." }), minutesLater(20));
    const newer = await createTestimonial(db, brunoId, input({ body: "Plus récent.", rating: 3 }), minutesLater(30));
    const hidden = await createTestimonial(db, brunoId, input({ body: "Masqué." }), minutesLater(40));
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
    const { id } = await createTestimonial(db, marieId, input({ body: "À Marie." }), now);
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
    const { id } = await createTestimonial(db, marieId, input({ body: "À supprimer." }), now);
    await deleteTestimonial(db, marieId, id);
    await expect(deleteTestimonial(db, marieId, id)).rejects.toMatchObject(notFound);
    expect((await listPublishedTestimonials(db)).map((t) => t.id)).not.toContain(id);
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
