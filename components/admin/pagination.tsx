import { getTranslations } from "next-intl/server";
import {
  pageCount,
  tableHref,
  visiblePages,
  type FilterSchemas,
  type TableParams,
  type TableSpec,
} from "@/lib/admin/table-params";
import { Link } from "@/lib/i18n/navigation";

const LINK = "block rounded-md px-3 py-1.5 hover:bg-sand";

/**
 * Links to the other pages of a table, keeping its sort and filters. Plain links: paging works without
 * JavaScript. A page past the end (an old link) still offers the way back.
 */
export async function Pagination<S extends string, F extends FilterSchemas>({
  pathname,
  spec,
  params,
  total,
  pageSize,
}: {
  pathname: string;
  spec: TableSpec<S, F>;
  params: TableParams<S, F>;
  total: number;
  pageSize: number;
}) {
  const t = await getTranslations("AdminShell.pagination");
  const last = pageCount(total, pageSize);
  const current = params.page;
  const href = (page: number) => tableHref(pathname, spec, params, { page });
  const summary = <p className="text-sm text-muted">{t("summary", { page: current, pages: last, total })}</p>;
  if (last === 1 && current === 1) return summary;

  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3">
      {summary}
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {current > 1 && (
          <li>
            <Link href={href(Math.min(current - 1, last))} rel="prev" className={LINK}>
              {t("previous")}
            </Link>
          </li>
        )}
        {visiblePages(current, last).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-2 text-muted">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                href={href(page)}
                aria-current={page === current ? "page" : undefined}
                aria-label={t("page", { page })}
                className={`${LINK} aria-[current=page]:bg-marine aria-[current=page]:text-white`}
              >
                {page}
              </Link>
            </li>
          ),
        )}
        {current < last && (
          <li>
            <Link href={href(current + 1)} rel="next" className={LINK}>
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
