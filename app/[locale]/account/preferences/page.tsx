import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/account/preferences-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { getPreferencesState } from "@/lib/accounts/preferences";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountProfile");
  return { title: t("preferencesTitle"), robots: { index: false } };
}

// P6, P7, P13: the account's newsletter and promotions subscriptions, shown and changed here (double opt-in
// by e-mail when switched on, unsubscribed at once when switched off: lib/accounts/preferences.ts).
export default async function AccountPreferencesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/preferences`);
  const t = await getTranslations("AccountProfile");
  const preferences = await getPreferencesState(db, user.id);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("preferencesTitle")}</h1>
      <p className="mt-2 max-w-xl text-muted">{t("preferencesIntro")}</p>
      <div className="mt-8">
        <ClientMessages namespaces={["AccountProfile", "Newsletter", "Errors"]}>
          <PreferencesForm locale={locale} initial={preferences} />
        </ClientMessages>
      </div>
    </div>
  );
}
