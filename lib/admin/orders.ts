// The back office's orders: the list (filter by status, search by number or e-mail, sort by date or total,
// pages in the URL) and one order with everything customer service needs (P5: its contact details and the
// log of contacts made). Admins only, like every data function of lib/admin/.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { OrderStatus, Prisma } from "@/lib/generated/prisma/client";
import { capturedCents } from "@/lib/payments/refunds";
import { assertAdmin, type Viewer } from "./access";
import {
  defineTable,
  pageCount,
  parseTableParams,
  skipFor,
  type RawSearchParams,
  type TableParams,
} from "./table-params";

export const ORDER_STATUSES = [
  "pending",
  "paid",
  "fulfilled",
  "cancelled",
  "refunded",
] as const satisfies readonly OrderStatus[];

export const ORDERS_PAGE_SIZE = 25;

export const ORDERS_TABLE = defineTable({
  sorts: { createdAt: "desc", totalCents: "desc" },
  defaultSort: "createdAt",
  filters: {
    status: z.enum(ORDER_STATUSES),
    q: z.string().trim().min(1).max(100),
  },
});
export type OrdersTableParams = TableParams<"createdAt" | "totalCents", (typeof ORDERS_TABLE)["filters"]>;

export function parseOrdersParams(searchParams: RawSearchParams): OrdersTableParams {
  return parseTableParams(ORDERS_TABLE, searchParams);
}

export type OrderRow = {
  id: string;
  number: string;
  createdAt: Date;
  email: string;
  status: OrderStatus;
  totalCents: number;
  isDemo: boolean;
};

/** One page of orders with the total matching the filters; a page past the end shows the last one. */
export async function listOrders(
  db: Db,
  viewer: Viewer,
  params: OrdersTableParams,
): Promise<{ rows: OrderRow[]; total: number; page: number }> {
  assertAdmin(viewer);
  const { status, q } = params.filters;
  const where: Prisma.OrderWhereInput = {
    status,
    ...(q && {
      OR: [{ number: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }],
    }),
  };
  const total = await db.order.count({ where });
  const page = Math.min(params.page, pageCount(total, ORDERS_PAGE_SIZE));
  const rows = await db.order.findMany({
    where,
    orderBy: [{ [params.sort]: params.direction }, { id: params.direction }],
    skip: skipFor(page, ORDERS_PAGE_SIZE),
    take: ORDERS_PAGE_SIZE,
    select: { id: true, number: true, createdAt: true, email: true, status: true, totalCents: true, isDemo: true },
  });
  return { rows, total, page };
}

const person = { select: { name: true, email: true } } as const;

/** One order as the back office shows it, or null (→ 404). Amounts: captured and still refundable. */
export async function getOrderDetail(db: Db, viewer: Viewer, orderId: string) {
  assertAdmin(viewer);
  if (!/^[a-z0-9]{10,40}$/.test(orderId)) return null;
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      lines: true,
      addresses: true,
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      refunds: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { createdBy: person } },
      contactLogs: { orderBy: [{ at: "desc" }, { id: "desc" }], include: { actor: person } },
    },
  });
  if (!order) return null;
  const captured = capturedCents(order);
  const held = order.refunds
    .filter((refund) => refund.status !== "failed")
    .reduce((sum, refund) => sum + refund.amountCents, 0);
  return { ...order, capturedCents: captured, refundableCents: Math.max(0, captured - held) };
}

export type AdminOrderDetail = NonNullable<Awaited<ReturnType<typeof getOrderDetail>>>;
