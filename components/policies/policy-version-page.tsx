import { getTranslations } from "next-intl/server";
import { TextPage } from "@/components/layout/text-page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Policy, PolicyKind } from "@/lib/policies/documents";
import { PolicyDocumentView } from "./policy-document";

/** One version of a policy, earlier or upcoming, at /<kind>/versions/<version> (P23). */
export async function PolicyVersionPage({
  kind,
  document,
  locale,
}: {
  kind: PolicyKind;
  document: Policy;
  locale: Locale;
}) {
  const t = await getTranslations("Policies");
  return (
    <TextPage title={t("versionTitle", { document: t(`kind.${kind}`), version: document.version })}>
      <PolicyDocumentView document={document} locale={locale} now={new Date()} />
      <p>
        <Link href={`/${kind}`} className="font-medium text-marine underline underline-offset-4">
          {t("readCurrent")}
        </Link>
      </p>
    </TextPage>
  );
}
