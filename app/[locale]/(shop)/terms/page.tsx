import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyPage } from "@/components/policies/policy-page";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { currentPolicy, policyHistory } from "@/lib/policies/documents";

// Prerendered, regenerated at most an hour after a new version is published or takes effect (P23).
export const revalidate = 3600;

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
