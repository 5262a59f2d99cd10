// Categories in the back office: the list (as a tree, with product counts), create and edit (names and
// descriptions in French and English, slug, parent, position). A category cannot become its own ancestor. Every
// storefront page shows the category menu (app/[locale]/layout.tsx), so a category write revalidates the whole
// storefront layout of both languages rather than a list of pages. An edit carries the category's last change as
// loaded (updatedAt): a form loaded before another admin's save is refused ("staleEdit"), never written over.
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { DomainError } from "@/lib/errors";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { assertAdmin, type Viewer } from "../access";
import { recordAudit, type AuditActor } from "../audit";
import { slugify, type CategoryInput } from "./schemas";

export type AdminCategory = {
  id: string;
  slug: string;
  name: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  parentId: string | null;
  position: number;
  depth: number;
  productCount: number;
  /** the category's last change: the edit form sends it back (a save made meanwhile is refused) */
  updatedAt: Date;
};

/** Every category, parents before their children (depth-first, by position), for the table and the selects. */
export async function listAdminCategories(db: Db, viewer: Viewer, locale: Locale): Promise<AdminCategory[]> {
  assertAdmin(viewer);
  const rows = await db.category.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      parentId: true,
      position: true,
      updatedAt: true,
      _count: { select: { products: true } },
    },
  });
  const ordered: AdminCategory[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const row of rows.filter((candidate) => candidate.parentId === parentId)) {
      ordered.push({
        id: row.id,
        slug: row.slug,
        name: localize(row.name, locale),
        nameFr: localize(row.name, "fr"),
        nameEn: localize(row.name, "en"),
        descriptionFr: localize(row.description, "fr"),
        descriptionEn: localize(row.description, "en"),
        parentId: row.parentId,
        position: row.position,
        depth,
        productCount: row._count.products,
        updatedAt: row.updatedAt,
      });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

const AUDITED = { slug: true, parentId: true, position: true } as const;

async function refuseCycle(tx: Tx, categoryId: string, parentId: string | null): Promise<void> {
  for (let id = parentId; id;) {
    if (id === categoryId) throw new DomainError("categoryCycle", { field: "parentId" });
    const parent: { parentId: string | null } | null = await tx.category.findUnique({
      where: { id },
      select: { parentId: true },
    });
    if (!parent) throw new DomainError("notFound", { field: "parentId" });
    id = parent.parentId;
  }
}

async function resolveSlug(tx: Tx, typed: string, nameFr: string, categoryId: string | null): Promise<string> {
  const taken = async (slug: string) => {
    const row = await tx.category.findUnique({ where: { slug }, select: { id: true } });
    return row !== null && row.id !== categoryId;
  };
  if (typed !== "") {
    if (await taken(typed)) throw new DomainError("slugTaken", { field: "slug" });
    return typed;
  }
  const base = slugify(nameFr) || "categorie";
  for (let suffix = 1; ; suffix++) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await taken(slug))) return slug;
  }
}

/** Creates (no categoryId) or edits a category. */
export async function saveCategory(
  db: Db,
  viewer: AuditActor,
  input: CategoryInput,
  now: Date,
): Promise<{ id: string; slug: string; created: boolean; updatedAt: string }> {
  assertAdmin(viewer);
  const parentId = input.parentId || null;
  const data = {
    name: { fr: input.nameFr, en: input.nameEn },
    description: { fr: input.descriptionFr, en: input.descriptionEn },
    parentId,
    position: input.position,
    updatedAt: now,
  };
  try {
    return await db.$transaction(async (tx) => {
      if (input.categoryId) {
        const found = await tx.category.findUnique({
          where: { id: input.categoryId },
          select: { ...AUDITED, updatedAt: true },
        });
        if (!found) throw new DomainError("notFound");
        const { updatedAt: loaded, ...before } = found;
        if (input.updatedAt !== loaded.toISOString()) throw new DomainError("staleEdit");
        await refuseCycle(tx, input.categoryId, parentId);
        const slug = await resolveSlug(tx, input.slug, input.nameFr, input.categoryId);
        // Conditional on the last change: of two saves racing past the check above, only one matches.
        const { count } = await tx.category.updateMany({
          where: { id: input.categoryId, updatedAt: loaded },
          data: { ...data, slug },
        });
        if (count === 0) throw new DomainError("staleEdit");
        const after = await tx.category.findUniqueOrThrow({ where: { id: input.categoryId }, select: AUDITED });
        await recordAudit(tx, viewer, {
          action: "category.update",
          target: { type: "category", id: input.categoryId },
          before,
          after,
          at: now,
        });
        return { id: input.categoryId, slug, created: false, updatedAt: now.toISOString() };
      }
      await refuseCycle(tx, "", parentId);
      const slug = await resolveSlug(tx, input.slug, input.nameFr, null);
      const row = await tx.category.create({
        data: { ...data, slug, createdAt: now },
        select: { id: true, ...AUDITED },
      });
      await recordAudit(tx, viewer, {
        action: "category.create",
        target: { type: "category", id: row.id },
        after: row,
        at: now,
      });
      return { id: row.id, slug, created: true, updatedAt: now.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("slugTaken", { field: "slug" });
    throw error;
  }
}

/** The categories a product may be filed under, for the product form's select ("Linge de maison › Draps"). */
export function categoryOptions(categories: AdminCategory[]): { value: string; label: string }[] {
  const byId = new Map(categories.map((category) => [category.id, category]));
  return categories.map((category) => {
    const names = [category.name];
    for (let parent = category.parentId ? byId.get(category.parentId) : undefined; parent;) {
      names.unshift(parent.name);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return { value: category.id, label: names.join(" › ") };
  });
}
