import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileForm } from "@/components/account/profile-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { phoneRegionOptions } from "@/lib/address/phone";
import { getProfile, profileValues } from "@/lib/accounts/profile";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountProfile");
  return { title: t("title"), robots: { index: false } };
}

// P2, P13: every field of the profile is editable here; the e-mail address and the password, which need
// the current password, have their own pages.
export default async function AccountProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/profile`);
  const t = await getTranslations("AccountProfile");
  const profile = await getProfile(db, user.id);

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <div className="mt-8">
        <ClientMessages namespaces={["AccountProfile", "Errors"]}>
          <ProfileForm locale={locale} initial={profileValues(profile)} regions={phoneRegionOptions(locale)} />
        </ClientMessages>
      </div>

      <section className="mt-12 max-w-xl border-t border-line pt-8" aria-labelledby="email-section">
        <h2 id="email-section" className="font-serif text-xl font-semibold text-ink">
          {t("emailSection")}
        </h2>
        <p className="mt-2 text-sm" data-testid="current-email">
          {t("currentEmail", { email: profile.email })}
        </p>
        <Link
          href="/account/profile/email"
          className="mt-3 inline-block font-medium text-marine underline underline-offset-4"
        >
          {t("changeEmail")}
        </Link>
      </section>

      <section className="mt-8 max-w-xl border-t border-line pt-8" aria-labelledby="password-section">
        <h2 id="password-section" className="font-serif text-xl font-semibold text-ink">
          {t("passwordSection")}
        </h2>
        <p className="mt-2 text-sm text-muted">{t("passwordSectionText")}</p>
        <Link
          href="/account/profile/password"
          className="mt-3 inline-block font-medium text-marine underline underline-offset-4"
        >
          {t("changePassword")}
        </Link>
      </section>
    </div>
  );
}
