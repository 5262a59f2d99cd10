// The back office's home: the figures an admin checks first (takings, orders, stock, what waits for an
// answer, e-mails that do not leave). Admins only, like every data function of lib/admin/.
import type { Db } from "@/lib/db/client";
import { OrderStatus } from "@/lib/generated/prisma/client";
import { addDays, shopDay, type ShopDay } from "@/lib/jobs/shop-day";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { assertAdmin, type Viewer } from "./access";
import { countPendingTestimonials } from "./testimonials";

/** At or below this many items in stock, a product or variant is listed as low (and restocked in time). */
export const LOW_STOCK_THRESHOLD = 3;
/** The low-stock items listed on the dashboard, lowest stock first; the total says how many there are. */
export const LOW_STOCK_SHOWN = 20;
/** The takings' longer period, in shop days, today included. */
export const REVENUE_DAYS = 30;
/** A pending e-mail due for longer than this means delivery is stuck (it is retried every minute). */
export const OUTBOX_OVERDUE_MINUTES = 15;

const DAY_MS = 86_400_000;

/** Takings of a period: orders paid in it and refunds made in it, in cents; demo orders are counted apart. */
export type Takings = { paidCents: number; paidOrders: number; refundedCents: number; demoOrders: number };

export type LowStockItem = {
  productId: string;
  slug: string;
  /** the product's name per language, as stored */
  name: unknown;
  /** a variant's SKU, size and colour code; null for a product without variants */
  variant: { sku: string; size: string | null; colour: string | null } | null;
  stock: number;
};

export type AdminDashboard = {
  /** the shop day the figures are for */
  today: ShopDay;
  takings: { today: Takings; lastDays: Takings };
  ordersByStatus: Record<OrderStatus, number>;
  lowStock: { items: LowStockItem[]; total: number };
  /** testimonials waiting in the moderation queue (P21) */
  pendingTestimonials: number;
  /** open contact messages: questions, and privacy requests (access, deletion) from guests */
  openQuestions: number;
  openPrivacyRequests: number;
  outbox: { pending: number; failed: number; overdue: number };
};

export async function readAdminDashboard(db: Db, viewer: Viewer, now: Date): Promise<AdminDashboard> {
  assertAdmin(viewer);
  const today = shopDay(now);
  const [takings, ordersByStatus, lowStock, pendingTestimonials, contact, outbox] = await Promise.all([
    readTakings(db, today, now),
    countOrdersByStatus(db),
    listLowStock(db),
    countPendingTestimonials(db, viewer),
    countOpenContactMessages(db),
    readOutboxHealth(db, now),
  ]);
  return { today, takings, ordersByStatus, lowStock, pendingTestimonials, ...contact, outbox };
}

type DayRow = { day: string; cents: bigint; orders: bigint; demo: bigint };

/**
 * Takings of today and of the last REVENUE_DAYS shop days (Europe/Paris): an order counts on the day it was
 * paid, whatever it became since; a refund on the day it was made, once the provider confirmed it. Demo orders
 * took no money.
 */
async function readTakings(db: Db, today: ShopDay, now: Date): Promise<{ today: Takings; lastDays: Takings }> {
  // Wide enough to hold the first of the shop days whatever the offset; the days are then cut exactly.
  const since = new Date(now.getTime() - (REVENUE_DAYS + 1) * DAY_MS);
  const [paid, refunded] = await Promise.all([
    db.$queryRaw<DayRow[]>`
      SELECT to_char(("paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${SHOP_TIME_ZONE}::text, 'YYYY-MM-DD') AS day,
             COALESCE(SUM("totalCents") FILTER (WHERE NOT "isDemo"), 0)::int8 AS cents,
             (count(*) FILTER (WHERE NOT "isDemo"))::int8 AS orders,
             (count(*) FILTER (WHERE "isDemo"))::int8 AS demo
      FROM "Order"
      WHERE "paidAt" >= ${since} AND "paidAt" <= ${now}
      GROUP BY 1`,
    db.$queryRaw<Omit<DayRow, "orders" | "demo">[]>`
      SELECT to_char((r."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${SHOP_TIME_ZONE}::text, 'YYYY-MM-DD') AS day,
             COALESCE(SUM(r."amountCents"), 0)::int8 AS cents
      FROM "Refund" r JOIN "Order" o ON o.id = r."orderId"
      WHERE r."createdAt" >= ${since} AND r."createdAt" <= ${now} AND NOT o."isDemo" AND r.status = 'succeeded'
      GROUP BY 1`,
  ]);
  const sum = (from: ShopDay): Takings => {
    const inPeriod = <T extends { day: string }>(rows: T[]) => rows.filter((row) => row.day >= from);
    const total = <T>(rows: T[], field: (row: T) => bigint) => rows.reduce((acc, row) => acc + Number(field(row)), 0);
    return {
      paidCents: total(inPeriod(paid), (row) => row.cents),
      paidOrders: total(inPeriod(paid), (row) => row.orders),
      refundedCents: total(inPeriod(refunded), (row) => row.cents),
      demoOrders: total(inPeriod(paid), (row) => row.demo),
    };
  };
  return { today: sum(today), lastDays: sum(addDays(today, -(REVENUE_DAYS - 1))) };
}

