import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TextPage } from "@/components/layout/text-page";
import type { Locale } from "@/lib/i18n/routing";
import type { Policy, PolicyKind } from "@/lib/policies/documents";
import { PolicyDocumentView } from "./policy-document";
import { PolicyVersions } from "./policy-versions";

/**
 * The public page of a policy (P23): the version in force, then `children` (the privacy page's processor
 * list), then every version, each readable at its own address.
 */
export async function PolicyPage({
  kind,
  current,
  versions,
  now,
  locale,
  children,
}: {
  kind: PolicyKind;
  current: Policy | null;
  versions: Policy[];
  now: Date;
  locale: Locale;
  children?: ReactNode;
}) {
  const t = await getTranslations("Policies");
  return (
    <TextPage title={t(`kind.${kind}`)}>
      {current ? <PolicyDocumentView document={current} locale={locale} now={now} /> : <p>{t("unpublished")}</p>}
      {children}
      <PolicyVersions versions={versions} currentId={current?.id ?? null} now={now} locale={locale} />
    </TextPage>
  );
}
