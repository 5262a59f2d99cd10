// P21: moderation of customers' testimonials. A new testimonial waits (pending) until an admin approves it
// (published on the storefront) or rejects it with a reason its author reads in Mon compte; a published one
// may be hidden later. The author's name is never copied here: the storefront reads it from the profile at
// render time, only while the author consents (lib/testimonials/testimonials.ts). Admins only, like every
// data function of lib/admin/; each decision is written to the audit log in the same transaction.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Prisma, TestimonialStatus } from "@/lib/generated/prisma/client";
import { assertAdmin, type Viewer } from "./access";
import { recordAudit, type AuditAction, type AuditActor } from "./audit";
import {
  defineTable,
  pageCount,
  parseTableParams,
  skipFor,
  type RawSearchParams,
  type TableParams,
} from "./table-params";

export const TESTIMONIAL_STATUSES = ["pending", "published", "hidden", "rejected"] as const;
export const REJECTION_REASON_MAX_LENGTH = 500;
export const TESTIMONIALS_PAGE_SIZE = 25;

/** The queue first: pending ones, oldest first (first come, first read). */
export const TESTIMONIALS_TABLE = defineTable({
  sorts: { createdAt: "asc", rating: "desc" },
  defaultSort: "createdAt",
  filters: { status: z.enum(TESTIMONIAL_STATUSES).default("pending") },
});
export type TestimonialsTableParams = TableParams<"createdAt" | "rating", (typeof TESTIMONIALS_TABLE)["filters"]>;

export function parseTestimonialsParams(searchParams: RawSearchParams): TestimonialsTableParams {
  return parseTableParams(TESTIMONIALS_TABLE, searchParams);
}

/**
 * The decisions and the statuses each may start from. Approving also republishes a hidden one, or one
 * rejected by mistake; hiding applies only to what the storefront shows.
 */
export const MODERATION = {
  approve: { from: ["pending", "hidden", "rejected"], to: "published", audit: "testimonial.approve" },
  reject: { from: ["pending"], to: "rejected", audit: "testimonial.reject" },
  hide: { from: ["published"], to: "hidden", audit: "testimonial.hide" },
} as const satisfies Record<string, { from: TestimonialStatus[]; to: TestimonialStatus; audit: AuditAction }>;
export type ModerationDecision = keyof typeof MODERATION;

/** What each moderation form posts; `updatedAt` is the row the admin saw (two admins: the second is told). */
const moderationBase = {
  id: z.string().trim().min(1, "notFound").max(100, "notFound"),
  updatedAt: z.iso.datetime({ error: "changedMeanwhile" }),
};
export const moderationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), ...moderationBase }),
  z.object({
    intent: z.literal("reject"),
    ...moderationBase,
    reason: z.string().trim().min(1, "required").max(REJECTION_REASON_MAX_LENGTH, "tooLong"),
  }),
  z.object({ intent: z.literal("hide"), ...moderationBase }),
]);
export type ModerationInput = z.output<typeof moderationSchema>;

export type ModerationRow = {
  id: string;
  rating: number;
  body: string;
  locale: string;
  status: TestimonialStatus;
  showName: boolean;
  /** P21: when the author consented to show their name; null while they do not */
  nameConsentAt: Date | null;
  rejectionReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  moderatedAt: Date | null;
  /** the author's account, for the admin (never shown on the storefront) */
  author: { id: string; name: string | null; email: string };
  moderatedBy: { name: string | null; email: string } | null;
};

const ROW_SELECT = {
  id: true,
  rating: true,
  body: true,
  locale: true,
  status: true,
  showName: true,
  nameConsentAt: true,
  rejectionReason: true,
  createdAt: true,
  updatedAt: true,
  moderatedAt: true,
  user: { select: { id: true, name: true, email: true } },
  moderatedBy: { select: { name: true, email: true } },
} as const satisfies Prisma.TestimonialSelect;

type Row = Prisma.TestimonialGetPayload<{ select: typeof ROW_SELECT }>;
const toView = ({ user, ...row }: Row): ModerationRow => ({ ...row, author: user });

/** One page of testimonials of one status, with the count of each status for the tabs. */
export async function listTestimonialsForModeration(
  db: Db,
  viewer: Viewer,
  params: TestimonialsTableParams,
): Promise<{ rows: ModerationRow[]; total: number; page: number; counts: Record<TestimonialStatus, number> }> {
  assertAdmin(viewer);
  const status = params.filters.status ?? "pending";
  const where = { status };
  const [total, groups] = await Promise.all([
    db.testimonial.count({ where }),
    db.testimonial.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const page = Math.min(params.page, pageCount(total, TESTIMONIALS_PAGE_SIZE));
  const rows = await db.testimonial.findMany({
    where,
    orderBy: [{ [params.sort]: params.direction }, { id: params.direction }],
    skip: skipFor(page, TESTIMONIALS_PAGE_SIZE),
    take: TESTIMONIALS_PAGE_SIZE,
    select: ROW_SELECT,
  });
  const counts = Object.fromEntries(TESTIMONIAL_STATUSES.map((s) => [s, 0])) as Record<TestimonialStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return { rows: rows.map(toView), total, page, counts };
}

/** The dashboard's figure: testimonials waiting for a moderator. */
export async function countPendingTestimonials(db: Db, viewer: Viewer): Promise<number> {
  assertAdmin(viewer);
  return db.testimonial.count({ where: { status: "pending" } });
}

/** A customer's testimonials for their profile page, newest first. */
export async function listTestimonialsOfCustomer(db: Db, viewer: Viewer, userId: string): Promise<ModerationRow[]> {
  assertAdmin(viewer);
  if (!userId) return [];
  const rows = await db.testimonial.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: ROW_SELECT });
  return rows.map(toView);
}

/**
 * Approves, rejects (with its reason) or hides a testimonial. One conditional update: it applies only from
 * an allowed status and only to the row the admin saw, so of two admins deciding at once the second is told
 * ("changedMeanwhile") instead of silently overriding the first.
 */
export async function moderateTestimonial(
  db: Db,
  viewer: AuditActor,
  input: ModerationInput,
  now: Date,
): Promise<{ id: string; status: TestimonialStatus }> {
  assertAdmin(viewer);
  const rule = MODERATION[input.intent];
  return db.$transaction(async (tx) => {
    const before = await tx.testimonial.findUnique({ where: { id: input.id }, select: { status: true } });
    if (!before) throw new DomainError("notFound");
    const { count } = await tx.testimonial.updateMany({
      where: { id: input.id, status: { in: [...rule.from] }, updatedAt: new Date(input.updatedAt) },
      data: {
        status: rule.to,
        rejectionReason: input.intent === "reject" ? input.reason : null,
        moderatedAt: now,
        moderatedById: viewer.id,
        updatedAt: now,
      },
    });
    if (count !== 1) throw new DomainError("changedMeanwhile");
    // The reason is free text about a customer's words: it stays on the testimonial, not in the log.
    await recordAudit(tx, viewer, {
      action: rule.audit,
      target: { type: "testimonial", id: input.id },
      before: { status: before.status },
      after: { status: rule.to },
      at: now,
    });
    return { id: input.id, status: rule.to };
  });
}
