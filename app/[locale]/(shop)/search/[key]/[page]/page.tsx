import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SearchResults } from "@/components/catalogue/search-results";
import { DEFAULT_LISTING } from "@/lib/catalogue/listing-params";
import { searchProducts } from "@/lib/catalogue/search";
import { searchFromView } from "@/lib/catalogue/search-view";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

// The results of one search, rendered on its first request and then served from the cache
// (docs/decisions/0013-search.md): proxy.ts rewrites /fr/search?q=lin&page=2 here as /fr/search/lin/2 and counts
// the search (P19), cached or not. Back-office catalogue edits revalidate every entry (lib/admin/catalogue/revalidate.ts).
export const revalidate = 300;
export const dynamicParams = true;

type Params = Promise<{ locale: string; key: string; page: string }>;

export async function generateStaticParams() {
  return []; // nothing at build time: each search is cached on its first request
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Search");
  // Result pages are endless variations of the catalogue: keep them out of search engines.
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function CachedSearchPage({ params }: { params: Params }) {
  const { key, page } = await params;
  const locale = await localeFromParams(params);
  const search = searchFromView(key, page);
  if (!search) notFound();
  const results = await searchProducts(db, search.query, locale, { ...DEFAULT_LISTING, page: search.page });
  return <SearchResults locale={locale} query={search.query} wasShortened={false} results={results} />;
}
