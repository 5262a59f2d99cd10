import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextPage } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages");
  return { title: t("signInTitle") };
}

export default async function SignInPage() {
  const t = await getTranslations("Pages");
  return (
    <TextPage title={t("signInTitle")}>
      <p>{t("signInIntro")}</p>
    </TextPage>
  );
}
