// P23: the privacy policy and the terms as versioned documents, in French and English. A published version is
// never edited (a change is a new version) and earlier versions stay readable. A version that takes effect
// later is announced before that date: a notice on the home page (upcomingPolicyChanges) and one e-mail to
// every customer, through the outbox (lib/policies/notices.ts).
//
// How the prerendered pages follow (home, /privacy, /terms and the version pages are ISR pages):
// - at publication, the caller that runs inside the server (the back office's action, issue 12) passes
//   next/cache's revalidatePath: the home notice and the policy pages change at once. A process outside the
//   server (npm run policy:publish) cannot reach the server's cache: the pages catch up on their own, below.
// - at the effective date nothing is called: a page renders "now" when it is regenerated, and each of these
//   pages is regenerated at most POLICY_PAGES_REVALIDATE_SECONDS after its last rendering (its `revalidate`;
//   Next serves the stale copy to the first visitor after that and renders a fresh one for the next). So the
//   notice disappears and the new version is shown within 5 minutes of the date, with no redeploy.
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { DomainError } from "@/lib/errors";
import type { PolicyDocument } from "@/lib/generated/prisma/client";
import { locales, type Locale } from "@/lib/i18n/routing";
import { enqueuePolicyNotices, policyVersionPath, renderPolicyNotices } from "./notices";

export const POLICY_KINDS = ["privacy", "terms"] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** The `revalidate` of the pages that show policies or their notice (the pages repeat it as a literal). */
export const POLICY_PAGES_REVALIDATE_SECONDS = 300;
/** A new version of a published document is announced at least this long before it applies (P23). */
export const MIN_NOTICE_DAYS = 7;

export type PolicyInput = {
  kind: PolicyKind;
  /** the version's name, shown and used in its address: letters, digits, dots and dashes */
  version: string;
  effectiveAt: Date;
  /** what changes, in a few sentences */
  summary: Record<Locale, string>;
  /** markdown subset (lib/policies/markdown.ts) */
  body: Record<Locale, string>;
};

export type PublishContext = {
  now: Date;
  /** origin of the links in the notice e-mails */
  siteUrl: string;
  /** next/cache's revalidatePath, when publishing from inside the server (see the top of this file) */
  revalidatePath?: (path: string) => void;
  /** more writes that belong to the publication (the back office's draft removal and audit entry), in its transaction */
  alsoInTransaction?: (tx: Tx, document: PolicyDocument) => Promise<void>;
};

/** A published version, as the pages receive it. */
export type Policy = PolicyDocument;

export type PublishResult = { document: PolicyDocument; noticesQueued: number; revalidated: string[] };

const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.-]{0,39}$/;
const DAY_MS = 86_400_000;

/** A version's name: letters, digits, dots and dashes, as it appears in its address. */
export function isPolicyVersionName(value: string): boolean {
  return VERSION_PATTERN.test(value);
}

/** The earliest effective date of a new version of a document that already has one (P23). */
export function earliestAnnouncedDate(now: Date): Date {
  return new Date(now.getTime() + MIN_NOTICE_DAYS * DAY_MS);
}

export function isPolicyKind(value: unknown): value is PolicyKind {
  return typeof value === "string" && (POLICY_KINDS as readonly string[]).includes(value);
}

/**
 * Publishes a version. Refused (DomainError, nothing stored, nothing queued) when:
 * - the French or English text or summary is missing or blank: customers of both languages are bound by the
 *   same text, so there is no version in one language only;
 * - the version already exists: published texts are never edited, and a retried publication must not queue
 *   its e-mails twice (the document and its e-mails are written in one transaction, so a publication either
 *   happened whole, and a retry is refused, or not at all, and a retry does it all);
 * - a document that already has a version would change in less than MIN_NOTICE_DAYS: the policy promises
 *   that changes are announced before they apply. Only a document's first version may apply at once.
 * With a later effective date, one notice per customer is queued (lib/policies/notices.ts).
 */
