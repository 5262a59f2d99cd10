import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { PolicyVersionPage } from "@/components/policies/policy-version-page";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { policyVersion } from "@/lib/policies/documents";

// P23: one version of the privacy policy, earlier or upcoming, at its own address. Rendered on first request,
// then cached; its text never changes, and its "applies from" / "in force since" line follows the date within
// 5 minutes (POLICY_PAGES_REVALIDATE_SECONDS). An unknown version is the ordinary 404.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; version: string }>;

const findVersion = cache((version: string) => policyVersion(db, "privacy", version));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const document = await findVersion((await params).version);
  if (!document) notFound();
  const t = await getTranslations("Policies");
  return { title: t("versionTitle", { document: t("kind.privacy"), version: document.version }) };
}

export default async function PrivacyVersionPage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const document = await findVersion((await params).version);
  if (!document) notFound();
  return <PolicyVersionPage kind="privacy" document={document} locale={locale} />;
}
