// P19: each search is counted once, without identity, whether its page is rendered or comes from the cache
// (docs/decisions/0013-search.md). proxy.ts does, for every request, what these tests do: route the request with
// routeSearchRequest and hand its countedQuery to countSearchInBackground, before any cache is consulted.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { routeSearchRequest } from "@/lib/catalogue/search-view";
import type { Db } from "@/lib/db/client";
import { logger } from "@/lib/logs/logger";
import { countSearchInBackground } from "@/lib/logs/search-counts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-12-01T10:00:00Z");
const root = path.resolve(import.meta.dirname, "../..");

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());

/** What proxy.ts does with one request; returns where the page is served from. */
async function serve(url: string, headers: Record<string, string> = {}): Promise<string | null> {
  const { pathname, searchParams } = new URL(url, "http://shop.test");
  const search = routeSearchRequest({ method: "GET", pathname, searchParams, headers: new Headers(headers) });
  if (search?.countedQuery) await countSearchInBackground(db, search.countedQuery, now);
  return search?.internalPath ?? null;
}

const countOf = async (query: string) => (await db.searchQueryCount.findFirst({ where: { query } }))?.count ?? 0;

describe("search counts with cached results", () => {
  test("P19: a search served from the cache is counted on every request, its later pages are not", async () => {
    // The first request renders the cached page, the next two are served from it: all three are counted.
    for (let i = 0; i < 3; i++) expect(await serve("/fr/search?q=Drap%20LIN")).toBe("/fr/search/_44rap_20_4c_49_4e/1");
    expect(await serve("/fr/search?q=Drap%20LIN&page=2")).toBe("/fr/search/_44rap_20_4c_49_4e/2");
    await serve("/fr/search?q=drap%20lin", { "next-router-prefetch": "1" });
    expect(await countOf("drap lin")).toBe(3);
    expect((await db.searchQueryCount.findMany()).map((row) => Object.keys(row).sort())).toEqual([
      ["count", "day", "query"],
    ]);
  });

  test("P19: searches served by the dynamic page (over-long queries) are counted the same way", async () => {
    expect(await serve(`/en/search?q=${"linen ".repeat(1700)}`)).toBeNull();
    expect(await countOf(Array(8).fill("linen").join(" "))).toBe(1);
  });

  test("P19: the pages count nothing themselves, so a search rendered for the cache is not counted twice", () => {
    const routeDir = path.join(root, "app/[locale]/(shop)/search");
    const files = fs.readdirSync(routeDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".tsx"));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      expect(fs.readFileSync(path.join(routeDir, file), "utf8"), file).not.toMatch(/search-counts|countSearch/);
    }
    const proxy = fs.readFileSync(path.join(root, "proxy.ts"), "utf8");
    expect(proxy).toMatch(/routeSearchRequest\(/);
    expect(proxy).toMatch(/event\.waitUntil\(countSearchInBackground\(db, search\.countedQuery/);
  });

  test("a failed count is logged without the words and never thrown", async () => {
    const broken = {
      searchQueryCount: { upsert: () => Promise.reject(new TypeError("connection lost")) },
    } as unknown as Db;
    // Only this exact line may be logged: the error's kind, never the words or the error's message.
    const levels = ["error", "warn", "info", "debug"] as const;
    const spies = levels.map((level) => vi.spyOn(logger, level).mockImplementation(() => undefined));
    try {
      await expect(countSearchInBackground(broken, "secret words", now)).resolves.toBeUndefined();
      expect(spies.flatMap((spy) => spy.mock.calls)).toEqual([
        [{ error: { type: "TypeError" } }, "search count failed"],
      ]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
