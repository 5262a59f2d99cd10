// Order history in "Mon compte" (P4 "order history kept", P13). An account's orders are those placed
// while signed in and, once its address is verified, guest orders placed with that address: the same
// rule as "download my data" (ordersOfUserWhere). Any other order id is treated as not found.
import type { Db, Tx } from "@/lib/db/client";
import { renderConfirmationOfOrder } from "@/lib/email/order-confirmation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ordersOfUserWhere } from "@/lib/privacy/export";
import { readShopContact } from "@/lib/settings/shop-contact";

/** Order ids are cuids: anything else cannot be one of ours (and never reaches a query). */
const ORDER_ID = /^[a-z0-9]{10,40}$/;

async function ownershipOf(db: Db | Tx, userId: string): Promise<Prisma.OrderWhereInput | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, emailVerified: true },
  });
  return user ? ordersOfUserWhere(user) : null;
}

export type AccountOrderSummary = {
  id: string;
  number: string;
  status: "pending" | "paid" | "fulfilled" | "cancelled" | "refunded";
  createdAt: Date;
  totalCents: number;
  itemCount: number;
  isDemo: boolean;
};

/** The account's orders, newest first. */
export async function listAccountOrders(db: Db | Tx, userId: string): Promise<AccountOrderSummary[]> {
  const where = await ownershipOf(db, userId);
  if (!where) return [];
  const orders = await db.order.findMany({
    where,
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      totalCents: true,
      isDemo: true,
      lines: { select: { quantity: true } },
    },
  });
  return orders.map(({ lines, ...order }) => ({
    ...order,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
  }));
}

/** One of the account's orders with its lines, addresses and status history, or null (→ 404). */
export async function getAccountOrder(db: Db | Tx, userId: string, orderId: string) {
  if (!ORDER_ID.test(orderId)) return null;
  const where = await ownershipOf(db, userId);
  if (!where) return null;
  return db.order.findFirst({
    where: { AND: [{ id: orderId }, where] },
    include: {
      lines: true,
      addresses: true,
      events: { orderBy: { createdAt: "asc" } },
      refunds: { where: { status: { not: "failed" } }, orderBy: { createdAt: "asc" } },
    },
  });
}

export type AccountOrder = NonNullable<Awaited<ReturnType<typeof getAccountOrder>>>;

/** A confirmation exists once the order was paid (the e-mail is sent then): before, there is nothing to re-download. */
export function hasConfirmation(order: { paidAt: Date | null }): boolean {
  return order.paidAt !== null;
}

/**
 * The order confirmation again, as the standalone HTML document the e-mail was (P5), in the order's
 * language: its item names and variant labels were recorded in that language. The link in it leads to
 * the order in "Mon compte".
 */
export async function renderConfirmationFile(
  db: Db,
  order: AccountOrder,
  siteUrl: string,
): Promise<{ filename: string; html: string }> {
  const { html } = await renderConfirmationOfOrder(
    order,
    (locale) => `${siteUrl}/${locale}/account/orders/${order.id}`,
    await readShopContact(db),
  );
  // The order number is safe in a header (PS-2026-000042), but keep only those characters anyway.
  return { filename: `${order.number.replace(/[^A-Za-z0-9-]/g, "")}.html`, html };
}
