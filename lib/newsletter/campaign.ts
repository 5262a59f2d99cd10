// Sending a campaign (P6, P7): one outbox e-mail per CONFIRMED subscriber of one list and one language,
// written in batches (a large list never holds one long transaction). Every e-mail carries its signed
// one-click unsubscribe link in the body and in the RFC 8058 headers, so mail providers show their own
// "unsubscribe" button. The back office's campaigns (lib/admin/campaigns.ts) are sent with it.
import type { Db, Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { unsubscribeFooterText } from "@/lib/email/templates/newsletter";
import type { Locale } from "@/lib/i18n/routing";
import { readShopContact } from "@/lib/settings/shop-contact";
import type { NewsletterListName } from "./schemas";
import { newsletterPageUrl, unsubscribeHeaders, type NewsletterEnv } from "./links";
import { unsubscribeToken } from "./tokens";

export type Campaign = {
  /** names the campaign, e.g. "2026-12-news": sending it again enqueues nothing twice */
  key: string;
  list: NewsletterListName;
  locale: Locale;
  subject: string;
  html: string;
  text: string;
  /** the back-office campaign its e-mails belong to (their progress is counted from the outbox) */
  campaignId?: string;
};

/**
 * Where a template puts each subscriber's unsubscribe link (lib/email/templates/campaign.tsx): rendered once,
 * the body gets each subscriber's own link here. A body without it gets the link in a paragraph at its end.
 */
export const UNSUBSCRIBE_URL_SLOT = "PLUSUITE_UNSUBSCRIBE_URL";

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The campaign's body with one subscriber's unsubscribe link (P7); the back office's preview uses it too. */
export function withUnsubscribeLink(
  campaign: Pick<Campaign, "html" | "text">,
  footer: { why: string; link: string; byEmail: string },
  pageUrl: string,
): { html: string; text: string } {
  if (campaign.html.includes(UNSUBSCRIBE_URL_SLOT)) {
    return {
      html: campaign.html.replaceAll(UNSUBSCRIBE_URL_SLOT, escapeHtml(pageUrl)),
      text: campaign.text.replaceAll(UNSUBSCRIBE_URL_SLOT, pageUrl),
    };
  }
  return {
    html: `${campaign.html}\n<p style="font-size:13px;color:#5b6475">${escapeHtml(footer.why)} <a href="${escapeHtml(pageUrl)}">${escapeHtml(footer.link)}</a> ${escapeHtml(footer.byEmail)}</p>`,
    text: `${campaign.text}\n\n--\n${footer.why}\n${footer.link}: ${pageUrl}\n${footer.byEmail}`,
  };
}

/**
 * P6, P7: a subscriber who leaves while a campaign is still being delivered (the outbox sends a few e-mails a
 * minute, a large list takes a while) gets nothing more: their campaign e-mails still waiting are withdrawn.
 * Their keys are `campaign:<campaign>:<subscription id>` (below). Returns how many were withdrawn.
 */
export async function withdrawQueuedCampaignEmails(db: Db | Tx, subscriptionId: string): Promise<number> {
  const { count } = await db.emailOutbox.deleteMany({
    where: { status: "pending", key: { startsWith: "campaign:", endsWith: `:${subscriptionId}` } },
  });
  return count;
}

export async function sendCampaign(
  db: Db,
  campaign: Campaign,
  now: Date,
  options: { batchSize?: number; env: NewsletterEnv },
): Promise<{ enqueued: number; batches: number }> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const shopEmail = (await readShopContact(db)).email;
  const footer = await unsubscribeFooterText(campaign.locale, shopEmail);
  let cursor: string | undefined;
  let enqueued = 0;
  let batches = 0;
  for (;;) {
    // Keyset on the id, not Prisma's cursor: that one needs the cursor row to still exist, and a subscriber
    // erased or deleted while the previous batch was written would silently end the campaign there.
    const subscribers = await db.newsletterSubscription.findMany({
      where: {
        list: campaign.list,
        locale: campaign.locale,
        status: "confirmed",
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      select: { id: true, email: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (subscribers.length === 0) break;
    await db.$transaction(async (tx) => {
      for (const subscriber of subscribers) {
        const token = unsubscribeToken(subscriber.id, options.env.COOKIE_SECRET);
        const pageUrl = newsletterPageUrl(options.env.SITE_URL, campaign.locale, "unsubscribe", token);
        await enqueueEmail(tx, {
          key: `campaign:${campaign.key}:${subscriber.id}`,
          template: `campaign-${campaign.list}`,
          locale: campaign.locale,
          to: subscriber.email,
          nextAttemptAt: now,
          subject: campaign.subject,
          ...withUnsubscribeLink(campaign, footer, pageUrl),
          campaignId: campaign.campaignId,
          headers: unsubscribeHeaders(options.env.SITE_URL, token, shopEmail),
          // the body carries a signed link: it need not rest in the outbox once sent
          scrubBodyAfterSend: true,
        });
      }
    });
    enqueued += subscribers.length;
    batches++;
    cursor = subscribers[subscribers.length - 1]!.id;
    if (subscribers.length < batchSize) break;
  }
  return { enqueued, batches };
}
