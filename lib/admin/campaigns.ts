// Newsletter campaigns in the back office (P6, P7): written in French and English, previewed exactly as e-mailed,
// tried on the admin's own address, then sent once to the confirmed subscribers of each language through the
// outbox (sendCampaign, lib/newsletter/campaign.ts, adds each subscriber's one-click unsubscribe link and
// headers). Admins only; every write is audited with the list and the status, never the text or any address.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderCampaignEmail } from "@/lib/email/templates/campaign";
import { unsubscribeFooterText } from "@/lib/email/templates/newsletter";
import type { RenderedEmail } from "@/lib/email/types";
import { DomainError } from "@/lib/errors";
import { checkbox } from "@/lib/forms/fields";
import type { NewsletterCampaign, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { sendCampaign, withUnsubscribeLink } from "@/lib/newsletter/campaign";
import type { NewsletterEnv } from "@/lib/newsletter/links";
import { NEWSLETTER_LISTS, type NewsletterListName } from "@/lib/newsletter/schemas";
import { readShopContact } from "@/lib/settings/shop-contact";
import { assertAdmin, type Viewer } from "./access";
import { recordAudit, type AuditActor } from "./audit";
import {
  defineTable,
  pageCount,
  parseTableParams,
  skipFor,
  type RawSearchParams,
  type TableParams,
} from "./table-params";

export const CAMPAIGN_LIMITS = { subject: 150, body: 10_000 } as const;
export const CAMPAIGN_LOCALES = ["fr", "en"] as const satisfies readonly Locale[];

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const campaignFormSchema = z.object({
  list: z.enum(NEWSLETTER_LISTS),
  subjectFr: text(CAMPAIGN_LIMITS.subject),
  bodyFr: text(CAMPAIGN_LIMITS.body),
  subjectEn: text(CAMPAIGN_LIMITS.subject),
  bodyEn: text(CAMPAIGN_LIMITS.body),
});
export type CampaignInput = z.output<typeof campaignFormSchema>;

/** The draft being edited, and the version of it the form showed (a second admin's save is not overwritten). */
const draftRef = { id: z.string().trim().min(1).max(100), updatedAt: z.iso.datetime() };
export const campaignUpdateSchema = campaignFormSchema.extend(draftRef);
export const campaignRefSchema = z.object(draftRef);
/** Sending asks for a ticked confirmation: it cannot be undone. */
export const campaignSendSchema = campaignRefSchema.extend({
  confirm: checkbox.pipe(z.literal(true, { error: "confirmRequired" })),
});
/** A test names only the campaign: it may be tried at any time, even once sent. */
export const campaignTestSchema = z.object({ id: draftRef.id });

export type CampaignStatus = NewsletterCampaign["status"];

/** Queued (pending or being sent), sent and failed e-mails of a campaign, read from the outbox. */
export type CampaignProgress = { queued: number; sent: number; failed: number };

const auditFields = (campaign: { list: string; status: string }) => ({ list: campaign.list, status: campaign.status });

export async function createCampaign(db: Db, viewer: AuditActor, input: CampaignInput, now: Date) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const campaign = await tx.newsletterCampaign.create({
      data: { ...input, createdById: viewer.id, createdAt: now, updatedAt: now },
      select: { id: true, list: true, status: true },
    });
    await recordAudit(tx, viewer, {
      action: "campaign.create",
      target: { type: "campaign", id: campaign.id },
      after: auditFields(campaign),
      at: now,
    });
    return { id: campaign.id };
  });
}

/** Why a conditional write on a draft matched nothing: gone, no longer a draft, or changed meanwhile. */
async function refusalFor(db: Db, id: string): Promise<DomainError> {
  const current = await db.newsletterCampaign.findUnique({ where: { id }, select: { status: true } });
  if (!current) return new DomainError("notFound");
  return new DomainError(current.status === "draft" ? "changedMeanwhile" : "campaignNotDraft");
}

