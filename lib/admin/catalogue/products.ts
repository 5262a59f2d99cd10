// Products in the back office: create, edit, archive and restore, each write audited in its own transaction (P9)
// and answered with the storefront paths to revalidate. An edit carries the product's version: a form loaded
// before another admin's save is refused ("staleEdit"), never silently written over. Archiving is `active =
// false`: the storefront hides the product, carts show it unavailable at their next view (lib/cart/cart.ts reads
// the current row), and paid orders keep their own snapshot of name and price.
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { DomainError } from "@/lib/errors";
import { assertAdmin, type Viewer } from "../access";
import { recordAudit, type AuditActor } from "../audit";
import type { CreateProductInput, UpdateProductInput } from "./schemas";
import { slugify } from "./schemas";
import { categoryChainSlugs, storefrontPaths } from "./storefront-paths";

/** The key fields the audit log keeps of a product (lib/admin/audit.ts AUDIT_FIELDS.product). */
const AUDITED = {
  slug: true,
  categoryId: true,
  priceCents: true,
  vatRateBp: true,
  stock: true,
  active: true,
  featured: true,
} as const;

export type ProductWrite = { id: string; slug: string; version: number; paths: string[] };

/** A typed slug must be free; an empty one is made from the French name, with -2, -3… until it is. */
async function resolveSlug(tx: Tx, typed: string, nameFr: string, productId: string | null): Promise<string> {
  const taken = async (slug: string) => {
    const row = await tx.product.findUnique({ where: { slug }, select: { id: true } });
    return row !== null && row.id !== productId;
  };
  if (typed !== "") {
    if (await taken(typed)) throw new DomainError("slugTaken", { field: "slug" });
    return typed;
  }
  const base = slugify(nameFr) || "produit";
  for (let suffix = 1; ; suffix++) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    if (!(await taken(slug))) return slug;
  }
}

async function requireCategory(tx: Tx, categoryId: string): Promise<void> {
  const category = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!category) throw new DomainError("notFound", { field: "categoryId" });
}

const texts = (input: CreateProductInput | UpdateProductInput) => ({
  name: { fr: input.nameFr, en: input.nameEn },
  description: { fr: input.descriptionFr, en: input.descriptionEn },
});

/** A slug taken between our check and the write (two admins at once) is the same refusal. */
async function slugRace<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("slugTaken", { field: "slug" });
    throw error;
  }
}

export async function createProduct(
  db: Db,
  viewer: AuditActor,
  input: CreateProductInput,
  now: Date,
): Promise<ProductWrite> {
  assertAdmin(viewer);
  return slugRace(() =>
    db.$transaction(async (tx) => {
      await requireCategory(tx, input.categoryId);
      const slug = await resolveSlug(tx, input.slug, input.nameFr, null);
      const product = await tx.product.create({
        data: {
          slug,
          ...texts(input),
          categoryId: input.categoryId,
          priceCents: input.price,
          vatRateBp: input.vatRateBp,
          stock: input.stock,
          active: input.active,
          featured: input.featured,
          createdAt: now,
          updatedAt: now,
        },
        select: { id: true, version: true, ...AUDITED },
      });
      if (input.stock > 0) {
        // The opening stock is the first line of the product's stock history.
        await tx.stockAdjustment.create({
          data: {
            productId: product.id,
            delta: input.stock,
            stockAfter: input.stock,
            reason: "received",
            actorId: viewer.id,
            at: now,
          },
        });
      }
      await recordAudit(tx, viewer, {
        action: "product.create",
        target: { type: "product", id: product.id },
        after: product,
        at: now,
      });
      const categorySlugs = await categoryChainSlugs(tx, input.categoryId);
      return {
        id: product.id,
        slug,
        version: product.version,
        paths: storefrontPaths({ productSlugs: [slug], categorySlugs }),
      };
    }),
  );
}

