// P23: the privacy policy and the terms as versioned documents, in French and English. A published version is
// never edited (a change is a new version) and earlier versions stay readable. A version that takes effect
// later is announced before that date: a notice on the home page (upcomingPolicyChange) and one e-mail to
// every verified customer, through the outbox (lib/policies/notices.ts).
import type { Db } from "@/lib/db/client";
import type { PolicyDocument } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { enqueuePolicyNotices } from "./notices";

export const POLICY_KINDS = ["privacy", "terms"] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export type PolicyInput = {
  kind: PolicyKind;
  /** the version's name, shown and used in its address: letters, digits, dots and dashes */
  version: string;
  effectiveAt: Date;
  summary: Record<Locale, string>;
  /** markdown subset (lib/policies/markdown.ts) */
  body: Record<Locale, string>;
};

/** A published version, as the pages receive it. */
export type Policy = PolicyDocument;

export type PublishResult = { document: PolicyDocument; noticesQueued: number };

const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.-]{0,39}$/;

export function isPolicyKind(value: unknown): value is PolicyKind {
  return typeof value === "string" && (POLICY_KINDS as readonly string[]).includes(value);
}

/**
 * Publishes a version. Both languages are required: the shop's French and English customers are bound by the
 * same text. Publishing the same version again with the same texts only resumes its notices (their keys are
 * per customer and version, so nobody gets two); a different text under an existing version is refused, and
 * so is a new version of an existing document that would take effect without notice.
 * The pages are revalidated hourly (app/[locale]/(shop)/privacy, terms and the home page): the admin action
 * that calls this (back-office issue) should also call revalidatePath for them.
 */
export async function publishPolicyVersion(
  db: Db,
  input: PolicyInput,
  now: Date,
  siteUrl: string,
): Promise<PublishResult> {
  if (!isPolicyKind(input.kind)) throw new DomainError("invalid", { field: "kind" });
  if (!VERSION_PATTERN.test(input.version)) throw new DomainError("invalid", { field: "version" });
  if (Number.isNaN(input.effectiveAt.getTime())) throw new DomainError("invalid", { field: "effectiveAt" });
  const data = {
    kind: input.kind,
    version: input.version,
    effectiveAt: input.effectiveAt,
    summaryFr: required(input.summary?.fr, "summaryFr"),
    summaryEn: required(input.summary?.en, "summaryEn"),
    bodyFr: required(input.body?.fr, "bodyFr"),
    bodyEn: required(input.body?.en, "bodyEn"),
  };

  const existing = await db.policyDocument.findUnique({
    where: { kind_version: { kind: data.kind, version: data.version } },
  });
  if (existing && !sameTexts(existing, data)) throw new DomainError("duplicateName", { field: "version" });
  // The policy promises that every change is announced before it takes effect: only the first version of a
  // document may apply at once.
  if (!existing && data.effectiveAt <= now && (await db.policyDocument.count({ where: { kind: data.kind } })) > 0)
    throw new DomainError("invalid", { field: "effectiveAt" });
  const document = existing ?? (await db.policyDocument.create({ data: { ...data, publishedAt: now } }));

  // Announced before it takes effect; a version in force at once has no "before".
  const noticesQueued = document.effectiveAt > now ? await enqueuePolicyNotices(db, document, siteUrl) : 0;
  return { document, noticesQueued };
}

function required(text: string | undefined, field: string): string {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") throw new DomainError("required", { field });
  return trimmed;
}

function sameTexts(document: PolicyDocument, data: Omit<PolicyDocument, "id" | "publishedAt" | "createdAt">) {
  return (
    document.effectiveAt.getTime() === data.effectiveAt.getTime() &&
    document.summaryFr === data.summaryFr &&
    document.summaryEn === data.summaryEn &&
    document.bodyFr === data.bodyFr &&
    document.bodyEn === data.bodyEn
  );
}

/** The version in force at `now`: the latest effective one (null before the first). */
export async function currentPolicy(db: Db, kind: PolicyKind, now: Date): Promise<PolicyDocument | null> {
  return db.policyDocument.findFirst({
    where: { kind, effectiveAt: { lte: now }, publishedAt: { lte: now } },
    orderBy: [{ effectiveAt: "desc" }, { publishedAt: "desc" }],
  });
}

/** Every published version of a document, newest effective date first (upcoming ones included). */
export async function policyHistory(db: Db, kind: PolicyKind): Promise<PolicyDocument[]> {
  return db.policyDocument.findMany({ where: { kind }, orderBy: [{ effectiveAt: "desc" }, { publishedAt: "desc" }] });
}

export async function policyVersion(db: Db, kind: PolicyKind, version: string): Promise<PolicyDocument | null> {
  if (!VERSION_PATTERN.test(version)) return null;
  return db.policyDocument.findUnique({ where: { kind_version: { kind, version } } });
}

/** The next published change not yet in force, for the home-page notice (null when none). */
export async function upcomingPolicyChange(db: Db, now: Date): Promise<PolicyDocument | null> {
  return db.policyDocument.findFirst({
    where: { effectiveAt: { gt: now }, publishedAt: { lte: now } },
    orderBy: [{ effectiveAt: "asc" }, { kind: "asc" }],
  });
}

/** The text of a document in one language. */
export function policyText(document: PolicyDocument, locale: Locale): { summary: string; body: string } {
  return locale === "fr"
    ? { summary: document.summaryFr, body: document.bodyFr }
    : { summary: document.summaryEn, body: document.bodyEn };
}
