import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Previous/next and numbered page links; `hrefFor` builds each page's URL (filters kept). */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("Listing");
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === pageCount || Math.abs(p - page) <= 2,
  );
  const linkClass = "rounded-md border border-line bg-white px-3 py-1.5 hover:border-marine";
  return (
    <nav aria-label={t("pagination")} className="mt-10 flex flex-wrap items-center justify-center gap-2 text-sm">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {t("previous")}
        </Link>
      )}
      {pages.map((p, index) => (
        <span key={p} className="flex items-center gap-2">
          {index > 0 && p - (pages[index - 1] ?? p) > 1 && <span aria-hidden="true">…</span>}
          {p === page ? (
            <span aria-current="page" className="rounded-md bg-marine px-3 py-1.5 font-semibold text-white">
              <span className="sr-only">{t("page", { page: p })}</span>
              <span aria-hidden="true">{p}</span>
            </span>
          ) : (
            <Link href={hrefFor(p)} className={linkClass} aria-label={t("page", { page: p })}>
              {p}
            </Link>
          )}
        </span>
      ))}
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
