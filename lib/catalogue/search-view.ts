// Search results are cached like category listings (docs/decisions/0013-search.md): proxy.ts rewrites
// /fr/search?q=Lin&page=2 to the ISR route /fr/search/_4cin/2 (app/[locale]/(shop)/search/[key]/[page]),
// keyed by the normalized query, so each distinct search is rendered once and then served from the cache.
// The key spells the query's UTF-8 bytes with [a-z0-9-] kept and every other byte as "_" and two hex digits:
// one key per query, safe as a file name (no dot, slash or upper case) and bounded in length. Queries whose
// key would be longer, and the empty query, are served by the dynamic page (app/[locale]/(shop)/search).
import { locales, type Locale } from "@/lib/i18n/routing";
import { MAX_PAGE, parseListingParams } from "./listing-params";
import { MAX_QUERY_LENGTH, normalizeSearchQuery } from "./search";

/** Longest cached key: a directory name of the page cache (at most 255 bytes on disk) with room to spare. */
export const MAX_SEARCH_KEY_LENGTH = 180;
/** The ISR route, as revalidatePath spells a route pattern (route group included). */
export const SEARCH_RESULTS_ROUTE = "/[locale]/(shop)/search/[key]/[page]";

const SEARCH_PATH = new RegExp(`^/(${locales.join("|")})/search(/.+)?$`);
const KEY_SHAPE = /^(?:[a-z0-9-]|_[0-9a-f]{2})+$/;
const PAGE_SHAPE = /^[1-9][0-9]{0,3}$/;

export function searchKey(query: string): string {
  let key = "";
  for (const byte of new TextEncoder().encode(query)) {
    const char = String.fromCharCode(byte);
    key += /[a-z0-9-]/.test(char) ? char : `_${byte.toString(16).padStart(2, "0")}`;
  }
  return key;
}

/** The query and page of a cached results path, or null for anything the proxy would not have produced. */
export function searchFromView(key: string, page: string): { query: string; page: number } | null {
  if (key.length > MAX_SEARCH_KEY_LENGTH || !KEY_SHAPE.test(key) || !PAGE_SHAPE.test(page)) return null;
  const pageNumber = Number(page);
  if (pageNumber > MAX_PAGE) return null;
  const bytes = key
    .match(/_[0-9a-f]{2}|[a-z0-9-]/g)!
    .map((token) => (token.length === 3 ? parseInt(token.slice(1), 16) : token.charCodeAt(0)));
  let query: string;
  try {
    query = new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  // One path per search: "_61" spells "a", whose key is "a", and an untrimmed query is never produced.
  if (!query || normalizeSearchQuery(query) !== query || searchKey(query) !== key) return null;
  return { query, page: pageNumber };
}

export type SearchRequest = {
  /** where proxy.ts serves the request from: the cached results page, or null for the dynamic page */
  internalPath: string | null;
  /** the query to count (P19): page 1 of a search actually visited, whichever page serves it */
  countedQuery: string | null;
};

type RequestLike = { method: string; pathname: string; searchParams: URLSearchParams; headers: Headers };

/** What proxy.ts does with a request to /fr/search…, or null when it is not one. */
export function routeSearchRequest({ method, pathname, searchParams, headers }: RequestLike): SearchRequest | null {
  const match = SEARCH_PATH.exec(pathname);
  if (!match) return null;
  const locale = match[1] as Locale;
  // The cached route itself: its page serves only the keys written above (anything else is a 404). Next.js may
  // hand a rewrite back to the proxy as a request of its own (`next start -H`), which must be neither rewritten
  // again nor counted twice.
  if (match[2]) return null;

  const query = normalizeSearchQuery(searchParams.getAll("q"));
  const { page } = parseListingParams(searchParams);
  const shortened = (searchParams.get("q") ?? "").trim().length > MAX_QUERY_LENGTH;
  const key = searchKey(query);
  const cached = query !== "" && !shortened && key.length <= MAX_SEARCH_KEY_LENGTH;
  const visited = method === "GET" && !isPrefetch(headers);
  return {
    internalPath: cached ? `/${locale}/search/${key}/${page}` : null,
    countedQuery: query && page === 1 && visited ? query : null,
  };
}

/** The router's prefetches and the browser's speculative loads are not searches someone made. */
function isPrefetch(headers: Headers): boolean {
  return (
    headers.has("next-router-prefetch") ||
    headers.has("next-router-segment-prefetch") ||
    /prefetch|prerender/i.test(`${headers.get("purpose") ?? ""} ${headers.get("sec-purpose") ?? ""}`)
  );
}
