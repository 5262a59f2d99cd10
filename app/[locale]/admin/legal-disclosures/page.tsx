import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { LEGAL_DISCLOSURES_SHOWN, listLegalDisclosures } from "@/lib/admin/legal-disclosures";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { shopDay } from "@/lib/jobs/shop-day";
import { LegalDisclosureForm } from "./legal-disclosure-form";

export const metadata: Metadata = { robots: { index: false } };

/** P24: the register of the disclosures the law required, and the form to record one. */
export default async function LegalDisclosuresPage({ params }: { params: Promise<{ locale: string }> }) {
  // Checked here and in the data function, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("Admin.legalDisclosures");
  const format = await getFormatter();
  const { entries, total } = await listLegalDisclosures(db, admin);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long" });

  return (
    <div className="space-y-10">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
        <p className="mt-2 max-w-3xl text-sm text-muted">{t("retention")}</p>
      </header>

      <section aria-labelledby="legal-disclosure-form-title">
        <h2 id="legal-disclosure-form-title" className="font-serif text-2xl font-semibold text-ink">
          {t("formTitle")}
        </h2>
        <div className="mt-4">
          <ClientMessages namespaces={["Admin", "Errors"]}>
            <LegalDisclosureForm locale={locale} today={shopDay(new Date())} />
          </ClientMessages>
        </div>
      </section>

      <section aria-labelledby="legal-disclosure-list-title">
        <h2 id="legal-disclosure-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        <p className="mt-2 text-sm text-muted">
          {t("count", { count: total })}{" "}
          {total > entries.length && t("shownLatest", { shown: LEGAL_DISCLOSURES_SHOWN })}
        </p>
        {entries.length > 0 && (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
                <tr>
                  {(["disclosedOn", "authority", "legalBasis", "dataDisclosed", "recordedBy"] as const).map(
                    (column) => (
                      <th key={column} scope="col" className="px-3 py-2 font-semibold">
                        {t(`columns.${column}`)}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody className="divide-y divide-line align-top">
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td className="whitespace-nowrap px-3 py-2">{day(entry.disclosedOn)}</td>
                    <td className="px-3 py-2">{entry.authority}</td>
                    <td className="px-3 py-2">{entry.legalBasis}</td>
                    <td className="whitespace-pre-line px-3 py-2">{entry.dataDisclosed}</td>
                    <td className="px-3 py-2">
                      {entry.recordedBy ? (entry.recordedBy.name ?? entry.recordedBy.email) : t("recordedByGone")}
                      <span className="block text-xs text-muted">
                        {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
