// Hands the storefront paths a catalogue write returned (storefront-paths.ts) to Next's cache, so that the
// prerendered pages showing the change are regenerated on their next request, and nothing else is.
import { revalidatePath } from "next/cache";
import { SEARCH_RESULTS_ROUTE } from "@/lib/catalogue/search-view";

export function revalidateStorefront(paths: readonly string[]): void {
  for (const path of paths) revalidatePath(path);
  // Any cached search may list the product (docs/decisions/0013-search.md): every one is rendered again.
  revalidatePath(SEARCH_RESULTS_ROUTE, "page");
}

/**
 * Every page under the locale layout, both languages: the category menu is on each of them. The cache tags of a
 * page come from its route pattern ("/[locale]/layout"), hence the pattern here, not "/fr".
 */
export function revalidateWholeStorefront(): void {
  revalidatePath("/[locale]", "layout");
}