/** Saves the edit form if nobody saved the product since the form was loaded (same version). */
export async function updateProduct(
  db: Db,
  viewer: AuditActor,
  input: UpdateProductInput,
  now: Date,
): Promise<ProductWrite> {
  assertAdmin(viewer);
  return slugRace(() =>
    db.$transaction(async (tx) => {
      const before = await tx.product.findUnique({
        where: { id: input.productId },
        select: { version: true, ...AUDITED },
      });
      if (!before) throw new DomainError("notFound");
      if (before.version !== input.version) throw new DomainError("staleEdit");
      await requireCategory(tx, input.categoryId);
      const slug = await resolveSlug(tx, input.slug, input.nameFr, input.productId);
      // Conditional on the version: of two saves racing past the check above, only one matches.
      const { count } = await tx.product.updateMany({
        where: { id: input.productId, version: input.version },
        data: {
          slug,
          ...texts(input),
          categoryId: input.categoryId,
          priceCents: input.price,
          vatRateBp: input.vatRateBp,
          active: input.active,
          featured: input.featured,
          version: { increment: 1 },
          updatedAt: now,
        },
      });
      if (count === 0) throw new DomainError("staleEdit");
      const after = { ...before, slug, categoryId: input.categoryId, priceCents: input.price };
      Object.assign(after, { vatRateBp: input.vatRateBp, active: input.active, featured: input.featured });
      await recordAudit(tx, viewer, {
        action: "product.update",
        target: { type: "product", id: input.productId },
        before,
        after,
        at: now,
      });
      const categorySlugs = [
        ...(await categoryChainSlugs(tx, before.categoryId)),
        ...(await categoryChainSlugs(tx, input.categoryId)),
      ];
      // The old address too: after a slug change it must stop showing the product.
      const productSlugs = [before.slug, slug];
      return {
        id: input.productId,
        slug,
        version: before.version + 1,
        paths: storefrontPaths({ productSlugs, categorySlugs }),
      };
    }),
  );
}

/** Archives (active = false) or restores a product, with the version of the page the admin saw. */
export async function setProductActive(
  db: Db,
  viewer: AuditActor,
  input: { productId: string; version: number; active: boolean },
  now: Date,
): Promise<ProductWrite> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const before = await tx.product.findUnique({
      where: { id: input.productId },
      select: { version: true, ...AUDITED },
    });
    if (!before) throw new DomainError("notFound");
    const { count } = await tx.product.updateMany({
      where: { id: input.productId, version: input.version },
      data: { active: input.active, version: { increment: 1 }, updatedAt: now },
    });
    if (count === 0) throw new DomainError("staleEdit");
    await recordAudit(tx, viewer, {
      action: input.active ? "product.restore" : "product.archive",
      target: { type: "product", id: input.productId },
      before,
      after: { ...before, active: input.active },
      at: now,
    });
    const categorySlugs = await categoryChainSlugs(tx, before.categoryId);
    return {
      id: input.productId,
      slug: before.slug,
      version: before.version + 1,
      paths: storefrontPaths({ productSlugs: [before.slug], categorySlugs }),
    };
  });
}

export type ProductForEdit = NonNullable<Awaited<ReturnType<typeof getProductForEdit>>>;

/** Everything the product page of the back office shows: the form's values, variants, images, stock history. */
export async function getProductForEdit(db: Db, viewer: Viewer, productId: string) {
  assertAdmin(viewer);
  return db.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      categoryId: true,
      priceCents: true,
      vatRateBp: true,
      stock: true,
      active: true,
      featured: true,
      version: true,
      updatedAt: true,
      variants: {
        orderBy: [{ position: "asc" }, { sku: "asc" }],
        select: {
          id: true,
          sku: true,
          size: true,
          colour: true,
          priceCents: true,
          stock: true,
          active: true,
          version: true,
        },
      },
      images: {
        orderBy: { position: "asc" },
        select: { id: true, url: true, alt: true, width: true, height: true, position: true, version: true },
      },
      stockAdjustments: {
        orderBy: [{ at: "desc" }, { id: "desc" }],
        take: 50,
        select: {
          id: true,
          at: true,
          delta: true,
          stockAfter: true,
          reason: true,
          note: true,
          variant: { select: { sku: true } },
          actor: { select: { name: true, email: true } },
        },
      },
    },
  });
}
