import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyPage } from "@/components/policies/policy-page";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { currentPolicy, policyHistory } from "@/lib/policies/documents";

// Prerendered; regenerated at most 5 minutes after it goes stale, so a version scheduled for a date is shown
// from that date on without a redeploy (POLICY_PAGES_REVALIDATE_SECONDS, lib/policies/documents.ts).
export const revalidate = 300;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Policies");
  return { title: t("kind.terms") };
}

export default async function TermsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const now = new Date();
  const [current, versions] = await Promise.all([currentPolicy(db, "terms", now), policyHistory(db, "terms")]);
  return <PolicyPage kind="terms" current={current} versions={versions} now={now} locale={locale} />;
}
