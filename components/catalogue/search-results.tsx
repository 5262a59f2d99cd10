import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { SearchForm } from "@/components/layout/search-form";
import { ProductGrid } from "@/components/product/product-card";
import { MAX_QUERY_LENGTH } from "@/lib/catalogue/search";
import type { ListingPage } from "@/lib/catalogue/types";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The search page: the same markup whether it comes from the cache (app/[locale]/(shop)/search/[key]/[page]) or
 * is rendered for the request (the empty query, over-long ones). `results` is null when there is no query.
 */
export async function SearchResults({
  locale,
  query,
  wasShortened,
  results,
}: {
  locale: Locale;
  query: string;
  wasShortened: boolean;
  results: ListingPage | null;
}) {
  const t = await getTranslations("Search");
  const tHeader = await getTranslations("Header");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-marine">
        {query ? t("resultsFor", { query }) : t("title")}
      </h1>
      <div className="mt-4 max-w-xl">
        <SearchForm
          id="search-page-query"
          label={tHeader("searchLabel")}
          placeholder={tHeader("searchPlaceholder")}
          submit={tHeader("searchSubmit")}
          defaultValue={query}
        />
      </div>
      {wasShortened && (
        <p className="mt-3 text-sm text-terracotta" role="status">
          {t("tooLong", { max: MAX_QUERY_LENGTH })}
        </p>
      )}
      {!results ? (
        <p className="mt-8 text-muted">{t("prompt")}</p>
      ) : (
        <>
          <p className="mt-6 text-sm text-muted" role="status" data-testid="result-count">
            {t("resultCount", { count: results.total })}
          </p>
          {results.items.length > 0 ? (
            <div className="mt-4">
              <ProductGrid products={results.items} locale={locale} priorityCount={4} />
            </div>
          ) : (
            <p className="mt-4 rounded-lg border border-dashed border-line p-10 text-center">{t("empty", { query })}</p>
          )}
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            hrefFor={(p) => `/search?${new URLSearchParams({ q: query, ...(p > 1 ? { page: String(p) } : {}) })}`}
          />
        </>
      )}
    </div>
  );
}
