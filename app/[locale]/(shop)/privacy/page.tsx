import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyPage } from "@/components/policies/policy-page";
import { ProcessorList } from "@/components/privacy/processor-list";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { currentPolicy, policyHistory } from "@/lib/policies/documents";
import { Link } from "@/lib/i18n/navigation";

// Prerendered, regenerated at most an hour after a new version is published or takes effect (P23).
export const revalidate = 3600;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Policies");
  return { title: t("kind.privacy") };
}

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const now = new Date();
  const [current, versions] = await Promise.all([currentPolicy(db, "privacy", now), policyHistory(db, "privacy")]);
  const processors = await getTranslations("Processors");
  const commitments = await getTranslations("Commitments");
  return (
    <PolicyPage kind="privacy" current={current} versions={versions} now={now} locale={locale}>
      <p>
        <Link href="/commitments" className="text-marine underline underline-offset-4">
          {commitments("privacyLink")}
        </Link>
      </p>
      <ProcessorList />
      {/* P22: links to other sites (marked by ExternalLink) lead to their own policies. */}
      <section aria-labelledby="external-links-title" className="pt-4">
        <h2 id="external-links-title" className="font-serif text-2xl font-semibold text-marine">
          {processors("externalTitle")}
        </h2>
        <p className="mt-3">{processors("externalNote")}</p>
      </section>
    </PolicyPage>
  );
}
