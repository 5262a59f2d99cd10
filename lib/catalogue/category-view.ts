// The category route keeps its listing options in a path segment (app/[locale]/(shop)/category/[slug]/
// [[...view]]) so that every distinct listing is a cacheable page; proxy.ts maps the public query string
// onto it.
import { locales } from "@/lib/i18n/routing";
import { DEFAULT_LISTING, parseListingParams, serializeListingParams, type ListingParams } from "./listing-params";

const CATEGORY_PATH = new RegExp(`^/(${locales.join("|")})/category/([a-z0-9-]{1,100})/?$`);

/** The internal path for a public category URL with a query, or null when there is nothing to rewrite. */
export function categoryViewPath(pathname: string, search: URLSearchParams): string | null {
  const match = CATEGORY_PATH.exec(pathname);
  if (!match) return null;
  const view = serializeListingParams(parseListingParams(search));
  return view ? `/${match[1]}/category/${match[2]}/${encodeURIComponent(view)}` : null;
}

/** Listing options from the internal path segment (absent for the default listing). */
export function listingFromView(view: string[] | undefined): ListingParams | null {
  if (!view || view.length === 0) return DEFAULT_LISTING;
  if (view.length > 1) return null;
  return parseListingParams(new URLSearchParams(safeDecode(view[0] ?? "")));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
