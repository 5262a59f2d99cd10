// P23 in the back office: the published versions of the privacy policy and the terms, with how many customers
// were notified of each; one draft per document, written from the current text, previewed as the public page
// shows it, then published with the same function as `npm run policy:publish` (lib/policies/documents.ts).
// Admins only; drafts and publications are audited in their own transaction.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { PolicyDocument, PolicyDraft } from "@/lib/generated/prisma/client";
import { addDays, shopDay } from "@/lib/jobs/shop-day";
import {
  currentPolicy,
  earliestAnnouncedDate,
  isPolicyVersionName,
  POLICY_KINDS,
  policyHistory,
  publishPolicyVersion,
  type PolicyKind,
  type PublishContext,
  type PublishResult,
} from "@/lib/policies/documents";
import { parseEffectiveDate } from "@/lib/policies/files";
import { policyNoticeKey } from "@/lib/policies/notices";
import { assertAdmin } from "./access";
import { recordAudit, type AuditActor } from "./audit";

/** The action builder takes at most this many characters in one field (lib/actions/input.ts). */
export const POLICY_TEXT_LIMITS = { summary: 2_000, body: 20_000 } as const;

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

/** What the draft form posts; `updatedAt` is the draft the admin started from ("" for a new one). */
export const policyDraftSchema = z.object({
  kind: z.enum(POLICY_KINDS, { error: "invalid" }),
  version: z.string().trim().min(1, "required").refine(isPolicyVersionName, "invalid"),
  /** a day ("2027-01-15": midnight, Paris time), as for the command line */
  effectiveAt: z
    .string()
    .trim()
    .min(1, "required")
    .transform((value, context) => {
      const date = parseEffectiveDate(value);
      if (!date) context.addIssue({ code: "custom", message: "invalid" });
      return date ?? new Date(Number.NaN);
    }),
  summaryFr: text(POLICY_TEXT_LIMITS.summary),
  summaryEn: text(POLICY_TEXT_LIMITS.summary),
  bodyFr: text(POLICY_TEXT_LIMITS.body),
  bodyEn: text(POLICY_TEXT_LIMITS.body),
  updatedAt: z.union([z.literal(""), z.iso.datetime()], { error: "changedMeanwhile" }),
});
export type PolicyDraftInput = z.output<typeof policyDraftSchema>;

/** What the publish button posts: the draft the admin previewed. */
export const publishDraftSchema = z.object({
  kind: z.enum(POLICY_KINDS, { error: "invalid" }),
  updatedAt: z.iso.datetime({ error: "changedMeanwhile" }),
});

export type NoticeCounts = { sent: number; pending: number; failed: number };

export type PolicyVersionRow = Pick<PolicyDocument, "id" | "version" | "effectiveAt" | "publishedAt"> & {
  state: "current" | "upcoming" | "earlier";
  /** customers the notice e-mail was queued for at publication (P23), kept on the version */
  noticesQueued: number;
  /** where those e-mails are now, while the outbox keeps them (sent ones are purged after a while) */
  notices: NoticeCounts;
};

export type PolicyKindOverview = { kind: PolicyKind; versions: PolicyVersionRow[]; draft: PolicyDraft | null };

export async function policiesOverview(db: Db, viewer: AuditActor, now: Date): Promise<PolicyKindOverview[]> {
  assertAdmin(viewer);
  return Promise.all(
    POLICY_KINDS.map(async (kind) => {
      const [history, current, draft] = await Promise.all([
        policyHistory(db, kind),
        currentPolicy(db, kind, now),
        db.policyDraft.findUnique({ where: { kind } }),
      ]);
      const versions = await Promise.all(
        history.map(async (document): Promise<PolicyVersionRow> => ({
          id: document.id,
          version: document.version,
          effectiveAt: document.effectiveAt,
          publishedAt: document.publishedAt,
          state: document.id === current?.id ? "current" : document.effectiveAt > now ? "upcoming" : "earlier",
          noticesQueued: document.noticesQueued,
          notices: await noticeCounts(db, document),
        })),
      );
      return { kind, versions, draft };
    }),
  );
}

/** The notice e-mails of a version still in the outbox, by status (their keys: lib/policies/notices.ts). */
async function noticeCounts(db: Db, document: Pick<PolicyDocument, "kind" | "version">): Promise<NoticeCounts> {
  const prefix = policyNoticeKey(document, "");
  const groups = await db.emailOutbox.groupBy({
    by: ["status"],
    where: { key: { startsWith: prefix } },
    _count: { _all: true },
  });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return { sent: count("sent"), pending: count("pending") + count("sending"), failed: count("failed") };
}

export type DraftFormValues = Omit<z.input<typeof policyDraftSchema>, "kind"> & { kind: PolicyKind };

/**
 * What the draft form starts from: the saved draft, or else the current version's texts with an empty
 * summary, no name, and the first day the new version may take effect.
 */
