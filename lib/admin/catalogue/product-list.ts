// The products table of the back office: search by name (French or English) or SKU, filter by category and
// status, sort by name, price, stock or last change, paginated; every option in the URL (table-params.ts).
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { assertAdmin, type Viewer } from "../access";
import {
  defineTable,
  pageCount,
  parseTableParams,
  skipFor,
  type RawSearchParams,
  type TableParams,
} from "../table-params";

export const PRODUCTS_PAGE_SIZE = 25;

export const PRODUCT_TABLE = defineTable({
  sorts: { name: "asc", price: "asc", stock: "asc", updated: "desc" },
  defaultSort: "updated",
  filters: {
    q: z.string().trim().min(1).max(100),
    category: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    status: z.enum(["active", "archived"]),
  },
});
export type ProductTableParams = TableParams<"name" | "price" | "stock" | "updated", (typeof PRODUCT_TABLE)["filters"]>;

export function parseProductTableParams(searchParams: RawSearchParams): ProductTableParams {
  return parseTableParams(PRODUCT_TABLE, searchParams);
}

export type ProductRow = {
  id: string;
  slug: string;
  name: string;
  categoryName: string;
  priceCents: number;
  /** the product's own stock, or the sum over its variants when it has any */
  stock: number;
  variantCount: number;
  active: boolean;
  featured: boolean;
  updatedAt: Date;
};

type RawRow = {
  id: string;
  slug: string;
  name: unknown;
  category_name: unknown;
  price_cents: number;
  stock: number;
  variant_count: number;
  active: boolean;
  featured: boolean;
  updated_at: Date;
};

/** "%" and "_" typed in the search box are searched for, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

export async function listAdminProducts(
  db: Db,
  viewer: Viewer,
  params: ProductTableParams,
  locale: Locale,
): Promise<{ rows: ProductRow[]; total: number; page: number }> {
  assertAdmin(viewer);
  const { q, category, status } = params.filters;
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (q) {
    const pattern = likePattern(q);
    conditions.push(Prisma.sql`(p.name->>'fr' ILIKE ${pattern} OR p.name->>'en' ILIKE ${pattern} OR p.slug ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "ProductVariant" sv WHERE sv."productId" = p.id AND sv.sku ILIKE ${pattern}))`);
  }
  if (category) conditions.push(Prisma.sql`p."categoryId" = ${category}`);
  if (status) conditions.push(Prisma.sql`p.active = ${status === "active"}`);
  const direction = params.direction === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const nameKey = locale === "en" ? Prisma.sql`'en'` : Prisma.sql`'fr'`;
  const order = {
    name: Prisma.sql`lower(p.name->>${nameKey}) ${direction}`,
    price: Prisma.sql`p."priceCents" ${direction}`,
    stock: Prisma.sql`stock ${direction}`,
    updated: Prisma.sql`p."updatedAt" ${direction}`,
  }[params.sort];
  const where = Prisma.join(conditions, " AND ");

  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM "Product" p WHERE ${where}`;
  const total = counted?.total ?? 0;
  const page = Math.min(params.page, pageCount(total, PRODUCTS_PAGE_SIZE));
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT p.id, p.slug, p.name, c.name AS category_name, p."priceCents" AS price_cents,
           CASE WHEN v.variant_count > 0 THEN v.stock ELSE p.stock END AS stock,
           v.variant_count, p.active, p.featured, p."updatedAt" AS updated_at
    FROM "Product" p
    JOIN "Category" c ON c.id = p."categoryId"
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS variant_count, COALESCE(sum(pv.stock), 0)::int AS stock
      FROM "ProductVariant" pv WHERE pv."productId" = p.id
    ) v ON true
    WHERE ${where}
    ORDER BY ${order}, p.id ASC
    LIMIT ${PRODUCTS_PAGE_SIZE} OFFSET ${skipFor(page, PRODUCTS_PAGE_SIZE)}`;

  return {
    rows: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: localize(row.name, locale),
      categoryName: localize(row.category_name, locale),
      priceCents: row.price_cents,
      stock: row.stock,
      variantCount: row.variant_count,
      active: row.active,
      featured: row.featured,
      updatedAt: row.updated_at,
    })),
    total,
    page,
  };
}