/** Saves a draft, only if it is still the version the form showed and still a draft. */
export async function updateCampaign(
  db: Db,
  viewer: AuditActor,
  { id, updatedAt, ...input }: z.output<typeof campaignUpdateSchema>,
  now: Date,
): Promise<{ id: string; updatedAt: Date }> {
  assertAdmin(viewer);
  const before = await db.newsletterCampaign.findUnique({ where: { id }, select: { list: true, status: true } });
  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.newsletterCampaign.updateMany({
      where: { id, status: "draft", updatedAt: new Date(updatedAt) },
      data: { ...input, updatedAt: now },
    });
    if (count !== 1) return false;
    await recordAudit(tx, viewer, {
      action: "campaign.update",
      target: { type: "campaign", id },
      before: before && auditFields(before),
      after: { list: input.list, status: "draft" },
      at: now,
    });
    return true;
  });
  if (!saved) throw await refusalFor(db, id);
  return { id, updatedAt: now };
}

export async function getCampaign(db: Db, viewer: Viewer, id: string): Promise<NewsletterCampaign> {
  assertAdmin(viewer);
  const campaign = await db.newsletterCampaign.findUnique({ where: { id } });
  if (!campaign) throw new DomainError("notFound");
  return campaign;
}

export const CAMPAIGN_PAGE_SIZE = 25;
export const CAMPAIGN_TABLE = defineTable({
  sorts: { createdAt: "desc" },
  defaultSort: "createdAt",
  filters: { status: z.enum(["draft", "sending", "sent"]) },
});
export type CampaignTableParams = TableParams<"createdAt", (typeof CAMPAIGN_TABLE)["filters"]>;

export function parseCampaignParams(searchParams: RawSearchParams): CampaignTableParams {
  return parseTableParams(CAMPAIGN_TABLE, searchParams);
}

const ROW_SELECT = {
  id: true,
  list: true,
  subjectFr: true,
  status: true,
  recipientsFr: true,
  recipientsEn: true,
  createdAt: true,
  sentAt: true,
} as const;
export type CampaignRow = Prisma.NewsletterCampaignGetPayload<{ select: typeof ROW_SELECT }>;

export async function listCampaigns(
  db: Db,
  viewer: Viewer,
  params: CampaignTableParams,
): Promise<{ campaigns: CampaignRow[]; total: number; page: number }> {
  assertAdmin(viewer);
  const where = { status: params.filters.status };
  const total = await db.newsletterCampaign.count({ where });
  const page = Math.min(params.page, pageCount(total, CAMPAIGN_PAGE_SIZE));
  const campaigns = await db.newsletterCampaign.findMany({
    where,
    orderBy: [{ createdAt: params.direction }, { id: params.direction }],
    skip: skipFor(page, CAMPAIGN_PAGE_SIZE),
    take: CAMPAIGN_PAGE_SIZE,
    select: ROW_SELECT,
  });
  return { campaigns, total, page };
}

/** How many confirmed subscribers of the list would receive it now, per language. */
export async function countAudience(db: Db, viewer: Viewer, list: NewsletterListName): Promise<Record<Locale, number>> {
  assertAdmin(viewer);
  const count = (locale: Locale) => db.newsletterSubscription.count({ where: { list, locale, status: "confirmed" } });
  const [fr, en] = await Promise.all([count("fr"), count("en")]);
  return { fr, en };
}

export async function campaignProgress(db: Db, viewer: Viewer, id: string): Promise<CampaignProgress> {
  assertAdmin(viewer);
  const groups = await db.emailOutbox.groupBy({ by: ["status"], where: { campaignId: id }, _count: { _all: true } });
  const progress: CampaignProgress = { queued: 0, sent: 0, failed: 0 };
  for (const group of groups) {
    const bucket = group.status === "sent" ? "sent" : group.status === "failed" ? "failed" : "queued";
    progress[bucket] += group._count._all;
  }
  return progress;
}

type CampaignText = Pick<NewsletterCampaign, "list" | "subjectFr" | "bodyFr" | "subjectEn" | "bodyEn">;

function renderIn(campaign: CampaignText, locale: Locale, shopEmail: string, test = false): Promise<RenderedEmail> {
  const [subject, body] =
    locale === "fr" ? [campaign.subjectFr, campaign.bodyFr] : [campaign.subjectEn, campaign.bodyEn];
  return renderCampaignEmail({ locale, list: campaign.list, subject, body, test, shopEmail });
}

/** Where the unsubscribe link of a preview or a test leads: the page, without a subscriber's token. */
const sampleUnsubscribeUrl = (env: Pick<NewsletterEnv, "SITE_URL">, locale: Locale) =>
  `${env.SITE_URL.replace(/\/+$/, "")}/${locale}/newsletter/unsubscribe`;