export async function publishPolicyVersion(
  db: Db,
  input: PolicyInput,
  { now, siteUrl, revalidatePath, alsoInTransaction }: PublishContext,
): Promise<PublishResult> {
  if (!isPolicyKind(input.kind)) throw new DomainError("invalid", { field: "kind" });
  if (!VERSION_PATTERN.test(input.version)) throw new DomainError("invalid", { field: "version" });
  if (Number.isNaN(input.effectiveAt.getTime())) throw new DomainError("invalid", { field: "effectiveAt" });
  const data = {
    kind: input.kind,
    version: input.version,
    effectiveAt: input.effectiveAt,
    publishedAt: now,
    summaryFr: required(input.summary?.fr, "summaryFr"),
    summaryEn: required(input.summary?.en, "summaryEn"),
    bodyFr: required(input.body?.fr, "bodyFr"),
    bodyEn: required(input.body?.en, "bodyEn"),
  };
  const announced = data.effectiveAt > now;
  // Rendered before the transaction opens: it holds no lock while React renders.
  const emails = announced ? await renderPolicyNotices(data, siteUrl) : null;

  const { document, noticesQueued } = await db
    .$transaction(
      async (tx) => {
        const where = { kind_version: { kind: data.kind, version: data.version } };
        if (await tx.policyDocument.findUnique({ where }))
          throw new DomainError("policyVersionExists", { field: "version" });
        const isFirst = (await tx.policyDocument.count({ where: { kind: data.kind } })) === 0;
        if (!isFirst && data.effectiveAt.getTime() < now.getTime() + MIN_NOTICE_DAYS * DAY_MS)
          throw new DomainError("policyNoticeTooShort", { field: "effectiveAt" });
        const created = await tx.policyDocument.create({ data });
        const noticesQueued = emails ? await enqueuePolicyNotices(tx, created, emails) : 0;
        // Kept on the version: the outbox rows that prove it are purged after a while (retention schedule).
        const document = await tx.policyDocument.update({ where: { id: created.id }, data: { noticesQueued } });
        await alsoInTransaction?.(tx, document);
        return { document, noticesQueued };
      },
      // Customers are queued 500 per statement: generous for tens of thousands of them.
      { timeout: 30_000 },
    )
    .catch((error: unknown) => {
      // Two publications of the same version at once: the loser is a retry like any other.
      if (isUniqueViolation(error)) throw new DomainError("policyVersionExists", { field: "version" });
      throw error;
    });

  const revalidated = revalidatePath ? policyPagePaths(document) : [];
  for (const path of revalidated) revalidatePath?.(path);
  return { document, noticesQueued, revalidated };
}

/** The pages that show a version or its notice, in every language. */
export function policyPagePaths(document: Pick<PolicyDocument, "kind" | "version">): string[] {
  return locales.flatMap((locale) => [
    `/${locale}`,
    `/${locale}/${document.kind}`,
    policyVersionPath(locale, document),
  ]);
}

function required(text: string | undefined, field: string): string {
  const trimmed = text?.trim() ?? "";
  if (trimmed === "") throw new DomainError("policyTextMissing", { field });
  return trimmed;
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

/**
 * The published changes not yet in force, for the home-page notice: for each document, the next version to
 * apply (none when nothing is scheduled).
 */
export async function upcomingPolicyChanges(db: Db, now: Date): Promise<PolicyDocument[]> {
  const upcoming = await db.policyDocument.findMany({
    where: { effectiveAt: { gt: now }, publishedAt: { lte: now } },
    orderBy: [{ effectiveAt: "asc" }, { kind: "asc" }],
  });
  return POLICY_KINDS.flatMap((kind) => upcoming.find((document) => document.kind === kind) ?? []);
}

/** The text of a document in one language. */
export function policyText(document: PolicyDocument, locale: Locale): { summary: string; body: string } {
  return locale === "fr"
    ? { summary: document.summaryFr, body: document.bodyFr }
    : { summary: document.summaryEn, body: document.bodyEn };
}
