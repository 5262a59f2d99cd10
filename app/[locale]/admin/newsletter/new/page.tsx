import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { CAMPAIGN_LIMITS } from "@/lib/admin/campaigns";
import { requireAdmin } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { NewCampaignForm } from "./new-campaign-form";

export const metadata: Metadata = { robots: { index: false } };

/** P6: writing a new campaign, saved as a draft to preview and try before sending. */
export default async function NewCampaignPage({ params }: { params: Promise<{ locale: string }> }) {
  await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminNewsletter");
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p>
          <Link href="/admin/newsletter" className="text-sm font-medium text-marine underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("newTitle")}</h1>
        <p className="max-w-3xl text-muted">{t("composeIntro")}</p>
      </header>
      <ClientMessages namespaces={["AdminNewsletter", "Errors"]}>
        <NewCampaignForm locale={locale} limits={CAMPAIGN_LIMITS} />
      </ClientMessages>
    </div>
  );
}
