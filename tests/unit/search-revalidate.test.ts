// A catalogue edit from the back office reaches cached search results (docs/decisions/0013-search.md): the
// revalidation helper names the search route's pattern, and that pattern is a real route of the app.
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test, vi } from "vitest";

const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const { revalidateStorefront, revalidateWholeStorefront } = await import("@/lib/admin/catalogue/revalidate");
const { SEARCH_RESULTS_ROUTE } = await import("@/lib/catalogue/search-view");

const root = path.resolve(import.meta.dirname, "../..");

beforeEach(() => revalidatePath.mockClear());

describe("catalogue edits and cached searches", () => {
  test("a product edit revalidates its pages and every cached search page", () => {
    revalidateStorefront(["/en/product/drap-lin", "/fr/product/drap-lin"]);
    expect(revalidatePath.mock.calls).toEqual([
      ["/en/product/drap-lin"],
      ["/fr/product/drap-lin"],
      ["/[locale]/(shop)/search/[key]/[page]", "page"],
    ]);
  });

  test("the pattern revalidated is the cached search page's route, which has a revalidate of its own", () => {
    const file = path.join(root, "app", SEARCH_RESULTS_ROUTE, "page.tsx");
    expect(fs.existsSync(file), file).toBe(true);
    expect(fs.readFileSync(file, "utf8")).toMatch(/^export const revalidate = \d+;$/m);
  });

  test("a category edit revalidates the locale layout, above the search pages too", () => {
    revalidateWholeStorefront();
    expect(revalidatePath.mock.calls).toEqual([["/[locale]", "layout"]]);
    expect(SEARCH_RESULTS_ROUTE.startsWith("/[locale]/")).toBe(true);
  });
});
