import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { policiesOverview } from "@/lib/admin/policies";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { policyVersionPath } from "@/lib/policies/notices";

export const metadata: Metadata = { robots: { index: false } };

/** P23: every published version of the privacy policy and the terms, customers notified, and the drafts. */
export default async function PoliciesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data function, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminPolicies");
  const tPolicies = await getTranslations("Policies");
  const format = await getFormatter();
  const kinds = await policiesOverview(db, admin, new Date());
  // After a publication (the action's redirect): the version, and its count from the database.
  const { published, version: publishedVersion } = await searchParams;
  const justPublished = kinds
    .find(({ kind }) => kind === published)
    ?.versions.find((row) => row.version === publishedVersion);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "Europe/Paris" });

  return (
    <div className="space-y-10">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
        {justPublished && (
          <Notice tone="success" className="mt-4">
            {t("publish.published", { version: justPublished.version, count: justPublished.noticesQueued })}
          </Notice>
        )}
      </header>
      {kinds.map(({ kind, versions, draft }) => (
        <section key={kind} aria-labelledby={`policies-${kind}`} className="space-y-4">
          <h2 id={`policies-${kind}`} className="font-serif text-2xl font-semibold text-ink">
            {tPolicies(`kind.${kind}`)}
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            {draft ? (
              <>
                <p className="text-sm">{t("draftPending", { version: draft.version, date: day(draft.effectiveAt) })}</p>
                <a
                  href={`/${locale}/admin/policies/${kind}/draft`}
                  className={buttonClass({ variant: "secondary", size: "md" })}
                >
                  {t("editDraft")}
                </a>
                <a href={`/${locale}/admin/policies/${kind}/preview`} className={buttonClass({ size: "md" })}>
                  {t("previewDraft")}
                </a>
              </>
            ) : (
              <a href={`/${locale}/admin/policies/${kind}/draft`} className={buttonClass({ size: "md" })}>
                {t("newDraft")}
              </a>
            )}
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("caption", { document: tPolicies(`kind.${kind}`) })}</caption>
              <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                <tr>
                  {(["version", "state", "effectiveAt", "publishedAt", "notified", "outbox"] as const).map((column) => (
                    <th key={column} scope="col" className="px-3 py-2 font-semibold">
                      {t(`columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-line align-top">
                {versions.map((version) => (
                  <tr key={version.id}>
                    <td className="px-3 py-2">
                      <a
                        href={policyVersionPath(locale, { kind, version: version.version })}
                        className="text-marine underline underline-offset-4"
                      >
                        {version.version}
                      </a>
                    </td>
                    <td className="px-3 py-2">{t(`states.${version.state}`)}</td>
                    <td className="whitespace-nowrap px-3 py-2">{day(version.effectiveAt)}</td>
                    <td className="whitespace-nowrap px-3 py-2">{day(version.publishedAt)}</td>
                    <td className="px-3 py-2">{t("notified", { count: version.noticesQueued })}</td>
                    <td className="px-3 py-2 text-muted">{t("outbox", version.notices)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <p className="max-w-3xl text-sm text-muted">{t("whoIsNotified")}</p>
    </div>
  );
}
