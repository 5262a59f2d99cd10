import { useTranslations } from "next-intl";
import { ExternalLink } from "@/components/ui/external-link";
import { PARTNERS } from "@/lib/partners/registry";

/**
 * Every company that receives data from the shop or may run code in the visitor's browser (P1, P9, P20),
 * straight from the partner registry: a partner added there appears here. Its purpose and data sent are the
 * banner's texts ("Partners.<id>", checked by tests/unit/partner-registry.test.ts): one wording for both.
 */
export function ProcessorList() {
  const t = useTranslations("Processors");
  const partnerText = useTranslations("Partners");
  return (
    <section aria-labelledby="processors-title" className="pt-4">
      <h2 id="processors-title" className="font-serif text-2xl font-semibold text-marine">
        {t("title")}
      </h2>
      <p className="mt-3">{t("intro")}</p>
      <ul className="mt-6 space-y-6 text-base">
        {PARTNERS.map((partner) => (
          <li key={partner.id} className="rounded-lg border border-line bg-white/60 p-5">
            <h3 className="text-lg font-semibold text-ink">{partner.name}</h3>
            <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[11rem_1fr]">
              <dt className="font-medium text-ink">{t("purpose")}</dt>
              <dd>{partnerText(`${partner.id}.purpose`)}</dd>
              <dt className="font-medium text-ink">{t("data")}</dt>
              <dd>{partnerText(`${partner.id}.data`)}</dd>
              <dt className="font-medium text-ink">{t("legalBasis")}</dt>
              <dd>{t(`basis.${partner.legalBasis}`)}</dd>
              <dt className="font-medium text-ink">{t("category")}</dt>
              <dd>{t(`categories.${partner.category}`)}</dd>
              <dt className="font-medium text-ink">{t("cookies")}</dt>
              <dd>{partner.cookies.length > 0 ? partner.cookies.join(", ") : t("noCookies")}</dd>
            </dl>
            <p className="mt-3">
              <ExternalLink href={partner.privacyPolicyUrl} className="text-marine underline underline-offset-4">
                {t("policy", { partner: partner.name })}
              </ExternalLink>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-6">{t("changeChoice")}</p>
    </section>
  );
}
