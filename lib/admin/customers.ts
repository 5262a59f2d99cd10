// Customers in the back office: search accounts by e-mail or name, and a customer's profile (account, orders,
// consents, subscriptions, testimonials). Admins only, like every data function of lib/admin/. Exporting and
// erasing a customer (P14) are in ./customer-privacy.ts; guests found by e-mail in ./customer-guest.ts.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPreferencesState, type PreferencesState } from "@/lib/accounts/preferences";
import { subscriptionsOf, type SubscriptionView } from "@/lib/newsletter/subscriptions";
import { ordersOfUserWhere } from "@/lib/privacy/export";
import { assertAdmin, type Viewer } from "./access";
import {
  defineTable,
  pageCount,
  parseTableParams,
  skipFor,
  type RawSearchParams,
  type TableParams,
} from "./table-params";
import { listTestimonialsOfCustomer, type ModerationRow } from "./testimonials";

export const CUSTOMERS_PAGE_SIZE = 25;
/** A customer's orders listed on the profile, newest first (each links to the order's page). */
export const CUSTOMER_ORDERS_SHOWN = 50;

export const CUSTOMERS_TABLE = defineTable({
  sorts: { createdAt: "desc", lastActiveAt: "desc", email: "asc" },
  defaultSort: "createdAt",
  filters: {
    q: z.string().trim().min(1).max(200),
    role: z.enum(["customer", "admin"]),
  },
});
export type CustomersTableParams = TableParams<
  "createdAt" | "lastActiveAt" | "email",
  (typeof CUSTOMERS_TABLE)["filters"]
>;

export function parseCustomersParams(searchParams: RawSearchParams): CustomersTableParams {
  return parseTableParams(CUSTOMERS_TABLE, searchParams);
}

export type CustomerListRow = {
  id: string;
  email: string;
  name: string | null;
  role: "customer" | "admin";
  createdAt: Date;
  lastActiveAt: Date;
  emailVerified: Date | null;
};

/** LIKE's own wildcards typed in a search are searched for, not used as wildcards. */
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

const SORT_COLUMNS = { createdAt: `"createdAt"`, lastActiveAt: `"lastActiveAt"`, email: `lower(email)` } as const;

/**
 * One page of accounts, optionally matching a search on the e-mail or the name, whatever the case and the
 * accents ("helene" finds "Hélène"), with the total for paging. A page past the end shows the last one.
 */
export async function searchCustomers(
  db: Db,
  viewer: Viewer,
  params: CustomersTableParams,
): Promise<{ rows: CustomerListRow[]; total: number; page: number }> {
  assertAdmin(viewer);
  const { q, role } = params.filters;
  const pattern = q ? `%${escapeLike(q)}%` : null;
  // Built from fixed fragments only; the values are bound parameters.
  const where = `WHERE ($1::text IS NULL OR unaccent(lower(email)) LIKE unaccent(lower($1))
      OR unaccent(lower(coalesce(name, ''))) LIKE unaccent(lower($1)))
    AND ($2::text IS NULL OR role::text = $2)`;
  const [counted] = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "User" ${where}`,
    pattern,
    role ?? null,
  );
  const n = counted?.n ?? 0;
  const page = Math.min(params.page, pageCount(n, CUSTOMERS_PAGE_SIZE));
  const direction = params.direction === "asc" ? "ASC" : "DESC";
  const ids = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM "User" ${where} ORDER BY ${SORT_COLUMNS[params.sort]} ${direction}, id ${direction}
     LIMIT ${CUSTOMERS_PAGE_SIZE} OFFSET ${skipFor(page, CUSTOMERS_PAGE_SIZE)}`,
    pattern,
    role ?? null,
  );
  const rows = await db.user.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: { id: true, email: true, name: true, role: true, createdAt: true, lastActiveAt: true, emailVerified: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return { rows: ids.map(({ id }) => byId.get(id)).filter((row) => row !== undefined), total: n, page };
}

export type CustomerProfile = {
  account: {
    id: string;
    email: string;
    name: string | null;
    phone: string | null;
    locale: string;
    role: "customer" | "admin";
    emailVerified: Date | null;
    createdAt: Date;
    lastActiveAt: Date;
    /** the most recent activity of any of its signed-in browsers */
    lastSeenAt: Date | null;
    organizations: { name: string; role: string }[];
  };
  orders: {
    id: string;
    number: string;
    status: string;
    totalCents: number;
    currency: string;
    createdAt: Date;
    isDemo: boolean;
    /** placed signed out with the account's address (counted once the address is verified) */
    asGuest: boolean;
  }[];
  ordersTotal: number;
  /** P4, P6, P7: what the customer chose about the use of their data */
  consents: { recordInterests: boolean; lists: PreferencesState };
  subscriptions: (SubscriptionView & { createdAt: Date; confirmedAt: Date | null; unsubscribedAt: Date | null })[];
  testimonials: ModerationRow[];
};

/** A customer's profile, or null when there is no such account. */
export async function getCustomerProfile(db: Db, viewer: Viewer, userId: string): Promise<CustomerProfile | null> {
  assertAdmin(viewer);
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      phone: true,
      locale: true,
      role: true,
      emailVerified: true,
      createdAt: true,
      lastActiveAt: true,
      recordInterests: true,
      memberships: { select: { role: true, organization: { select: { name: true } } } },
    },
  });
  if (!user) return null;
  // The same orders as the customer's own export (lib/privacy/export.ts).
  const ordersWhere: Prisma.OrderWhereInput = ordersOfUserWhere(user);
  const [orders, ordersTotal, lastSession, lists, subscriptionViews, testimonials] = await Promise.all([
    db.order.findMany({
      where: ordersWhere,
      orderBy: { createdAt: "desc" },
      take: CUSTOMER_ORDERS_SHOWN,
      select: {
        id: true,
        number: true,
        status: true,
        totalCents: true,
        currency: true,
        createdAt: true,
        isDemo: true,
        userId: true,
      },
    }),
    db.order.count({ where: ordersWhere }),
    db.userSession.findFirst({ where: { userId }, orderBy: { lastSeenAt: "desc" }, select: { lastSeenAt: true } }),
    getPreferencesState(db, userId),
    subscriptionsOf(db, userId),
    listTestimonialsOfCustomer(db, viewer, userId),
  ]);
  const dates = await db.newsletterSubscription.findMany({
    where: { id: { in: subscriptionViews.map((s) => s.id) } },
    select: { id: true, createdAt: true, confirmedAt: true, unsubscribedAt: true },
  });
  const datesById = new Map(dates.map(({ id, ...rest }) => [id, rest]));
  const { memberships, recordInterests, ...account } = user;
  return {
    account: {
      ...account,
      lastSeenAt: lastSession?.lastSeenAt ?? null,
      organizations: memberships.map((m) => ({ name: m.organization.name, role: m.role })),
    },
    orders: orders.map(({ userId: owner, ...order }) => ({ ...order, asGuest: owner !== user.id })),
    ordersTotal,
    consents: { recordInterests, lists },
    // Those of the account's rule (lib/newsletter/subscriptions.ts), with their dates.
    subscriptions: subscriptionViews.flatMap((s) => {
      const dated = datesById.get(s.id);
      return dated ? [{ ...s, ...dated }] : [];
    }),
    testimonials,
  };
}
