// Which prerendered storefront pages show a product, so that an edit in the back office reaches them at once
// without making the catalogue dynamic: the product page and the default listing of its category and of every
// ancestor (a listing includes its subcategories' products), and the home page (featured products), in both
// languages. Filtered or sorted listings (rewritten paths, docs/decisions/0003) catch up within their 5 minutes.
import type { Db, Tx } from "@/lib/db/client";
import { locales } from "@/lib/i18n/routing";

export type StorefrontPaths = { productSlugs: readonly string[]; categorySlugs: readonly string[] };

/** The exact paths to revalidate, sorted and without duplicates. */
export function storefrontPaths({ productSlugs, categorySlugs }: StorefrontPaths): string[] {
  const paths = new Set<string>();
  for (const locale of locales) {
    paths.add(`/${locale}`);
    for (const slug of productSlugs) paths.add(`/${locale}/product/${slug}`);
    for (const slug of categorySlugs) paths.add(`/${locale}/category/${slug}`);
  }
  return [...paths].sort();
}

/** The slugs of a category and of its ancestors, nearest first (inside a catalogue write's transaction). */
export async function categoryChainSlugs(tx: Db | Tx, categoryId: string): Promise<string[]> {
  const slugs: string[] = [];
  const seen = new Set<string>();
  for (let id: string | null = categoryId; id && !seen.has(id);) {
    seen.add(id);
    const category: { slug: string; parentId: string | null } | null = await tx.category.findUnique({
      where: { id },
      select: { slug: true, parentId: true },
    });
    if (!category) break;
    slugs.push(category.slug);
    id = category.parentId;
  }
  return slugs;
}
