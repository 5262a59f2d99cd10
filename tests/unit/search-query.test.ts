import { describe, expect, test } from "vitest";
import { MAX_QUERY_LENGTH, normalizeSearchQuery, toPrefixTsquery } from "@/lib/catalogue/search";

describe("search query", () => {
  test("words become prefix terms joined by AND", () => {
    expect(toPrefixTsquery("Lin lavé")).toBe("lin:* & lavé:*");
    expect(toPrefixTsquery("  théière   en fonte ")).toBe("théière:* & en:* & fonte:*");
  });

  test("operators and quotes never reach to_tsquery", () => {
    expect(toPrefixTsquery('\'; DROP TABLE "Product"; --')).toBe("drop:* & table:* & product:*");
    expect(toPrefixTsquery("a & !b | c:* <-> (d)")).toBe("a:* & b:* & c:* & d:*");
    expect(toPrefixTsquery(".*+?^$()[]{}|\\")).toBeNull();
    expect(toPrefixTsquery("")).toBeNull();
  });

  test("length is bounded: 10,000 characters give at most 8 terms of 40", () => {
    const query = toPrefixTsquery("mot ".repeat(2_500))!;
    expect(query.split(" & ")).toHaveLength(8);
    expect(toPrefixTsquery("x".repeat(10_000))).toBe(`${"x".repeat(40)}:*`);
  });

  test("the query text shown back is trimmed and bounded", () => {
    expect(normalizeSearchQuery(["  lin ", "other"])).toBe("lin");
    expect(normalizeSearchQuery(undefined)).toBe("");
    expect(normalizeSearchQuery("a".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});
