import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextPage } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages");
  return { title: t("privacyTitle") };
}

export default async function PrivacyPage() {
  const t = await getTranslations("Pages");
  return (
    <TextPage title={t("privacyTitle")}>
      <p>{t("privacyIntro")}</p>
    </TextPage>
  );
}
