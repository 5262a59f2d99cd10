import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountHolderSection } from "@/components/account/account-holder-section";
import { accountHolderOf } from "@/lib/accounts/holder";
import { getCustomerName } from "@/lib/accounts/profile";
import { visibleAccountSections } from "@/lib/accounts/sections";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountNav");
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountOverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations("AccountNav");
  const name = await getCustomerName(db, user.id);
  const sections = (await visibleAccountSections(db, user.id)).filter((s) => s.key !== "overview");
  // P26, P27: read from the signed-in user's own id only.
  const holder = await accountHolderOf(db, user.id);

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-2 text-muted" data-testid="signed-in-as">
        {name ? t("greeting", { name }) : t("greetingNoName")} · {t("signedInAs", { email: user.email })}
      </p>
      <AccountHolderSection holder={holder} />
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.key}>
            <Link
              href={section.href}
              className="block h-full rounded-lg border border-line bg-white p-4 hover:border-marine"
            >
              <span className="font-medium text-marine">{t(section.key)}</span>
              <span className="mt-1 block text-sm text-muted">{t(`${section.key}Description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
