// P23: the e-mail announcing a policy change before it takes effect, one per verified customer, in their
// language, through the outbox. Customers are read in batches (a large customer base never sits in memory);
// the e-mail names no one, so it is rendered once per language. The outbox key is per customer and version:
// publishing or resuming twice queues nothing more.
import type { Db } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderPolicyChangeEmail } from "@/lib/email/templates/policy-change";
import type { RenderedEmail } from "@/lib/email/types";
import type { PolicyDocument } from "@/lib/generated/prisma/client";
import { isLocale, locales, type Locale } from "@/lib/i18n/routing";

const BATCH = 200;

export function policyNoticeKey(document: Pick<PolicyDocument, "kind" | "version">, userId: string): string {
  return `policy-notice:${document.kind}:${document.version}:${userId}`;
}

/** Queues the notice for every verified customer. Returns how many customers it covered. */
export async function enqueuePolicyNotices(db: Db, document: PolicyDocument, siteUrl: string): Promise<number> {
  const rendered = new Map<Locale, RenderedEmail>();
  for (const locale of locales) {
    rendered.set(
      locale,
      await renderPolicyChangeEmail({
        locale,
        kind: document.kind,
        effectiveAt: document.effectiveAt,
        summary: locale === "fr" ? document.summaryFr : document.summaryEn,
        url: `${siteUrl}/${locale}/${document.kind}/versions/${encodeURIComponent(document.version)}`,
      }),
    );
  }

  let count = 0;
  let cursor: string | undefined;
  for (;;) {
    const customers = await db.user.findMany({
      where: { role: "customer", emailVerified: { not: null } },
      select: { id: true, email: true, locale: true },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (customers.length === 0) break;
    for (const customer of customers) {
      const locale: Locale = isLocale(customer.locale) ? customer.locale : "fr";
      await enqueueEmail(db, {
        ...rendered.get(locale)!,
        key: policyNoticeKey(document, customer.id),
        template: "policy-change",
        locale,
        to: customer.email,
      });
    }
    count += customers.length;
    cursor = customers.at(-1)?.id;
    if (customers.length < BATCH) break;
  }
  return count;
}
