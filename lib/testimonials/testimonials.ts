// P21: customers' testimonials. The author's name is shown only with a separate consent ("show my first
// name and last initial"), which can be withdrawn at any time; it is never copied onto the testimonial
// but read from the CURRENT profile each time the public page renders, so that withdrawing the consent,
// changing one's name or deleting the account takes effect at once. A new testimonial waits for a moderator
// (lib/admin/testimonials.ts): published once approved, or rejected with a reason its author sees in Mon compte.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { checkbox } from "@/lib/forms/fields";
import { locales, type Locale } from "@/lib/i18n/routing";
import { TESTIMONIAL_MAX_LENGTH } from "./rules";

/** The public page shows this many of the newest testimonials. */
export const PUBLIC_PAGE_SIZE = 50;

/** A testimonial as it is stored. Zod messages are error codes (lib/errors.ts). */
export const testimonialSchema = z.object({
  rating: z.coerce.number({ error: "rating" }).int("rating").min(1, "rating").max(5, "rating"),
  body: z.string().trim().min(1, "required").max(TESTIMONIAL_MAX_LENGTH, "tooLong"),
  // The consent to show the name: given only explicitly (a separate checkbox, never ticked for them).
  showName: z.boolean(),
  locale: z.enum(locales, { error: "locale" }),
});
export type TestimonialInput = z.output<typeof testimonialSchema>;

/** The form: the consent checkbox is ticked ("on") or absent; the language is the form's own (its locale). */
export const testimonialFormSchema = testimonialSchema.omit({ locale: true }).extend({ showName: checkbox });

/** "Show my name", "stop showing my name" or "delete" on one of the customer's testimonials. */
export const manageTestimonialSchema = z.object({
  id: z.string().trim().min(1, "notFound").max(100, "notFound"),
  intent: z.enum(["showName", "hideName", "delete"]),
});

/**
 * "Marie D.": the first word of the name and the initial of its last word; just "Marie" for a one-word
 * name; null (shown as "Verified customer") when there is no name.
 */
export function displayName(name: string | null | undefined): string | null {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return null;
  if (words.length === 1) return first;
  // The first letter, not the first character: "Marie (Dupont)" → "Marie D.", "Anne-Sophie Ødegaard" → "Ø".
  const initial = words.at(-1)!.match(/\p{L}/u)?.[0];
  return initial ? `${first} ${initial.toLocaleUpperCase()}.` : first;
}

/**
 * P21: how many testimonials one customer may submit. One waiting for moderation at a time (a second one
 * would wait behind it, and a flood would bury other customers' in the queue), and at most 3 in 30 days,
 * rejected ones included. A deleted testimonial leaves no row and no longer counts: deleting the pending one
 * frees its place, so the queue still never holds more than one per customer.
 */
export const TESTIMONIAL_LIMITS = { pendingAtOnce: 1, perPeriod: 3, periodDays: 30 } as const;

/**
 * Submits a testimonial, pending moderation. Refused ("testimonialPending", "testimonialLimit") past the
 * limits. The author's row is locked while counting, so two submissions at once cannot both pass.
 */
export async function createTestimonial(db: Db, userId: string, input: TestimonialInput, now: Date) {
  if (!userId) throw new DomainError("notFound");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const since = new Date(now.getTime() - TESTIMONIAL_LIMITS.periodDays * 86_400_000);
    const [pending, recent] = await Promise.all([
      tx.testimonial.count({ where: { userId, status: "pending" } }),
      tx.testimonial.count({ where: { userId, createdAt: { gt: since } } }),
    ]);
    if (pending >= TESTIMONIAL_LIMITS.pendingAtOnce) throw new DomainError("testimonialPending");
    if (recent >= TESTIMONIAL_LIMITS.perPeriod) throw new DomainError("testimonialLimit");
    return tx.testimonial.create({
      data: {
        userId,
        rating: input.rating,
        body: input.body,
        locale: input.locale,
        showName: input.showName,
        nameConsentAt: input.showName ? now : null,
        status: "pending",
        createdAt: now,
      },
      select: { id: true, status: true },
    });
  });
}

export function listOwnTestimonials(db: Db | Tx, userId: string) {
  return db.testimonial.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      rating: true,
      body: true,
      locale: true,
      showName: true,
      nameConsentAt: true,
      status: true,
      rejectionReason: true,
      createdAt: true,
    },
  });
}

/**
 * Gives or withdraws the consent to show the name on one of the customer's testimonials; "notFound" for
 * a testimonial that is not theirs, like one that does not exist.
 */
export async function setNameConsent(
  db: Db | Tx,
  userId: string,
  testimonialId: string,
  showName: boolean,
  now: Date,
): Promise<void> {
  if (!userId) throw new DomainError("notFound");
  const { count } = await db.testimonial.updateMany({
    where: { id: testimonialId, userId },
    // nameConsentAt records when the consent now in force was given; withdrawn, there is none.
    data: { showName, nameConsentAt: showName ? now : null },
  });
  if (count !== 1) throw new DomainError("notFound");
}

/** Deletes one of the customer's testimonials; "notFound" when it is not theirs. */
export async function deleteTestimonial(db: Db | Tx, userId: string, testimonialId: string): Promise<void> {
  if (!userId) throw new DomainError("notFound");
  const { count } = await db.testimonial.deleteMany({ where: { id: testimonialId, userId } });
  if (count !== 1) throw new DomainError("notFound");
}

export type PublicTestimonial = {
  id: string;
  rating: number;
  body: string;
  locale: Locale;
  createdAt: Date;
  /** "Marie D." while the author consents and has a name; null: shown as "Verified customer" */
  author: string | null;
};

/** Published testimonials, newest first, with the author's name only while they consent to it. */
export async function listPublishedTestimonials(db: Db | Tx, take = PUBLIC_PAGE_SIZE): Promise<PublicTestimonial[]> {
  const rows = await db.testimonial.findMany({
    where: { status: "published" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      rating: true,
      body: true,
      locale: true,
      createdAt: true,
      showName: true,
      user: { select: { name: true } },
    },
  });
  return rows.map(({ showName, user, locale, ...testimonial }) => ({
    ...testimonial,
    locale: locale === "en" ? "en" : "fr",
    author: showName ? displayName(user.name) : null,
  }));
}