export async function policyDraftForm(
  db: Db,
  viewer: AuditActor,
  kind: PolicyKind,
  now: Date,
): Promise<DraftFormValues> {
  assertAdmin(viewer);
  const draft = await db.policyDraft.findUnique({ where: { kind } });
  if (draft)
    return {
      kind,
      version: draft.version,
      effectiveAt: shopDay(draft.effectiveAt),
      summaryFr: draft.summaryFr,
      summaryEn: draft.summaryEn,
      bodyFr: draft.bodyFr,
      bodyEn: draft.bodyEn,
      updatedAt: draft.updatedAt.toISOString(),
    };
  const current = await currentPolicy(db, kind, now);
  return {
    kind,
    version: "",
    // The day after the earliest instant: a day starts at midnight, so the earliest day itself may be too soon.
    effectiveAt: addDays(shopDay(earliestAnnouncedDate(now)), 1),
    summaryFr: "",
    summaryEn: "",
    bodyFr: current?.bodyFr ?? "",
    bodyEn: current?.bodyEn ?? "",
    updatedAt: "",
  };
}

/**
 * Saves the draft of a document. Checked now as at publication (so the admin hears it early): the name is not
 * a published version's, and the date leaves the notice period. Two admins: the second save is refused.
 */
export async function savePolicyDraft(
  db: Db,
  viewer: AuditActor,
  input: PolicyDraftInput,
  now: Date,
): Promise<PolicyDraft> {
  assertAdmin(viewer);
  const { kind, version, effectiveAt, summaryFr, summaryEn, bodyFr, bodyEn } = input;
  return db.$transaction(async (tx) => {
    if (await tx.policyDocument.findUnique({ where: { kind_version: { kind, version } } }))
      throw new DomainError("policyVersionExists", { field: "version" });
    const published = await tx.policyDocument.count({ where: { kind } });
    if (published > 0 && effectiveAt < earliestAnnouncedDate(now))
      throw new DomainError("policyNoticeTooShort", { field: "effectiveAt" });
    const data = { version, effectiveAt, summaryFr, summaryEn, bodyFr, bodyEn, updatedAt: now };
    let draft: PolicyDraft;
    if (input.updatedAt === "") {
      // A new draft: unless another admin started one in the meantime (kind is unique).
      if (await tx.policyDraft.findUnique({ where: { kind } })) throw new DomainError("changedMeanwhile");
      draft = await tx.policyDraft.create({ data: { kind, ...data } });
    } else {
      const { count } = await tx.policyDraft.updateMany({
        where: { kind, updatedAt: new Date(input.updatedAt) },
        data,
      });
      if (count === 0) throw new DomainError("changedMeanwhile");
      draft = await tx.policyDraft.findUniqueOrThrow({ where: { kind } });
    }
    await recordAudit(tx, viewer, {
      action: "policyDocument.draft",
      target: { type: "policyDocument", id: draft.id },
      after: { kind, version, effectiveAt },
      at: now,
    });
    return draft;
  });
}

/** The draft to preview, or null. */
export async function policyDraft(db: Db, viewer: AuditActor, kind: PolicyKind): Promise<PolicyDraft | null> {
  assertAdmin(viewer);
  return db.policyDraft.findUnique({ where: { kind } });
}

/**
 * Publishes the draft the admin previewed (refused if it changed since) with publishPolicyVersion: the
 * version, its notices to customers, the draft's removal and the audit entry are one transaction.
 */
export async function publishPolicyDraft(
  db: Db,
  viewer: AuditActor,
  input: z.output<typeof publishDraftSchema>,
  context: Omit<PublishContext, "alsoInTransaction">,
): Promise<PublishResult> {
  assertAdmin(viewer);
  const draft = await db.policyDraft.findUnique({ where: { kind: input.kind } });
  if (!draft) throw new DomainError("notFound");
  if (draft.updatedAt.toISOString() !== input.updatedAt) throw new DomainError("changedMeanwhile");
  return publishPolicyVersion(
    db,
    {
      kind: input.kind,
      version: draft.version,
      effectiveAt: draft.effectiveAt,
      summary: { fr: draft.summaryFr, en: draft.summaryEn },
      body: { fr: draft.bodyFr, en: draft.bodyEn },
    },
    {
      ...context,
      alsoInTransaction: async (tx, document) => {
        const removed = await tx.policyDraft.deleteMany({ where: { id: draft.id, updatedAt: draft.updatedAt } });
        if (removed.count === 0) throw new DomainError("changedMeanwhile");
        await recordAudit(tx, viewer, {
          action: "policyDocument.publish",
          target: { type: "policyDocument", id: document.id },
          after: {
            kind: document.kind,
            version: document.version,
            effectiveAt: document.effectiveAt,
            noticesQueued: document.noticesQueued,
          },
          at: context.now,
        });
      },
    },
  );
}
