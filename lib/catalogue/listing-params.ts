// Sort, filters and page of a category listing, read from the URL. Anything malformed is ignored or
// clamped: a hand-edited URL never produces an error page.
import { z } from "zod";

export const SORTS = ["featured", "price-asc", "price-desc", "newest"] as const;
export type Sort = (typeof SORTS)[number];

export const PAGE_SIZE = 12;
export const MAX_PAGE = 1000;
/** Highest price filter accepted, in euros. */
export const MAX_PRICE_EUROS = 100_000;

export type ListingParams = {
  sort: Sort;
  page: number;
  /** price range in euros, VAT included */
  minPrice?: number;
  maxPrice?: number;
  inStock: boolean;
};

export const DEFAULT_LISTING: ListingParams = { sort: "featured", page: 1, inStock: false };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(raw: RawParams, key: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(key) ?? undefined;
  const value = raw[key];
  return Array.isArray(value) ? value[0] : value;
}

const wholeNumber = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/)
  .transform(Number);

export function parseListingParams(raw: RawParams): ListingParams {
  const sortRaw = first(raw, "sort");
  const sort = (SORTS as readonly string[]).includes(sortRaw ?? "") ? (sortRaw as Sort) : "featured";

  const pageParsed = wholeNumber.safeParse(first(raw, "page") ?? "");
  const page = pageParsed.success ? Math.min(Math.max(pageParsed.data, 1), MAX_PAGE) : 1;

  let minPrice = price(first(raw, "min"));
  let maxPrice = price(first(raw, "max"));
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
    [minPrice, maxPrice] = [maxPrice, minPrice];
  }
  if (minPrice === 0) minPrice = undefined;

  const stockRaw = first(raw, "instock");
  const inStock = stockRaw === "1" || stockRaw === "on" || stockRaw === "true";

  return { sort, page, minPrice, maxPrice, inStock };
}

function price(value: string | undefined): number | undefined {
  const parsed = wholeNumber.safeParse(value ?? "");
  return parsed.success ? Math.min(parsed.data, MAX_PRICE_EUROS) : undefined;
}

/** Canonical query string (defaults left out, fixed key order): one cache entry per distinct listing. */
export function serializeListingParams(params: ListingParams): string {
  const query = new URLSearchParams();
  if (params.sort !== DEFAULT_LISTING.sort) query.set("sort", params.sort);
  if (params.minPrice !== undefined) query.set("min", String(params.minPrice));
  if (params.maxPrice !== undefined) query.set("max", String(params.maxPrice));
  if (params.inStock) query.set("instock", "1");
  if (params.page !== 1) query.set("page", String(params.page));
  return query.toString();
}

export function withPage(params: ListingParams, page: number): string {
  return serializeListingParams({ ...params, page });
}
