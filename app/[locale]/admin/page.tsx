import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AudienceReportView } from "@/components/admin/audience-report";
import { LowStockTable, OrdersByStatus, Takings, ToHandle } from "@/components/admin/dashboard-figures";
import { readAudienceReport } from "@/lib/admin/audience";
import { readAdminDashboard } from "@/lib/admin/dashboard";
import { defineTable, parseTableParams } from "@/lib/admin/table-params";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { instantOfDay } from "@/lib/jobs/shop-day";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminDashboard");
  return { title: t("title"), robots: { index: false } };
}

/** ?day=2026-11-28 shows that day's audience breakdown; anything else shows the whole period. */
const AUDIENCE_TABLE = defineTable({
  sorts: { day: "desc" },
  defaultSort: "day",
  filters: { day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) },
});

/** The back office's home: the figures an admin checks first. */
export default async function AdminDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout: Next renders a page and its layout in
  // parallel, so the layout's check does not stand between a visitor and this page's data.
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const table = parseTableParams(AUDIENCE_TABLE, await searchParams);
  const now = new Date();
  const [dashboard, audience] = await Promise.all([
    readAdminDashboard(db, admin, now),
    readAudienceReport(db, admin, now, table.filters.day ?? null),
  ]);
  const t = await getTranslations("AdminDashboard");
  const format = await getFormatter();

  return (
    <div className="space-y-10">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-2 text-sm text-muted">
          {t("figuresOf", { date: format.dateTime(instantOfDay(dashboard.today), { dateStyle: "full" }) })}
        </p>
      </header>
      <Takings takings={dashboard.takings} locale={locale} />
      <ToHandle dashboard={dashboard} />
      <OrdersByStatus counts={dashboard.ordersByStatus} />
      <LowStockTable lowStock={dashboard.lowStock} locale={locale} />
      <AudienceReportView report={audience} pathname="/admin" spec={AUDIENCE_TABLE} params={table} />
    </div>
  );
}
