import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfilePasswordForm } from "@/components/account/profile-password-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { requireUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountProfile");
  return { title: t("passwordTitle"), robots: { index: false } };
}

export default async function AccountPasswordChangePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  await requireUser(locale, `/${locale}/account/profile/password`);
  const t = await getTranslations("AccountProfile");
  return (
    <div>
      <Link href="/account/profile" className="text-sm text-marine underline underline-offset-4">
        {t("backToProfile")}
      </Link>
      <h1 className="mt-3 font-serif text-3xl font-semibold text-marine">{t("passwordTitle")}</h1>
      <p className="mt-2 max-w-xl text-muted">{t("passwordIntro")}</p>
      <div className="mt-8">
        <ClientMessages namespaces={["AccountProfile", "Errors"]}>
          <ProfilePasswordForm locale={locale} />
        </ClientMessages>
      </div>
    </div>
  );
}
