import type { Metadata } from "next";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { SearchForm } from "@/components/layout/search-form";
import { ProductGrid } from "@/components/product/product-card";
import { parseListingParams } from "@/lib/catalogue/listing-params";
import { MAX_QUERY_LENGTH, normalizeSearchQuery, searchProducts } from "@/lib/catalogue/search";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { countSearchQuery } from "@/lib/logs/search-counts";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Search");
  // Result pages are endless variations of the catalogue: keep them out of search engines.
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function SearchPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await localeFromParams(params);
  const raw = await searchParams;
  const t = await getTranslations("Search");
  const tHeader = await getTranslations("Header");
  const query = normalizeSearchQuery(raw.q);
  const typed = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const wasShortened = typeof typed === "string" && typed.trim().length > MAX_QUERY_LENGTH;
  const listing = parseListingParams(raw);
  const results = query ? await searchProducts(db, query, locale, { ...listing, sort: "featured" }) : null;
  // P19: counted without identity, once per search (not per result page), after the response is sent.
  if (query && listing.page === 1) {
    after(() =>
      countSearchQuery(db, query, new Date()).catch((error: unknown) =>
        console.error(`search count failed: ${error instanceof Error ? error.name : "unknown error"}`),
      ),
    );
  }

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