async function countOrdersByStatus(db: Db): Promise<Record<OrderStatus, number>> {
  const groups = await db.order.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(Object.values(OrderStatus).map((status) => [status, 0])) as Record<
    OrderStatus,
    number
  >;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/**
 * Products and variants on sale with LOW_STOCK_THRESHOLD items or fewer. A product with variants is sold by
 * variant, so its own stock column means nothing: only its active variants are listed.
 */
async function listLowStock(db: Db): Promise<{ items: LowStockItem[]; total: number }> {
  const variantWhere = { active: true, stock: { lte: LOW_STOCK_THRESHOLD }, product: { active: true } };
  const productWhere = { active: true, stock: { lte: LOW_STOCK_THRESHOLD }, variants: { none: {} } };
  const productSelect = { id: true, slug: true, name: true } as const;
  const [variants, products, variantTotal, productTotal] = await Promise.all([
    db.productVariant.findMany({
      where: variantWhere,
      orderBy: [{ stock: "asc" }, { sku: "asc" }],
      take: LOW_STOCK_SHOWN,
      select: { sku: true, size: true, colour: true, stock: true, product: { select: productSelect } },
    }),
    db.product.findMany({
      where: productWhere,
      orderBy: [{ stock: "asc" }, { slug: "asc" }],
      take: LOW_STOCK_SHOWN,
      select: { ...productSelect, stock: true },
    }),
    db.productVariant.count({ where: variantWhere }),
    db.product.count({ where: productWhere }),
  ]);
  const items: LowStockItem[] = [
    ...variants.map(({ product, stock, ...variant }) => ({
      productId: product.id,
      slug: product.slug,
      name: product.name,
      variant,
      stock,
    })),
    ...products.map(({ id, slug, name, stock }) => ({ productId: id, slug, name, variant: null, stock })),
  ];
  items.sort((a, b) => a.stock - b.stock || a.slug.localeCompare(b.slug));
  return { items: items.slice(0, LOW_STOCK_SHOWN), total: variantTotal + productTotal };
}

async function countOpenContactMessages(db: Db): Promise<{ openQuestions: number; openPrivacyRequests: number }> {
  const groups = await db.contactMessage.groupBy({ by: ["kind"], where: { status: "open" }, _count: { _all: true } });
  const count = (kinds: string[]) =>
    groups.filter((group) => kinds.includes(group.kind)).reduce((sum, group) => sum + group._count._all, 0);
  return { openQuestions: count(["question"]), openPrivacyRequests: count(["privacyAccess", "privacyDeletion"]) };
}

async function readOutboxHealth(db: Db, now: Date): Promise<AdminDashboard["outbox"]> {
  const overdueSince = new Date(now.getTime() - OUTBOX_OVERDUE_MINUTES * 60_000);
  const [pending, failed, overdue] = await Promise.all([
    db.emailOutbox.count({ where: { status: "pending" } }),
    db.emailOutbox.count({ where: { status: "failed" } }),
    db.emailOutbox.count({ where: { status: "pending", nextAttemptAt: { lt: overdueSince } } }),
  ]);
  return { pending, failed, overdue };
}
