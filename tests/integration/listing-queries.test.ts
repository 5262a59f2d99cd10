// A product listing costs at most two SQL statements whatever its page size (issue 13): the page of products
// with prices and stock in one, their first images in another (or the count, past the last page). Counted on
// the statements the client really sends, on the demo catalogue (48 products with images and variants).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_LISTING, type ListingParams } from "@/lib/catalogue/listing-params";
import { listProducts } from "@/lib/catalogue/products";
import { searchProducts } from "@/lib/catalogue/search";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { ListingPage } from "@/lib/catalogue/types";
import type { Db } from "@/lib/db/client";
import { categories } from "@/prisma/seed-data/categories";
import { products } from "@/prisma/seed-data/products";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let statements: string[] = [];
let everyCategoryId: string[];

beforeAll(async () => {
  testDb = await createTestDb({ onQuery: (sql) => statements.push(sql) });
  db = testDb.db;
  await seedCatalogue(db, { categories, products });
  everyCategoryId = (await db.category.findMany({ select: { id: true } })).map((category) => category.id);
});
afterAll(() => testDb.close());

/** The listing and the number of statements it sent. */
async function counted(list: () => Promise<ListingPage>): Promise<{ page: ListingPage; queries: number }> {
  statements = [];
  const page = await list();
  return { page, queries: statements.length };
}

const listings: [string, (params: ListingParams, pageSize: number) => Promise<ListingPage>][] = [
  ["category", (params, size) => listProducts(db, { categoryIds: everyCategoryId }, params, "fr", size)],
  ["search", (params, size) => searchProducts(db, "e", "fr", params, size)],
  ["home (featured)", (params, size) => listProducts(db, { featuredOnly: true }, params, "fr", size)],
];

describe.each(listings)("the %s listing", (_name, list) => {
  test("runs at most two queries, the same number for 1, 12 and 48 products a page", async () => {
    const bySize = new Map<number, { page: ListingPage; queries: number }>();
    for (const size of [1, 12, 48]) bySize.set(size, await counted(() => list(DEFAULT_LISTING, size)));

    // The largest page really shows more products, each with its image: an N+1 would show here.
    const largest = bySize.get(48)!.page.items;
    expect(largest.length).toBeGreaterThan(bySize.get(1)!.page.items.length);
    expect(largest.every((item) => item.image !== null)).toBe(true);
    const counts = [...bySize.values()].map(({ queries }) => queries);
    expect(counts.every((count) => count === counts[0])).toBe(true);
    expect(counts[0]).toBeGreaterThan(0); // the counter sees the statements
    expect(counts[0]).toBeLessThanOrEqual(2);
  });

  test("a page past the last one runs at most two queries too", async () => {
    const { page, queries } = await counted(() => list({ ...DEFAULT_LISTING, page: 999 }, 12));
    expect(page.items).toEqual([]);
    expect(page.total).toBeGreaterThan(0);
    expect(queries).toBeLessThanOrEqual(2);
  });
});
