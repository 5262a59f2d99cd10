import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { InterestsManager, type InterestRow } from "@/components/account/interests-manager";
import { ClientMessages } from "@/components/layout/client-messages";
import { isRecordingInterests, listInterests } from "@/lib/accounts/interests";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountInterests");
  return { title: t("title"), robots: { index: false } };
}

// Interests (P4): what the customer viewed while signed in, most recent first; clear it, stop recording.
export default async function AccountInterestsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/interests`);
  const t = await getTranslations("AccountInterests");
  const format = await getFormatter();
  const [recording, interests] = await Promise.all([
    isRecordingInterests(db, user.id),
    listInterests(db, user.id, locale),
  ]);
  const rows: InterestRow[] = interests.map((interest) => ({
    productId: interest.productId,
    slug: interest.slug,
    name: interest.name,
    imageUrl: interest.imageUrl,
    imageAlt: interest.imageAlt,
    active: interest.active,
    viewed: t("viewed", {
      date: format.dateTime(interest.lastViewedAt, { dateStyle: "long" }),
      count: interest.viewCount,
    }),
  }));

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <ClientMessages namespaces={["AccountInterests", "Errors"]}>
        <InterestsManager locale={locale} recording={recording} interests={rows} />
      </ClientMessages>
    </div>
  );
}
