// Variants of a product in the back office: add one (SKU unique, size, colour code, price override, opening stock)
// and edit one; archiving a variant is unticking "active" (the storefront and carts then treat it as unavailable).
// Stock changes after creation go through lib/admin/catalogue/stock.ts, with a reason. An edit carries the
// variant's version: a form loaded before another admin's save is refused ("staleEdit"), never written over.
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { DomainError } from "@/lib/errors";
import { assertAdmin } from "../access";
import { recordAudit, type AuditActor } from "../audit";
import type { CreateVariantInput, UpdateVariantInput } from "./schemas";
import { categoryChainSlugs, storefrontPaths } from "./storefront-paths";

const AUDITED = { sku: true, priceCents: true, stock: true, active: true } as const;

async function skuRace<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("skuTaken", { field: "sku" });
    throw error;
  }
}

async function refuseTakenSku(tx: Tx, sku: string, variantId: string | null): Promise<void> {
  const row = await tx.productVariant.findUnique({ where: { sku }, select: { id: true } });
  if (row && row.id !== variantId) throw new DomainError("skuTaken", { field: "sku" });
}

/** A variant change touches the product's storefront pages (and bumps its last change). */
async function touchProduct(tx: Tx, productId: string, now: Date): Promise<string[]> {
  const product = await tx.product.update({
    where: { id: productId },
    data: { updatedAt: now },
    select: { slug: true, categoryId: true },
  });
  return storefrontPaths({
    productSlugs: [product.slug],
    categorySlugs: await categoryChainSlugs(tx, product.categoryId),
  });
}

export async function createVariant(
  db: Db,
  viewer: AuditActor,
  input: CreateVariantInput,
  now: Date,
): Promise<{ id: string; sku: string; paths: string[] }> {
  assertAdmin(viewer);
  return skuRace(() =>
    db.$transaction(async (tx) => {
      const product = await tx.product.findUnique({ where: { id: input.productId }, select: { id: true } });
      if (!product) throw new DomainError("notFound");
      await refuseTakenSku(tx, input.sku, null);
      const last = await tx.productVariant.aggregate({ where: { productId: product.id }, _max: { position: true } });
      const variant = await tx.productVariant.create({
        data: {
          productId: product.id,
          sku: input.sku,
          size: input.size || null,
          colour: input.colour || null,
          priceCents: input.price,
          stock: input.stock,
          active: input.active,
          position: (last._max.position ?? -1) + 1,
        },
        select: { id: true, ...AUDITED },
      });
      if (input.stock > 0) {
        await tx.stockAdjustment.create({
          data: {
            productId: product.id,
            variantId: variant.id,
            delta: input.stock,
            stockAfter: input.stock,
            reason: "received",
            actorId: viewer.id,
            at: now,
          },
        });
      }
      await recordAudit(tx, viewer, {
        action: "productVariant.create",
        target: { type: "productVariant", id: variant.id },
        after: variant,
        at: now,
      });
      return { id: variant.id, sku: variant.sku, paths: await touchProduct(tx, product.id, now) };
    }),
  );
}

export async function updateVariant(
  db: Db,
  viewer: AuditActor,
  input: UpdateVariantInput,
  now: Date,
): Promise<{ id: string; sku: string; productId: string; version: number; paths: string[] }> {
  assertAdmin(viewer);
  return skuRace(() =>
    db.$transaction(async (tx) => {
      const before = await tx.productVariant.findUnique({
        where: { id: input.variantId },
        select: { productId: true, version: true, ...AUDITED },
      });
      if (!before) throw new DomainError("notFound");
      if (before.version !== input.version) throw new DomainError("staleEdit");
      await refuseTakenSku(tx, input.sku, input.variantId);
      // Conditional on the version: of two saves racing past the check above, only one matches.
      const { count } = await tx.productVariant.updateMany({
        where: { id: input.variantId, version: input.version },
        data: {
          sku: input.sku,
          size: input.size || null,
          colour: input.colour || null,
          priceCents: input.price,
          active: input.active,
          version: { increment: 1 },
        },
      });
      if (count === 0) throw new DomainError("staleEdit");
      const after = await tx.productVariant.findUniqueOrThrow({ where: { id: input.variantId }, select: AUDITED });
      await recordAudit(tx, viewer, {
        action: "productVariant.update",
        target: { type: "productVariant", id: input.variantId },
        before,
        after,
        at: now,
      });
      const paths = await touchProduct(tx, before.productId, now);
      return { id: input.variantId, sku: after.sku, productId: before.productId, version: input.version + 1, paths };
    }),
  );
}
