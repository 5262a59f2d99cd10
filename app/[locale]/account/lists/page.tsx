import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListManager } from "@/components/account/list-manager";
import { ClientMessages } from "@/components/layout/client-messages";
import { listSavedLists } from "@/lib/accounts/saved-lists";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountLists");
  return { title: t("title"), robots: { index: false } };
}

// Saved lists (P13 "listes précédentes"): create, rename, delete; each list has its own page.
export default async function AccountListsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/lists`);
  const t = await getTranslations("AccountLists");
  const lists = await listSavedLists(db, user.id);

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <ClientMessages namespaces={["AccountLists", "Errors"]}>
        <ListManager locale={locale} lists={lists} />
      </ClientMessages>
    </div>
  );
}
