// The cached search results (docs/decisions/0013-search.md): one internal path per normalized query and page,
// bounded, and what proxy.ts does with each request to /fr/search (lib/catalogue/search-view.ts).
import { describe, expect, test } from "vitest";
import { MAX_QUERY_LENGTH } from "@/lib/catalogue/search";
import { MAX_SEARCH_KEY_LENGTH, routeSearchRequest, searchFromView, searchKey } from "@/lib/catalogue/search-view";

function route(url: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const parsed = new URL(url, "http://shop.test");
  return routeSearchRequest({
    method: init.method ?? "GET",
    pathname: parsed.pathname,
    searchParams: parsed.searchParams,
    headers: new Headers(init.headers),
  });
}

describe("search key", () => {
  test("lower-case letters, digits and dashes stay readable; every other byte is escaped", () => {
    expect(searchKey("lin")).toBe("lin");
    expect(searchKey("Lin blanc")).toBe("_4cin_20blanc");
    expect(searchKey("théière")).toBe("th_c3_a9i_c3_a8re");
    expect(searchKey("../a/b%")).toBe("_2e_2e_2fa_2fb_25");
  });

  test("every query comes back from its key, hostile ones included", () => {
    for (const query of ["lin", "Théière en fonte", "..", "a/b", "100%", "🫖 thé", "x\u0000y\u0007", "'; DROP --"]) {
      expect(searchFromView(searchKey(query), "1")).toEqual({ query, page: 1 });
    }
    expect(searchFromView("lin", "12")).toEqual({ query: "lin", page: 12 });
  });

  test("only the key the proxy would write is served: one cache entry per search", () => {
    expect(searchFromView("_61", "1")).toBeNull(); // "a" spelled the long way
    expect(searchFromView("LIN", "1")).toBeNull();
    expect(searchFromView("_20lin", "1")).toBeNull(); // untrimmed
    expect(searchFromView("lin_2", "1")).toBeNull();
    expect(searchFromView("_ff", "1")).toBeNull(); // not UTF-8
    expect(searchFromView("", "1")).toBeNull();
    expect(searchFromView("x".repeat(MAX_SEARCH_KEY_LENGTH + 1), "1")).toBeNull();
    for (const page of ["0", "01", "1001", "-1", "1.5", "abc"]) expect(searchFromView("lin", page)).toBeNull();
  });
});

describe("routing a request to /fr/search", () => {
  test("a search is served from the cached page of its normalized query, and page 1 is counted", () => {
    expect(route("/fr/search?q=%20Lin%20")).toEqual({ internalPath: "/fr/search/_4cin/1", countedQuery: "Lin" });
    expect(route("/en/search?q=teapot&q=other&utm_source=x")).toEqual({
      internalPath: "/en/search/teapot/1",
      countedQuery: "teapot",
    });
    // Later pages of the same search are not counted again.
    expect(route("/fr/search?q=lin&page=2")).toEqual({ internalPath: "/fr/search/lin/2", countedQuery: null });
    expect(route("/fr/search?q=lin&page=-4")).toEqual({ internalPath: "/fr/search/lin/1", countedQuery: "lin" });
  });

  test("the empty query and over-long ones go to the dynamic page, which keeps its notice", () => {
    expect(route("/fr/search")).toEqual({ internalPath: null, countedQuery: null });
    expect(route("/fr/search?q=%20%20")).toEqual({ internalPath: null, countedQuery: null });
    const long = route(`/en/search?q=${"linen ".repeat(1700)}`);
    expect(long?.internalPath).toBeNull();
    expect(long?.countedQuery).toHaveLength(MAX_QUERY_LENGTH); // as the page shows it
    expect(route(`/fr/search?q=${encodeURIComponent("é".repeat(40))}`)?.internalPath).toBeNull();
  });

  test("prefetches and HEAD requests are served but not counted", () => {
    const cached = { internalPath: "/fr/search/lin/1", countedQuery: null };
    expect(route("/fr/search?q=lin", { headers: { "next-router-prefetch": "1" } })).toEqual(cached);
    expect(route("/fr/search?q=lin", { headers: { "sec-purpose": "prefetch;prerender" } })).toEqual(cached);
    expect(route("/fr/search?q=lin", { method: "HEAD" })).toEqual(cached);
  });

  test("the cached route's own paths are left to its page and not counted; other pages are not searches", () => {
    // Next.js may hand the rewrite back to the proxy as a request of its own: it must pass through as it is.
    expect(route("/fr/search/lin/1")).toBeNull();
    expect(route("/en/search/anything")).toBeNull();
    expect(route("/fr/searching?q=lin")).toBeNull();
    expect(route("/de/search?q=lin")).toBeNull();
    expect(route("/fr/category/cuisine?q=lin")).toBeNull();
  });
});