/** The campaign as a subscriber of that language receives it, with a sample unsubscribe link. */
async function renderSample(
  campaign: CampaignText,
  locale: Locale,
  env: Pick<NewsletterEnv, "SITE_URL">,
  shopEmail: string,
  test = false,
) {
  const email = await renderIn(campaign, locale, shopEmail, test);
  const footer = await unsubscribeFooterText(locale, shopEmail);
  return { ...email, ...withUnsubscribeLink(email, footer, sampleUnsubscribeUrl(env, locale)) };
}

export async function previewCampaign(
  db: Db,
  viewer: Viewer,
  id: string,
  env: Pick<NewsletterEnv, "SITE_URL">,
): Promise<Record<Locale, RenderedEmail>> {
  assertAdmin(viewer);
  const campaign = await getCampaign(db, viewer, id);
  const { email: shopEmail } = await readShopContact(db);
  const [fr, en] = await Promise.all(CAMPAIGN_LOCALES.map((locale) => renderSample(campaign, locale, env, shopEmail)));
  return { fr: fr!, en: en! };
}

/**
 * Sends both languages to the acting admin's own address, marked as a test. It carries no subscriber's token and
 * no List-Unsubscribe headers (the admin may not be subscribed): its unsubscribe link opens the page only.
 */
export async function sendCampaignTest(
  db: Db,
  viewer: AuditActor & { email: string },
  id: string,
  now: Date,
  env: Pick<NewsletterEnv, "SITE_URL">,
): Promise<{ to: string }> {
  assertAdmin(viewer);
  const campaign = await getCampaign(db, viewer, id);
  const { email: shopEmail } = await readShopContact(db);
  const emails = await Promise.all(
    CAMPAIGN_LOCALES.map((locale) => renderSample(campaign, locale, env, shopEmail, true)),
  );
  await db.$transaction(async (tx) => {
    for (const [index, locale] of CAMPAIGN_LOCALES.entries()) {
      await enqueueEmail(tx, {
        ...emails[index]!,
        key: `campaign-test:${campaign.id}:${locale}:${now.getTime()}`,
        template: "campaign-test",
        locale,
        to: viewer.email,
        nextAttemptAt: now,
      });
    }
    await recordAudit(tx, viewer, {
      action: "campaign.test",
      target: { type: "campaign", id: campaign.id },
      after: auditFields(campaign),
      at: now,
    });
  });
  return { to: viewer.email };
}

/**
 * Sends a draft once: one conditional update (draft → sending, at the version the admin saw) decides, so a second
 * click or a second admin gets "campaignNotDraft" and nobody is mailed twice. Then each language goes through
 * sendCampaign in batches, and the campaign is marked sent with the number of e-mails queued.
 */
export async function sendNewsletterCampaign(
  db: Db,
  viewer: AuditActor,
  { id, updatedAt }: z.output<typeof campaignRefSchema>,
  now: Date,
  env: NewsletterEnv,
  options: { batchSize?: number } = {},
): Promise<{ recipients: Record<Locale, number> }> {
  assertAdmin(viewer);
  const claimed = await db.$transaction(async (tx) => {
    const { count } = await tx.newsletterCampaign.updateMany({
      where: { id, status: "draft", updatedAt: new Date(updatedAt) },
      data: { status: "sending", sendStartedAt: now },
    });
    if (count !== 1) return null;
    const campaign = await tx.newsletterCampaign.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, viewer, {
      action: "campaign.send",
      target: { type: "campaign", id },
      before: { list: campaign.list, status: "draft" },
      after: auditFields(campaign),
      at: now,
    });
    return campaign;
  });
  if (!claimed) throw await refusalFor(db, id);
  const recipients: Record<Locale, number> = { fr: 0, en: 0 };
  const { email: shopEmail } = await readShopContact(db);
  for (const locale of CAMPAIGN_LOCALES) {
    const email = await renderIn(claimed, locale, shopEmail);
    const { enqueued } = await sendCampaign(
      db,
      { key: claimed.id, campaignId: claimed.id, list: claimed.list, locale, ...email },
      now,
      { env, batchSize: options.batchSize },
    );
    recipients[locale] = enqueued;
  }
  await db.newsletterCampaign.update({
    where: { id },
    data: { status: "sent", sentAt: now, recipientsFr: recipients.fr, recipientsEn: recipients.en },
  });
  return { recipients };
}
