import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyPage } from "@/components/policies/policy-page";
import { ProcessorList } from "@/components/privacy/processor-list";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { currentPolicy, policyHistory } from "@/lib/policies/documents";

// Prerendered; regenerated at most 5 minutes after it goes stale, so a version scheduled for a date is shown
// from that date on without a redeploy (POLICY_PAGES_REVALIDATE_SECONDS, lib/policies/documents.ts).
export const revalidate = 300;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Policies");
  return { title: t("kind.privacy") };
}

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const now = new Date();
  const [current, versions] = await Promise.all([currentPolicy(db, "privacy", now), policyHistory(db, "privacy")]);
  const t = await getTranslations("Policies");
  const processors = await getTranslations("Processors");
  const commitments = await getTranslations("Commitments");
  return (
    <PolicyPage kind="privacy" current={current} versions={versions} now={now} locale={locale}>
      {/* P1, P9: every company that receives data, from the partner registry. */}
      <ProcessorList />
      {/* P22: links to other sites (marked by ExternalLink) lead to their own policies. */}
      <section aria-labelledby="external-links-title" className="pt-4">
        <h2 id="external-links-title" className="font-serif text-2xl font-semibold text-marine">
          {processors("externalTitle")}
        </h2>
        <p className="mt-3">{processors("externalNote")}</p>
      </section>
      <section aria-labelledby="policy-further-title" className="pt-4">
        <h2 id="policy-further-title" className="font-serif text-2xl font-semibold text-marine">
          {t("furtherTitle")}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>
            <Link href="/commitments" className="text-marine underline underline-offset-4">
              {commitments("privacyLink")}
            </Link>
          </li>
          <li>
            {/* A document load: the contact page runs under its own nonce policy (lib/security/csp.ts). */}
            <a href={`/${locale}/contact`} className="text-marine underline underline-offset-4">
              {t("contactLink")}
            </a>
          </li>
        </ul>
      </section>
    </PolicyPage>
  );
}
