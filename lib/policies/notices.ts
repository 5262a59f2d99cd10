// P23: the e-mail announcing a policy change before it takes effect, one per customer, in their language,
// through the outbox. The e-mail names no one, so it is rendered once per language, before the publishing
// transaction opens; customers are then read in batches (a large customer base never sits in memory) and
// each batch is queued in one statement. The outbox key is per customer and version: nobody gets two.
import type { Db, Tx } from "@/lib/db/client";
import { enqueueEmails } from "@/lib/email/outbox";
import { renderPolicyChangeEmail } from "@/lib/email/templates/policy-change";
import type { RenderedEmail } from "@/lib/email/types";
import type { PolicyDocument } from "@/lib/generated/prisma/client";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";

const BATCH = 500;

type Announced = Pick<PolicyDocument, "kind" | "version" | "effectiveAt" | "summaryFr" | "summaryEn">;

export function policyNoticeKey(document: Pick<PolicyDocument, "kind" | "version">, userId: string): string {
  return `policy-notice:${document.kind}:${document.version}:${userId}`;
}

/** The public address of one version of a document. */
export function policyVersionPath(locale: Locale, document: Pick<PolicyDocument, "kind" | "version">): string {
  return `/${locale}/${document.kind}/versions/${encodeURIComponent(document.version)}`;
}

/** The notice in each language, ready to queue. */
export async function renderPolicyNotices(
  document: Announced,
  siteUrl: string,
): Promise<Record<Locale, RenderedEmail>> {
  const render = (locale: Locale) =>
    renderPolicyChangeEmail({
      locale,
      kind: document.kind,
      effectiveAt: document.effectiveAt,
      summary: locale === "fr" ? document.summaryFr : document.summaryEn,
      url: `${siteUrl}${policyVersionPath(locale, document)}`,
    });
  const [fr, en] = await Promise.all(locales.map(render));
  return { fr: fr!, en: en! };
}

/**
 * Queues the notice for every customer: the holders of a verified account (role "customer", e-mail verified).
 * They are the people bound by the terms and whose data the policy covers over time, and a verified address is
 * one they proved is theirs. Not included: admins (staff, not customers), accounts never verified (the address
 * may be someone else's), guests and newsletter-only subscribers (their address was given for one order or
 * for marketing, not for account notices; the home-page notice and the policy page tell them).
 * Returns how many e-mails were added (a key already queued is not queued again).
 */
export async function enqueuePolicyNotices(
  tx: Tx | Db,
  document: Pick<PolicyDocument, "kind" | "version">,
  emails: Record<Locale, RenderedEmail>,
): Promise<number> {
  let queued = 0;
  let cursor: string | undefined;
  for (;;) {
    const customers = await tx.user.findMany({
      where: { role: "customer", emailVerified: { not: null } },
      select: { id: true, email: true, locale: true },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    queued += await enqueueEmails(
      tx,
      customers.map((customer) => {
        const locale: Locale = isLocale(customer.locale) ? customer.locale : "fr";
        return {
          ...emails[locale],
          key: policyNoticeKey(document, customer.id),
          template: "policy-change",
          locale,
          to: customer.email,
        };
      }),
    );
    if (customers.length < BATCH) break;
    cursor = customers.at(-1)?.id;
  }
  return queued;
}
