import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PolicyVersionPage } from "@/components/policies/policy-version-page";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { policyVersion } from "@/lib/policies/documents";

// Rendered on first request, then cached: a published version never changes (its "upcoming" date line
// is refreshed hourly).
export const revalidate = 3600;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { version } = await params;
  const t = await getTranslations("Policies");
  return { title: t("versionTitle", { document: t("kind.privacy"), version }) };
}

export default async function PrivacyVersionPage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { version } = await params;
  const document = await policyVersion(db, "privacy", version);
  if (!document) notFound();
  return <PolicyVersionPage kind="privacy" document={document} locale={locale} />;
}
