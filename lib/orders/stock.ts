// Stock moves. A decrement is a conditional update (stock >= quantity) so that concurrent checkouts can
// never sell more than there is; a CHECK constraint in the database backs it up.
import type { Tx } from "@/lib/db/client";

export type StockItem = { productId: string; variantId: string | null; quantity: number };

export class OutOfStockError extends Error {
  constructor(readonly item: StockItem) {
    super(`Not enough stock for ${item.variantId ?? item.productId}`);
  }
}

/**
 * The items in the one order every transaction locks stock rows in (products without variants, then variants,
 * each by id). Two checkouts taking the same items in their carts' orders (A then B, B then A) would each
 * hold one row and wait for the other's: PostgreSQL then kills one of them as a deadlock.
 */
export function inLockOrder<T extends { productId: string | null; variantId: string | null }>(items: T[]): T[] {
  const key = (item: T) => (item.variantId ? `v:${item.variantId}` : `p:${item.productId}`);
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
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
