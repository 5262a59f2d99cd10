import type { Db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { CategoryNode, CategoryView } from "./types";

type CategoryRow = { id: string; slug: string; name: unknown; description: unknown; parentId: string | null };

export function toCategoryView(row: CategoryRow, locale: Locale): CategoryView {
  return {
    id: row.id,
    slug: row.slug,
    name: localize(row.name, locale),
    description: localize(row.description, locale),
    parentId: row.parentId,
  };
}

/** Every category as a tree, ordered by position. */
export async function getCategoryTree(db: Db, locale: Locale): Promise<CategoryNode[]> {
  const rows = await db.category.findMany({ orderBy: [{ position: "asc" }, { slug: "asc" }] });
  const nodes = new Map<string, CategoryNode>(
    rows.map((row) => [row.id, { ...toCategoryView(row, locale), children: [] }]),
  );
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function listCategorySlugs(db: Db): Promise<string[]> {
  const rows = await db.category.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.map((row) => row.slug);
}

export type CategoryPageData = {
  category: CategoryView;
  /** from the top-level category down to this one's parent */
  ancestors: CategoryView[];
  children: CategoryView[];
  /** this category and all its descendants: a parent category lists its sub-categories' products */
  subtreeIds: string[];
};

export async function getCategoryPage(db: Db, slug: string, locale: Locale): Promise<CategoryPageData | null> {
  const rows = await db.category.findMany({ orderBy: [{ position: "asc" }, { slug: "asc" }] });
  const row = rows.find((candidate) => candidate.slug === slug);
  if (!row) return null;
  const byId = new Map(rows.map((r) => [r.id, r]));

  const ancestors: CategoryView[] = [];
  for (let parent = row.parentId ? byId.get(row.parentId) : undefined; parent;) {
    ancestors.unshift(toCategoryView(parent, locale));
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return {
    category: toCategoryView(row, locale),
    ancestors,
    children: rows.filter((r) => r.parentId === row.id).map((r) => toCategoryView(r, locale)),
    subtreeIds: subtree(rows, row.id),
  };
}

function subtree(rows: { id: string; parentId: string | null }[], rootId: string): string[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const r of rows) if (r.parentId === ids[i]) ids.push(r.id);
  }
  return ids;
}
