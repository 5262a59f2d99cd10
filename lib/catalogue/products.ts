import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { toCategoryView } from "./categories";
import { PAGE_SIZE, type ListingParams } from "./listing-params";
import type { ImageView, ListingPage, ProductCard, ProductDetail } from "./types";

/** Per product: lowest/highest price and stock over its active variants, or its own when it has none. */
const PRICED_PRODUCTS = Prisma.sql`
  SELECT p.id, p.slug, p.name, p.featured, p."createdAt", p."categoryId",
         p."searchFr", p."searchEn",
         COALESCE(v.min_price, p."priceCents") AS from_price,
         COALESCE(v.max_price, p."priceCents") AS to_price,
         CASE WHEN v.variant_count > 0 THEN v.stock ELSE p.stock END AS total_stock
  FROM "Product" p
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS variant_count,
           min(COALESCE(pv."priceCents", p."priceCents"))::int AS min_price,
           max(COALESCE(pv."priceCents", p."priceCents"))::int AS max_price,
           COALESCE(sum(GREATEST(pv.stock, 0)), 0)::int AS stock
    FROM "ProductVariant" pv
    WHERE pv."productId" = p.id AND pv.active
  ) v ON true
  WHERE p.active`;

type ListingRow = {
  id: string;
  slug: string;
  name: unknown;
  from_price: number;
  to_price: number;
  total_stock: number;
  total: number;
};

export type ListingQuery = {
  /** only products in these categories (a category and its descendants) */
  categoryIds?: string[];
  /** an already-built tsquery match condition (see search.ts) */
  match?: Prisma.Sql;
  /** ordering for `match` results (relevance) */
  rank?: Prisma.Sql;
  featuredOnly?: boolean;
};

export async function listProducts(
  db: Db,
  query: ListingQuery,
  params: ListingParams,
  locale: Locale,
  pageSize: number = PAGE_SIZE,
): Promise<ListingPage> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.categoryIds) conditions.push(Prisma.sql`"categoryId" = ANY(${query.categoryIds})`);
  if (query.match) conditions.push(query.match);
  if (query.featuredOnly) conditions.push(Prisma.sql`featured`);
  if (params.inStock) conditions.push(Prisma.sql`total_stock > 0`);
  if (params.minPrice !== undefined) conditions.push(Prisma.sql`to_price >= ${params.minPrice * 100}`);
  if (params.maxPrice !== undefined) conditions.push(Prisma.sql`from_price <= ${params.maxPrice * 100}`);

  const rows = await db.$queryRaw<ListingRow[]>`
    SELECT id, slug, name, from_price, to_price, total_stock, (count(*) OVER ())::int AS total
    FROM (${PRICED_PRODUCTS}) AS priced
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${orderBy(params, query.rank)}
    LIMIT ${pageSize} OFFSET ${(params.page - 1) * pageSize}`;

  const total = rows[0]?.total ?? (params.page > 1 ? await countOnly(db, conditions) : 0);
  const images = await firstImages(
    db,
    rows.map((row) => row.id),
    locale,
  );
  return {
    items: rows.map((row): ProductCard => ({
      id: row.id,
      slug: row.slug,
      name: localize(row.name, locale),
      fromPriceCents: row.from_price,
      hasPriceRange: row.to_price !== row.from_price,
      inStock: row.total_stock > 0,
      image: images.get(row.id) ?? null,
    })),
    total,
    page: params.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

function orderBy(params: ListingParams, rank?: Prisma.Sql): Prisma.Sql {
  switch (params.sort) {
    case "price-asc":
      return Prisma.sql`from_price ASC, slug ASC`;
    case "price-desc":
      return Prisma.sql`from_price DESC, slug ASC`;
    case "newest":
      return Prisma.sql`"createdAt" DESC, slug ASC`;
    case "featured":
      return rank ? Prisma.sql`${rank} DESC, slug ASC` : Prisma.sql`featured DESC, "createdAt" DESC, slug ASC`;
  }
}

/** A page past the end has no rows to carry the window count. */
async function countOnly(db: Db, conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (${PRICED_PRODUCTS}) AS priced
    WHERE ${Prisma.join(conditions, " AND ")}`;
  return row?.total ?? 0;
}

async function firstImages(db: Db, productIds: string[], locale: Locale): Promise<Map<string, ImageView>> {
  if (productIds.length === 0) return new Map();
  const images = await db.productImage.findMany({
    where: { productId: { in: productIds } },
    orderBy: { position: "asc" },
    distinct: ["productId"],
  });
  return new Map(images.map((image) => [image.productId, toImageView(image, locale)]));
}

function toImageView(image: { url: string; alt: unknown; width: number; height: number }, locale: Locale): ImageView {
  return { url: image.url, alt: localize(image.alt, locale), width: image.width, height: image.height };
}

export async function getProductDetail(db: Db, slug: string, locale: Locale): Promise<ProductDetail | null> {
  const product = await db.product.findFirst({
    where: { slug, active: true },
    include: {
      category: true,
      images: { orderBy: { position: "asc" } },
      variants: { where: { active: true }, orderBy: [{ position: "asc" }, { sku: "asc" }] },
    },
  });
  if (!product) return null;

  const breadcrumb = [];
  for (let category: typeof product.category | null = product.category; category;) {
    breadcrumb.unshift(toCategoryView(category, locale));
    category = category.parentId ? await db.category.findUnique({ where: { id: category.parentId } }) : null;
  }

  return {
    id: product.id,
    slug: product.slug,
    name: localize(product.name, locale),
    description: localize(product.description, locale),
    priceCents: product.priceCents,
    vatRateBp: product.vatRateBp,
    stock: Math.max(product.stock, 0),
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
    category: toCategoryView(product.category, locale),
    breadcrumb,
    images: product.images.map((image) => toImageView(image, locale)),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      size: variant.size,
      colour: variant.colour,
      priceCents: variant.priceCents ?? product.priceCents,
      stock: Math.max(variant.stock, 0),
    })),
  };
}

/** Active product slugs, for prerendering product pages. */
export async function listProductSlugs(db: Db): Promise<string[]> {
  const rows = await db.product.findMany({ where: { active: true }, select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.map((row) => row.slug);
}
