import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { policyText, type Policy } from "@/lib/policies/documents";
import { PolicyBody } from "./policy-body";
import { formatPolicyDate } from "./policy-versions";

/** One version of a policy: its dates, the shop's summary of what changed, and the text. */
export async function PolicyDocumentView({ document, locale, now }: { document: Policy; locale: Locale; now: Date }) {
  const t = await getTranslations("Policies");
  const { summary, body } = policyText(document, locale);
  const date = formatPolicyDate(document.effectiveAt, locale);
  return (
    <>
      <p className="text-base">
        {document.effectiveAt > now ? t("effectiveFrom", { date }) : t("effectiveSince", { date })}
        {" · "}
        {t("publishedOn", { date: formatPolicyDate(document.publishedAt, locale) })}
      </p>
      <p className="rounded-lg border border-line bg-white/60 p-4 text-base">
        <strong className="block font-medium text-ink">{t("summaryLabel")}</strong>
        {summary}
      </p>
      <PolicyBody source={body} />
    </>
  );
}
