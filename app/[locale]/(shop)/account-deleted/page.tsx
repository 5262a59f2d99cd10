import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextPage } from "@/components/layout/text-page";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountPrivacy.deleted");
  return { title: t("title"), robots: { index: false } };
}

/** Where "delete my account" (P14) lands once the account is erased and the browser signed out. */
export default async function AccountDeletedPage({ params }: { params: Promise<{ locale: string }> }) {
  await localeFromParams(params);
  const t = await getTranslations("AccountPrivacy.deleted");
  return (
    <TextPage title={t("title")}>
      <p role="status">{t("text")}</p>
      <p>{t("email")}</p>
      <p>{t("thanks")}</p>
      <p>
        <Link href="/" className="text-marine underline underline-offset-4">
          {t("home")}
        </Link>
      </p>
    </TextPage>
  );
}
