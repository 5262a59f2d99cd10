import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PolicyDraftForm } from "@/components/admin/policies/policy-draft-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { policyDraftForm } from "@/lib/admin/policies";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { shopDay } from "@/lib/jobs/shop-day";
import { earliestAnnouncedDate, isPolicyKind } from "@/lib/policies/documents";

export const metadata: Metadata = { robots: { index: false } };

/** P23: the draft of the next version of a document, started from the version in force. */
export default async function PolicyDraftPage({ params }: { params: Promise<{ locale: string; kind: string }> }) {
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const { kind } = await params;
  if (!isPolicyKind(kind)) notFound();
  const t = await getTranslations("AdminPolicies");
  const tPolicies = await getTranslations("Policies");
  const now = new Date();
  const initial = await policyDraftForm(db, admin, kind, now);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">
          {t("draft.title", { document: tPolicies(`kind.${kind}`) })}
        </h1>
        <p className="mt-3 max-w-3xl text-muted">{t("draft.intro")}</p>
        <p className="mt-2">
          <a href={`/${locale}/admin/policies`} className="text-marine underline underline-offset-4">
            {t("backToList")}
          </a>
        </p>
      </header>
      <ClientMessages namespaces={["AdminPolicies", "Errors"]}>
        <PolicyDraftForm locale={locale} initial={initial} earliestDay={shopDay(earliestAnnouncedDate(now))} />
      </ClientMessages>
    </div>
  );
}
