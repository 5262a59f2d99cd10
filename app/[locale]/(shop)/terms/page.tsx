import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextPage } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages");
  return { title: t("termsTitle") };
}

export default async function TermsPage() {
  const t = await getTranslations("Pages");
  return (
    <TextPage title={t("termsTitle")}>
      <p>{t("termsIntro")}</p>
    </TextPage>
  );
}
