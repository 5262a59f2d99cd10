// What must be true of the database and of the mail provider after a load, whatever happened during it.
import type { Db } from "@/lib/db/client";
import type { RecordedEmailRequest } from "../fakes/resend";
import type { LoadProduct } from "./load";

export type Check = { name: string; ok: boolean; detail: string };

export const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });

/** Stock of each product or variant, keyed "productId/variantId". */
export async function stockOf(db: Db, products: LoadProduct[]): Promise<Map<string, number>> {
  const stock = new Map<string, number>();
  for (const product of products) {
    const row = product.variantId
      ? await db.productVariant.findUniqueOrThrow({ where: { id: product.variantId }, select: { stock: true } })
      : await db.product.findUniqueOrThrow({ where: { id: product.productId }, select: { stock: true } });
    stock.set(keyOf(product), row.stock);
  }
  return stock;
}

const keyOf = (product: { productId: string | null; variantId: string | null }) =>
  `${product.productId}/${product.variantId}`;

/**
 * The orders, stock and e-mails agree: every order the shop confirmed to a shopper exists and is paid, no
 * order exists that nobody was told of unless it never got paid, stock is what it was less what the orders
 * still hold, every order is whole, and every paid order has one confirmation in the outbox and was sent
 * once by the provider.
 */
export async function checkConsistency(
  db: Db,
  options: {
    label: string;
    confirmedOrderIds: string[];
    products: LoadProduct[];
    initialStock: Map<string, number>;
    emailRequests: RecordedEmailRequest[];
  },
): Promise<Check[]> {
  const { label } = options;
  const orders = await db.order.findMany({
    include: { lines: true, addresses: true },
  });
  const byId = new Map(orders.map((order) => [order.id, order]));
  const confirmed = new Set(options.confirmedOrderIds);
  const checks: Check[] = [];

  const missing = [...confirmed].filter((id) => byId.get(id)?.status !== "paid");
  checks.push(
    check(
      `${label}: every order confirmed to a shopper exists and is paid (none lost)`,
      missing.length === 0 && confirmed.size === options.confirmedOrderIds.length,
      `${confirmed.size} confirmed, ${missing.length} missing or unpaid, ${options.confirmedOrderIds.length - confirmed.size} confirmed twice`,
    ),
  );
  const unannounced = orders.filter((order) => order.status !== "cancelled" && !confirmed.has(order.id));
  checks.push(
    check(
      `${label}: no paid order that no shopper was told of (none doubled)`,
      unannounced.every((order) => order.status === "pending"),
      `${orders.length} orders in the database; ${unannounced.length} not confirmed to anyone: ${tally(unannounced.map((o) => o.status))}`,
    ),
  );

  const broken = orders.filter(
    (order) =>
      order.lines.length === 0 ||
      order.addresses.length === 0 ||
      order.lines.reduce((sum, line) => sum + line.lineTotalCents, 0) !== order.subtotalCents ||
      order.subtotalCents + order.shippingCents !== order.totalCents,
  );
  checks.push(
    check(
      `${label}: every order is whole (lines, address, totals)`,
      broken.length === 0,
      `${broken.length} of ${orders.length} incomplete`,
    ),
  );

  const held = new Map<string, number>();
  for (const order of orders) {
    if (order.status === "cancelled" || order.status === "refunded") continue;
    for (const line of order.lines) held.set(keyOf(line), (held.get(keyOf(line)) ?? 0) + line.quantity);
  }
  const finalStock = await stockOf(db, options.products);
  const wrongStock = options.products.filter((product) => {
    const key = keyOf(product);
    return finalStock.get(key) !== options.initialStock.get(key)! - (held.get(key) ?? 0) || finalStock.get(key)! < 0;
  });
  const sold = [...held.values()].reduce((sum, quantity) => sum + quantity, 0);
  checks.push(
    check(
      `${label}: stock is exact (initial − what the orders hold, never below 0)`,
      wrongStock.length === 0,
      `${sold} units held by orders over ${options.products.length} products; ${wrongStock.length} with a wrong stock`,
    ),
  );

  const paid = orders.filter((order) => order.status === "paid");
  const outbox = await db.emailOutbox.findMany({
    where: { key: { startsWith: "order-confirmation:" } },
    select: { key: true, status: true },
  });
  const outboxKeys = new Map(outbox.map((email) => [email.key, email.status]));
  const accepted = new Map<string, number>();
  for (const request of options.emailRequests) {
    if (request.status === 200 && request.idempotencyKey?.startsWith("order-confirmation:")) {
      accepted.set(request.idempotencyKey, (accepted.get(request.idempotencyKey) ?? 0) + 1);
    }
  }
  const unsent = paid.filter((order) => outboxKeys.get(`order-confirmation:${order.id}`) !== "sent");
  const notOnce = paid.filter((order) => accepted.get(`order-confirmation:${order.id}`) !== 1);
  const strays = outbox.filter((email) => !paid.some((order) => email.key === `order-confirmation:${order.id}`));
  checks.push(
    check(
      `${label}: every paid order has exactly one confirmation e-mail, sent once`,
      unsent.length === 0 && notOnce.length === 0 && strays.length === 0,
      `${paid.length} paid orders, ${outbox.length} confirmations in the outbox, ${unsent.length} not sent, ` +
        `${notOnce.length} not accepted exactly once by the provider, ${strays.length} for an unpaid order`,
    ),
  );
  return checks;
}

/** "3 paid, 1 pending": how many times each value occurs, in order of first appearance. */
export function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${count} ${value}`).join(", ") || "none";
}
