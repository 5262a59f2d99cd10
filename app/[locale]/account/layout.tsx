import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AccountNav } from "@/components/account/account-nav";
import { visibleAccountSections } from "@/lib/accounts/sections";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

// "Mon compte" (P13): every page below is server-rendered for the signed-in customer only. The layout
// checks once for the menu; each page and each server action checks again (a layout guards neither).
export default async function AccountLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account`);
  const t = await getTranslations("AccountNav");
  const items = (await visibleAccountSections(db, user.id)).map((s) => ({
    href: s.href,
    label: t(s.key),
  }));
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-[14rem_1fr]">
      <aside>
        <p className="mb-3 font-serif text-lg font-semibold text-marine">{t("title")}</p>
        <AccountNav items={items} label={t("label")} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
