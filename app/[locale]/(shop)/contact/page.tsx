import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextPage } from "@/components/layout/text-page";
import { CONTACT_EMAIL } from "@/lib/shop";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages");
  return { title: t("contactTitle") };
}

export default async function ContactPage() {
  const t = await getTranslations("Pages");
  return (
    <TextPage title={t("contactTitle")}>
      <p>{t("contactIntro")}</p>
      <p>{t("contactEmail", { email: CONTACT_EMAIL })}</p>
    </TextPage>
  );
}
