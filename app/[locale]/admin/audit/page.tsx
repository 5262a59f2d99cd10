import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/admin/audit/audit-filters";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { Pagination } from "@/components/admin/pagination";
import { AUDIT_PAGE_SIZE, AUDIT_TABLE, listAuditActors, listAuditEntries, parseAuditParams } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

const PATHNAME = "/admin/audit";

/** P9: the audit log of the back office, filtered and paginated from the URL (bad values mean no filter). */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminAudit");
  const tableParams = parseAuditParams(await searchParams);
  const [{ entries, total, page }, actors] = await Promise.all([
    listAuditEntries(db, admin, tableParams),
    listAuditActors(db, admin),
  ]);
  // A page past the end (an old link) shows the last one.
  const shown = { ...tableParams, page };

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
        <p className="mt-2 max-w-3xl text-sm text-muted">{t("retention")}</p>
      </header>
      <AuditFilters locale={locale} params={shown} actors={actors} />
      <section aria-labelledby="audit-list-title" className="space-y-4">
        <h2 id="audit-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        <p className="text-sm text-muted">{t("count", { count: total })}</p>
        <AuditTable entries={entries} params={shown} pathname={PATHNAME} />
        <Pagination pathname={PATHNAME} spec={AUDIT_TABLE} params={shown} total={total} pageSize={AUDIT_PAGE_SIZE} />
      </section>
    </div>
  );
}
