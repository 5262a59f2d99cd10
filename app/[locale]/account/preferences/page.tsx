import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/account/preferences-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { getPreferences } from "@/lib/accounts/preferences";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountProfile");
  return { title: t("preferencesTitle"), robots: { index: false } };
}

// P6, P13: the state of the newsletter and promotions flags, shown and changed here. The subscription
// flow itself (double opt-in, unsubscribe links) comes with the privacy issue: see lib/accounts/preferences.ts.
export default async function AccountPreferencesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/preferences`);
  const t = await getTranslations("AccountProfile");
  const preferences = await getPreferences(db, user.id);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("preferencesTitle")}</h1>
      <p className="mt-2 max-w-xl text-muted">{t("preferencesIntro")}</p>
      <div className="mt-8">
        <ClientMessages namespaces={["AccountProfile", "Errors"]}>
          <PreferencesForm locale={locale} initial={preferences} />
        </ClientMessages>
      </div>
    </div>
  );
}
