import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProcessorList } from "@/components/privacy/processor-list";
import { TextPage } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages");
  return { title: t("privacyTitle") };
}

export default async function PrivacyPage() {
  const t = await getTranslations("Pages");
  const processors = await getTranslations("Processors");
  return (
    <TextPage title={t("privacyTitle")}>
      <p>{t("privacyIntro")}</p>
      <ProcessorList />
      {/* P22: links to other sites (marked by ExternalLink) lead to their own policies. */}
      <section aria-labelledby="external-links-title" className="pt-4">
        <h2 id="external-links-title" className="font-serif text-2xl font-semibold text-marine">
          {processors("externalTitle")}
        </h2>
        <p className="mt-3">{processors("externalNote")}</p>
      </section>
    </TextPage>
  );
}
