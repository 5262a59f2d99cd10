import { describe, expect, test } from "vitest";
import { categoryViewPath, listingFromView } from "@/lib/catalogue/category-view";
import { DEFAULT_LISTING, MAX_PAGE, parseListingParams, serializeListingParams } from "@/lib/catalogue/listing-params";

describe("listing query parameters", () => {
  test("valid values are read", () => {
    expect(parseListingParams(new URLSearchParams("sort=price-asc&page=3&min=10&max=50&instock=1"))).toEqual({
      sort: "price-asc",
      page: 3,
      minPrice: 10,
      maxPrice: 50,
      inStock: true,
    });
  });

  test.each([
    ["page=-1", DEFAULT_LISTING],
    ["page=0", DEFAULT_LISTING],
    ["page=abc", DEFAULT_LISTING],
    ["page=1e3", DEFAULT_LISTING],
    ["page=2.5", DEFAULT_LISTING],
    ["price=abc&min=abc&max=-3", DEFAULT_LISTING],
    ["sort=drop table", DEFAULT_LISTING],
    ["sort=price-asc'--", DEFAULT_LISTING],
    ["instock=yes please", DEFAULT_LISTING],
  ])("malformed %s is ignored", (query, expected) => {
    expect(parseListingParams(new URLSearchParams(query))).toEqual(expected);
  });

  test("out-of-range values are clamped, a reversed range is swapped", () => {
    expect(parseListingParams({ page: "999999999" }).page).toBe(MAX_PAGE);
    expect(parseListingParams({ min: "999999999" }).minPrice).toBe(100_000);
    expect(parseListingParams({ min: "80", max: "20" })).toMatchObject({ minPrice: 20, maxPrice: 80 });
    expect(parseListingParams({ min: "0" }).minPrice).toBeUndefined();
  });

  test("repeated parameters take the first value", () => {
    expect(parseListingParams({ sort: ["newest", "price-asc"] }).sort).toBe("newest");
  });

  test("serialization is canonical and round-trips", () => {
    const params = parseListingParams({ instock: "on", page: "2", max: "40", sort: "newest" });
    expect(serializeListingParams(params)).toBe("sort=newest&max=40&instock=1&page=2");
    expect(parseListingParams(new URLSearchParams(serializeListingParams(params)))).toEqual(params);
    expect(serializeListingParams(DEFAULT_LISTING)).toBe("");
  });
});

describe("category view rewrite", () => {
  test("a category URL with a query maps to one canonical internal path", () => {
    expect(categoryViewPath("/fr/category/cuisine", new URLSearchParams("page=2&sort=newest&utm=x"))).toBe(
      "/fr/category/cuisine/sort%3Dnewest%26page%3D2",
    );
    expect(listingFromView(["sort%3Dnewest%26page%3D2"])).toMatchObject({ sort: "newest", page: 2 });
    expect(listingFromView(["sort=newest&page=2"])).toMatchObject({ sort: "newest", page: 2 });
  });

  test("nothing to rewrite for defaults, junk, other pages or unknown locales", () => {
    expect(categoryViewPath("/fr/category/cuisine", new URLSearchParams("page=-1&sort=drop"))).toBeNull();
    expect(categoryViewPath("/fr/product/x", new URLSearchParams("page=2"))).toBeNull();
    expect(categoryViewPath("/de/category/x", new URLSearchParams("page=2"))).toBeNull();
    expect(categoryViewPath("/fr/category/../../etc", new URLSearchParams("page=2"))).toBeNull();
  });

  test("an internal path with extra segments or bad encoding is not a listing", () => {
    expect(listingFromView(["a", "b"])).toBeNull();
    expect(listingFromView(["%E0%A4%A"])).toEqual(DEFAULT_LISTING);
    expect(listingFromView(undefined)).toEqual(DEFAULT_LISTING);
  });
});
