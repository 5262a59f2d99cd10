import type { Db } from "@/lib/db/client";

/**
 * An order as its owner may see it: a customer owns the orders of their account; the cart cookie proves
 * ownership of guest orders only (placed signed out from that cart), never of an order placed while signed
 * in, whoever holds the cart now. Anyone else gets null (shown as a 404).
 */
export async function getOwnedOrder(db: Db, orderId: string, owner: { cartId: string | null; userId?: string | null }) {
  const ownership = [
    ...(owner.cartId ? [{ cartId: owner.cartId, userId: null }] : []),
    ...(owner.userId ? [{ userId: owner.userId }] : []),
  ];
  if (ownership.length === 0 || !/^[a-z0-9]{10,40}$/.test(orderId)) return null;
  return db.order.findFirst({
    where: { id: orderId, OR: ownership },
    include: {
      lines: true,
      addresses: true,
      refunds: { where: { status: { not: "failed" } }, orderBy: { createdAt: "asc" } },
    },
  });
}
