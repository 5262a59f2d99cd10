// Back-office tables read their page, sort and filters from the URL: whatever a hand-edited or stale address
// holds, the table falls back to its defaults instead of an error page, and its links keep the rest.
import { describe, expect, test } from "vitest";
import { z } from "zod";
import {
  defineTable,
  MAX_PAGE,
  pageCount,
  parseTableParams,
  skipFor,
  sortHref,
  tableHref,
  visiblePages,
} from "@/lib/admin/table-params";

const messages = defineTable({
  sorts: { createdAt: "desc", email: "asc" },
  defaultSort: "createdAt",
  filters: {
    status: z.enum(["open", "answered"]),
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    kind: z.enum(["question", "privacy"]).default("question"),
  },
});

const parse = (query: string) => parseTableParams(messages, new URLSearchParams(query));

describe("parseTableParams", () => {
  test("an empty address gives the table's defaults", () => {
    expect(parse("")).toEqual({
      page: 1,
      sort: "createdAt",
      direction: "desc",
      filters: { status: undefined, from: undefined, kind: "question" },
      query: {},
    });
  });

  test("accepted values are read, each column's own default direction applies when none is given", () => {
    const params = parse("status=answered&from=2026-11-01&kind=privacy&sort=email&page=3");
    expect(params).toMatchObject({
      page: 3,
      sort: "email",
      direction: "asc",
      filters: { status: "answered", from: "2026-11-01", kind: "privacy" },
    });
    expect(parse("sort=email&dir=desc").direction).toBe("desc");
  });

  test.each([
    ["page=0", 1],
    ["page=-2", 1],
    ["page=2.5", 1],
    ["page=abc", 1],
    [`page=${MAX_PAGE + 1}`, 1],
    ["page=99999999999999999999", 1],
    [`page=${MAX_PAGE}`, MAX_PAGE],
    ["page=%20", 1],
  ])("page: %s reads as %s", (query, page) => {
    expect(parse(query).page).toBe(page);
  });

  test("an unknown sort, a bad direction or a prototype key fall back to the defaults", () => {
    expect(parse("sort=passwordHash&dir=sideways")).toMatchObject({ sort: "createdAt", direction: "desc" });
    expect(parse("sort=constructor")).toMatchObject({ sort: "createdAt" });
    expect(parse("sort=__proto__&dir=asc")).toMatchObject({ sort: "createdAt", direction: "asc" });
  });

  test("a refused filter is dropped on its own; the others, and a schema's default, stay", () => {
    const params = parse("status=deleted&from=2026-11-01&kind=spam");
    expect(params.filters).toEqual({ status: undefined, from: "2026-11-01", kind: "question" });
    expect(params.query).toEqual({ from: "2026-11-01" });
  });

  test("an empty field of a filter form means no filter; a repeated parameter counts once (the first)", () => {
    expect(parse("status=&from=").filters).toMatchObject({ status: undefined, from: undefined });
    expect(parseTableParams(messages, { status: ["open", "answered"] }).filters.status).toBe("open");
  });

  test("reads the plain object Next.js gives a page as well as URLSearchParams", () => {
    const params = parseTableParams(messages, { sort: "email", page: "2", status: "open", other: undefined });
    expect(params).toMatchObject({ page: 2, sort: "email", direction: "asc", filters: { status: "open" } });
  });

  test("a filter named like the table's own parameters is refused when the table is declared", () => {
    expect(() => defineTable({ sorts: { a: "asc" }, defaultSort: "a", filters: { page: z.string() } })).toThrow(/page/);
  });
});

describe("links", () => {
  test("the canonical query leaves defaults out and keeps parameters the table does not own", () => {
    const params = parse("page=1&sort=createdAt&dir=desc&status=open&tab=inbox");
    expect(params.query).toEqual({ tab: "inbox", status: "open" });
    expect(tableHref("/admin/contact", messages, params, {})).toBe("/admin/contact?tab=inbox&status=open");
  });

  test("changing the page keeps the sort and the filters", () => {
    const params = parse("status=open&sort=email&dir=desc&page=2");
    const href = tableHref("/admin/contact", messages, params, { page: 3 });
    expect(Object.fromEntries(new URL(href, "http://x").searchParams)).toEqual({
      status: "open",
      sort: "email",
      dir: "desc",
      page: "3",
    });
  });

  test("a new filter or sort starts again at page 1; a removed filter disappears from the address", () => {
    const params = parse("status=open&from=2026-11-01&page=4");
    expect(tableHref("/a", messages, params, { filters: { status: "answered" } })).toBe(
      "/a?status=answered&from=2026-11-01",
    );
    expect(tableHref("/a", messages, params, { filters: { from: undefined } })).toBe("/a?status=open");
    expect(tableHref("/a", messages, params, { sort: "email" })).toBe("/a?status=open&from=2026-11-01&sort=email");
  });

  test("a refused value is not carried into the links", () => {
    const params = parse("status=deleted&page=nope&sort=evil");
    expect(tableHref("/a", messages, params, { page: 2 })).toBe("/a?page=2");
  });

  test("a column header sorts by its column in its own direction, then the other way round", () => {
    const byDate = parse("");
    expect(sortHref("/a", messages, byDate, "email")).toBe("/a?sort=email");
    expect(sortHref("/a", messages, byDate, "createdAt")).toBe("/a?sort=createdAt&dir=asc");
    const byEmail = parse("sort=email&page=5");
    expect(sortHref("/a", messages, byEmail, "email")).toBe("/a?sort=email&dir=desc");
  });
});

describe("pages", () => {
  test("page count, rows to skip, and the page numbers linked", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
    expect(skipFor(3, 50)).toBe(100);
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(1, 4)).toEqual([1, 2, 3, 4]);
    expect(visiblePages(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(visiblePages(12, 12)).toEqual([1, null, 10, 11, 12]);
  });
});
