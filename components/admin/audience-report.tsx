// The dashboard's audience figures (P19): page views per day, and for the whole period or one day the most
// viewed pages, referrers, browsers and countries. Counts only, as readAudienceReport returns them.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AUDIENCE_DAYS, AUDIENCE_DIMENSIONS, type AudienceDimension, type AudienceReport } from "@/lib/admin/audience";
import { tableHref, type FilterSchemas, type TableParams, type TableSpec } from "@/lib/admin/table-params";
import { Link } from "@/lib/i18n/navigation";
import { instantOfDay } from "@/lib/jobs/shop-day";
import { DataTable } from "./data-table";

const BROWSER_NAMES: Record<string, string> = { chrome: "Chrome", firefox: "Firefox", safari: "Safari", edge: "Edge" };

/** "FR" → "France" in the reader's language; the code itself if the runtime does not know it. */
function regionName(regions: Intl.DisplayNames, code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}

export async function AudienceReportView<S extends string, F extends FilterSchemas>({
  report,
  pathname,
  spec,
  params,
}: {
  report: AudienceReport;
  /** the page's address and table parameters: each day links to its own breakdown (?day=…) */
  pathname: string;
  spec: TableSpec<S, F>;
  params: TableParams<S, F>;
}) {
  const t = await getTranslations("AdminDashboard.audience");
  const format = await getFormatter();
  const regions = new Intl.DisplayNames([await getLocale()], { type: "region" });
  const day = (value: string) => format.dateTime(instantOfDay(value), { dateStyle: "medium" });

  const label = (dimension: AudienceDimension, value: string): string => {
    if (dimension === "referrerHost") return value || t("direct");
    if (dimension === "country") return value ? regionName(regions, value) : t("unknownCountry");
    if (dimension === "browser") return BROWSER_NAMES[value] ?? t("otherBrowser");
    return value;
  };

  return (
    <section aria-labelledby="dashboard-audience">
      <h2 id="dashboard-audience" className="font-serif text-2xl font-semibold text-ink">
        {t("title")}
      </h2>
      <p className="mt-2 max-w-3xl text-sm text-muted">{t("intro")}</p>
      <div className="mt-4 grid gap-8 xl:grid-cols-[16rem_1fr]">
        <DataTable
          caption={t("perDayCaption", { days: AUDIENCE_DAYS })}
          rows={report.days}
          rowKey={(row) => row.day}
          empty={t("empty")}
          columns={[
            {
              key: "day",
              header: t("columns.day"),
              rowHeader: true,
              cell: (row) => (
                <Link
                  href={tableHref(pathname, spec, params, { filters: { day: row.day } })}
                  aria-current={row.day === report.day ? "true" : undefined}
                  className="text-marine underline-offset-4 hover:underline aria-[current=true]:font-semibold aria-[current=true]:underline"
                >
                  {day(row.day)}
                </Link>
              ),
            },
            { key: "views", header: t("columns.views"), numeric: true, cell: (row) => row.views },
          ]}
        />
        <div>
          <h3 className="font-serif text-xl font-semibold text-ink">
            {report.day
              ? t("breakdownOfDay", { date: day(report.day) })
              : t("breakdownOfPeriod", { days: AUDIENCE_DAYS })}
          </h3>
          {report.day && (
            <p className="mt-1 text-sm">
              <Link
                href={tableHref(pathname, spec, params, { filters: { day: undefined } })}
                className="text-marine underline underline-offset-4"
              >
                {t("showPeriod", { days: AUDIENCE_DAYS })}
              </Link>
            </p>
          )}
          <div className="mt-4 grid gap-6 md:grid-cols-2">
            {AUDIENCE_DIMENSIONS.map((dimension) => (
              <div key={dimension}>
                <h4 className="mb-2 text-sm font-semibold text-ink">{t(`dimensions.${dimension}`)}</h4>
                <DataTable
                  caption={t(`dimensions.${dimension}`)}
                  rows={report.top[dimension]}
                  rowKey={(row) => row.value}
                  empty={t("empty")}
                  columns={[
                    {
                      key: "value",
                      header: t(`columns.${dimension}`),
                      rowHeader: true,
                      cell: (row) => label(dimension, row.value),
                    },
                    { key: "views", header: t("columns.views"), numeric: true, cell: (row) => row.views },
                  ]}
                />
              </div>
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}
