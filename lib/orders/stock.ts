// Stock moves. A decrement is a conditional update (stock >= quantity) so that concurrent checkouts can
// never sell more than there is; a CHECK constraint in the database backs it up.
import type { Tx } from "@/lib/db/client";

export type StockItem = { productId: string; variantId: string | null; quantity: number };

export class OutOfStockError extends Error {
  constructor(readonly item: StockItem) {
    super(`Not enough stock for ${item.variantId ?? item.productId}`);
  }
}

export async function takeStock(tx: Tx, item: StockItem): Promise<void> {
  const updated = item.variantId
    ? await tx.$executeRaw`UPDATE "ProductVariant" SET stock = stock - ${item.quantity}
        WHERE id = ${item.variantId} AND "productId" = ${item.productId} AND active AND stock >= ${item.quantity}`
    : await tx.$executeRaw`UPDATE "Product" SET stock = stock - ${item.quantity}
        WHERE id = ${item.productId} AND active AND stock >= ${item.quantity}`;
  if (updated !== 1) throw new OutOfStockError(item);
}

export async function returnStock(tx: Tx, item: StockItem): Promise<void> {
  if (item.variantId) {
    await tx.$executeRaw`UPDATE "ProductVariant" SET stock = stock + ${item.quantity} WHERE id = ${item.variantId}`;
  } else {
    await tx.$executeRaw`UPDATE "Product" SET stock = stock + ${item.quantity} WHERE id = ${item.productId}`;
  }
}
