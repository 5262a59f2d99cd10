// Stock adjustments of the back office: a quantity received, damaged, recounted or returned, with a reason and an
// optional note, recorded (StockAdjustment) and audited. Stock never goes below zero: the change is one
// conditional UPDATE (and a CHECK constraint backs it), so an adjustment racing a sale cannot overdraw it.
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { assertAdmin } from "../access";
import { recordAudit, type AuditActor } from "../audit";
import { MAX_STOCK, type StockAdjustmentInput } from "./schemas";
import { categoryChainSlugs, storefrontPaths } from "./storefront-paths";

export async function adjustStock(
  db: Db,
  viewer: AuditActor,
  input: StockAdjustmentInput,
  now: Date,
): Promise<{ stockAfter: number; paths: string[] }> {
  assertAdmin(viewer);
  const variantId = input.variantId || null;
  return db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({
      where: { id: input.productId },
      select: { slug: true, categoryId: true },
    });
    if (!product) throw new DomainError("notFound");
    // Only what is there can be taken away (stock >= -delta), and an entry cannot take the stock above MAX_STOCK
    // (nor the column past its integer range: a database error): both checked by the update itself.
    const enough = input.delta < 0 ? { gte: -input.delta } : { lte: MAX_STOCK - input.delta };
    const refused = () =>
      input.delta < 0
        ? new DomainError("stockNegative", { field: "delta" })
        : new DomainError("stockTooHigh", { field: "delta" });
    if (variantId) {
      const variant = await tx.productVariant.findFirst({
        where: { id: variantId, productId: input.productId },
        select: { id: true },
      });
      if (!variant) throw new DomainError("notFound", { field: "variantId" });
      const { count } = await tx.productVariant.updateMany({
        where: { id: variantId, stock: enough },
        data: { stock: { increment: input.delta } },
      });
      if (count === 0) throw refused();
    } else {
      const { count } = await tx.product.updateMany({
        where: { id: input.productId, stock: enough },
        data: { stock: { increment: input.delta } },
      });
      if (count === 0) throw refused();
    }
    const current = variantId
      ? await tx.productVariant.findUniqueOrThrow({ where: { id: variantId }, select: { stock: true } })
      : await tx.product.findUniqueOrThrow({ where: { id: input.productId }, select: { stock: true } });
    await tx.stockAdjustment.create({
      data: {
        productId: input.productId,
        variantId,
        delta: input.delta,
        stockAfter: current.stock,
        reason: input.reason,
        note: input.note || null,
        actorId: viewer.id,
        at: now,
      },
    });
    // The note may name a person (a return): only the figures go to the audit log.
    await recordAudit(tx, viewer, {
      action: variantId ? "productVariant.adjustStock" : "product.adjustStock",
      target: variantId ? { type: "productVariant", id: variantId } : { type: "product", id: input.productId },
      before: { stock: current.stock - input.delta },
      after: { stock: current.stock },
      at: now,
    });
    const categorySlugs = await categoryChainSlugs(tx, product.categoryId);
    return { stockAfter: current.stock, paths: storefrontPaths({ productSlugs: [product.slug], categorySlugs }) };
  });
}
