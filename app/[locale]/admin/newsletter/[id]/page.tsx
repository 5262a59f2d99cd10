import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CampaignPreview } from "@/components/admin/newsletter/campaign-preview";
import { CampaignProgress } from "@/components/admin/newsletter/campaign-progress";
import { StatusBadge } from "@/components/admin/status-badge";
import { ClientMessages } from "@/components/layout/client-messages";
import { CAMPAIGN_LIMITS, campaignProgress, countAudience, getCampaign, previewCampaign } from "@/lib/admin/campaigns";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { EditCampaignForm } from "./edit-campaign-form";
import { SendForm, TestSendForm } from "./send-forms";

export const metadata: Metadata = { robots: { index: false } };

/**
 * P6, P7: one campaign. A draft is edited, previewed in both languages, tried on my own address and sent; a
 * sent campaign shows its progress (from the outbox) and what was sent.
 */
export default async function CampaignPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  // Checked here and in the data functions, not only by the layout (see ../../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const { id } = await params;
  const t = await getTranslations("AdminNewsletter");
  const format = await getFormatter();
  const campaign = await getCampaign(db, admin, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "notFound") notFound();
    throw error;
  });
  const [preview, audience, progress] = await Promise.all([
    previewCampaign(db, admin, id, getEnv()),
    countAudience(db, admin, campaign.list),
    campaignProgress(db, admin, id),
  ]);
  const draft = campaign.status === "draft";
  const updatedAt = campaign.updatedAt.toISOString();

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <p>
          <Link href="/admin/newsletter" className="text-sm font-medium text-marine underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold text-marine" lang="fr">
          {campaign.subjectFr}
        </h1>
        <p className="flex flex-wrap items-center gap-3 text-sm text-muted">
          <StatusBadge
            tone={draft ? "neutral" : campaign.status === "sent" ? "success" : "info"}
            label={t(`statuses.${campaign.status}`)}
          />
          {t(`lists.${campaign.list}`)}
          {campaign.sentAt && (
            <span>
              {t("sentOn", { date: format.dateTime(campaign.sentAt, { dateStyle: "long", timeStyle: "short" }) })}
            </span>
          )}
        </p>
      </header>

      {!draft && (
        <section aria-labelledby="progress-title" className="space-y-4">
          <h2 id="progress-title" className="font-serif text-2xl font-semibold text-ink">
            {t("progressTitle")}
          </h2>
          <CampaignProgress
            id={campaign.id}
            progress={progress}
            recipients={{ fr: campaign.recipientsFr, en: campaign.recipientsEn }}
          />
        </section>
      )}

      {draft && (
        <section aria-labelledby="compose-title" className="space-y-4">
          <h2 id="compose-title" className="font-serif text-2xl font-semibold text-ink">
            {t("composeTitle")}
          </h2>
          <ClientMessages namespaces={["AdminNewsletter", "Errors"]}>
            <EditCampaignForm
              locale={locale}
              limits={CAMPAIGN_LIMITS}
              campaign={{
                id: campaign.id,
                updatedAt,
                list: campaign.list,
                subjectFr: campaign.subjectFr,
                bodyFr: campaign.bodyFr,
                subjectEn: campaign.subjectEn,
                bodyEn: campaign.bodyEn,
              }}
            />
          </ClientMessages>
        </section>
      )}

      <section aria-labelledby="preview-title" className="space-y-4">
        <h2 id="preview-title" className="font-serif text-2xl font-semibold text-ink">
          {t("previewTitle")}
        </h2>
        <p className="max-w-3xl text-sm text-muted">{t("previewIntro")}</p>
        <CampaignPreview emails={preview} />
      </section>

      <section aria-labelledby="test-title" className="space-y-4">
        <h2 id="test-title" className="font-serif text-2xl font-semibold text-ink">
          {t("testTitle")}
        </h2>
        <p className="max-w-3xl text-sm text-muted">{t("testIntro", { email: admin.email })}</p>
        <ClientMessages namespaces={["AdminNewsletter", "Errors"]}>
          <TestSendForm locale={locale} id={campaign.id} />
        </ClientMessages>
      </section>

      {draft && (
        <section aria-labelledby="send-title" className="space-y-4">
          <h2 id="send-title" className="font-serif text-2xl font-semibold text-ink">
            {t("sendTitle")}
          </h2>
          <p className="max-w-3xl text-sm text-muted">{t("sendIntro")}</p>
          <ClientMessages namespaces={["AdminNewsletter", "Errors"]}>
            <SendForm locale={locale} id={campaign.id} updatedAt={updatedAt} audience={audience} />
          </ClientMessages>
        </section>
      )}
    </div>
  );
}
