import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublishDraftForm } from "@/components/admin/policies/publish-draft-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { TextPage } from "@/components/layout/text-page";
import { PolicyDocumentView } from "@/components/policies/policy-document";
import { policyDraft } from "@/lib/admin/policies";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { locales } from "@/lib/i18n/routing";
import { isPolicyKind } from "@/lib/policies/documents";

export const metadata: Metadata = { robots: { index: false } };

/**
 * P23: the draft as its public page will show it (the same components as /<kind>/versions/<version>), in this
 * page's language, with the other language one link away; then the button that publishes it.
 */
export default async function PolicyPreviewPage({ params }: { params: Promise<{ locale: string; kind: string }> }) {
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const { kind } = await params;
  if (!isPolicyKind(kind)) notFound();
  const draft = await policyDraft(db, admin, kind);
  const t = await getTranslations("AdminPolicies");
  const tPolicies = await getTranslations("Policies");
  const now = new Date();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold text-marine">
          {t("preview.title", { document: tPolicies(`kind.${kind}`) })}
        </h1>
        <p className="max-w-3xl text-muted">{t("preview.intro")}</p>
        <p className="flex flex-wrap gap-4">
          <a href={`/${locale}/admin/policies`} className="text-marine underline underline-offset-4">
            {t("backToList")}
          </a>
          {draft && (
            <a href={`/${locale}/admin/policies/${kind}/draft`} className="text-marine underline underline-offset-4">
              {t("editDraft")}
            </a>
          )}
          {locales
            .filter((other) => other !== locale)
            .map((other) => (
              <a
                key={other}
                href={`/${other}/admin/policies/${kind}/preview`}
                hrefLang={other}
                className="text-marine underline underline-offset-4"
              >
                {t(`preview.otherLanguage.${other}`)}
              </a>
            ))}
        </p>
      </header>
      {draft ? (
        <>
          <section aria-label={t("preview.region")} className="rounded-lg border border-dashed border-line">
            {/* The draft as a published document would be: published now, at its effective date. */}
            <TextPage
              title={tPolicies("versionTitle", { document: tPolicies(`kind.${kind}`), version: draft.version })}
            >
              <PolicyDocumentView
                document={{ ...draft, publishedAt: now, noticesQueued: 0, createdAt: draft.createdAt }}
                locale={locale}
                now={now}
              />
            </TextPage>
          </section>
          <ClientMessages namespaces={["AdminPolicies", "Errors"]}>
            <PublishDraftForm
              locale={locale}
              kind={kind}
              version={draft.version}
              updatedAt={draft.updatedAt.toISOString()}
            />
          </ClientMessages>
        </>
      ) : (
        <p>{t("preview.noDraft")}</p>
      )}
    </div>
  );
}
