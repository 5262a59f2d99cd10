import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchResults } from "@/components/catalogue/search-results";
import { DEFAULT_LISTING, parseListingParams } from "@/lib/catalogue/listing-params";
import { MAX_QUERY_LENGTH, normalizeSearchQuery, searchProducts } from "@/lib/catalogue/search";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

// Rendered per request for what the cache does not keep (docs/decisions/0013-search.md): the empty query and
// queries too long for a cache key. Every other search is rewritten by proxy.ts to the cached ./[key]/[page]
// route. proxy.ts counts the searches of both (P19).

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
  const query = normalizeSearchQuery(raw.q);
  const typed = Array.isArray(raw.q) ? raw.q[0] : raw.q;
  const wasShortened = typeof typed === "string" && typed.trim().length > MAX_QUERY_LENGTH;
  const { page } = parseListingParams(raw);
  const results = query ? await searchProducts(db, query, locale, { ...DEFAULT_LISTING, page }) : null;
  return <SearchResults locale={locale} query={query} wasShortened={wasShortened} results={results} />;
}
