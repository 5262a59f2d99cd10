import type { Db } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/generated/prisma/client";

/**
 * An order as its owner may see it: a guest owns the orders placed from their cart (signed cookie);
 * a customer will own the orders of their account. Anyone else gets null (shown as a 404).
 */
export async function getOwnedOrder(db: Db, orderId: string, owner: { cartId: string | null; userId?: string | null }) {
  const ownership = [
    ...(owner.cartId ? [{ cartId: owner.cartId }] : []),
    ...(owner.userId ? [{ userId: owner.userId }] : []),
  ];
  if (ownership.length === 0 || !/^[a-z0-9]{10,40}$/.test(orderId)) return null;
  return db.order.findFirst({
    where: { id: orderId, OR: ownership },
    include: { lines: true, addresses: true },
  });
}

/** How many orders are in this state (the back office's first figures). */
export async function countOrdersWithStatus(db: Db, status: OrderStatus): Promise<number> {
  return db.order.count({ where: { status } });
}
