// Page, sort, direction and filters of a back-office table, read from the URL (?sort=createdAt&dir=asc&page=2&status=open)
// so that a table works without JavaScript and a link or a bookmark shows the same rows. Each table declares what it
// accepts; anything else (a hand-edited value, an old link) falls back to the default: never an error page.
import type { z } from "zod";

export type Direction = "asc" | "desc";

/** What a page receives as searchParams, or a URLSearchParams. */
export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Each filter reads the query parameter of its key: the raw string, or undefined when absent or empty. */
export type FilterSchemas = Record<string, z.ZodType>;

export type TableSpec<S extends string, F extends FilterSchemas> = {
  /** the sortable columns, each with the direction a first click on its header sorts in */
  sorts: Record<S, Direction>;
  defaultSort: S;
  filters: F;
};

export type TableParams<S extends string, F extends FilterSchemas> = {
  page: number;
  sort: S;
  direction: Direction;
  /** each filter's parsed value; undefined when absent or refused (unless its schema has a default) */
  filters: { [K in keyof F]: z.output<F[K]> | undefined };
  /** the query the links of the page start from: the accepted values, canonical, plus other parameters untouched */
  query: Record<string, string>;
};

/** Beyond this a page number is refused (page 1): an enormous OFFSET only costs the database. */
export const MAX_PAGE = 10_000;

const RESERVED = new Set(["page", "sort", "dir"]);

/** Declares a table's URL parameters; a filter named like a reserved parameter is a programming error. */
export function defineTable<S extends string, F extends FilterSchemas>(
  // The sortable columns are the keys of `sorts`; the default must be one of them.
  spec: { sorts: Record<S, Direction>; defaultSort: NoInfer<S>; filters: F },
): TableSpec<S, F> {
  const clash = Object.keys(spec.filters).find((key) => RESERVED.has(key));
  if (clash) throw new Error(`A table filter cannot be named "${clash}" (page, sort and dir are the table's own).`);
  return spec;
}

/** The first value of a parameter; an empty string (a filter form sent with a blank field) counts as absent. */
function first(raw: RawSearchParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined || single.trim() === "" ? undefined : single;
}

function keysOf(raw: RawSearchParams): string[] {
  return raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw);
}

function parsePage(value: string | undefined): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

export function parseTableParams<S extends string, F extends FilterSchemas>(
  spec: TableSpec<S, F>,
  raw: RawSearchParams,
): TableParams<S, F> {
  const sortRaw = first(raw, "sort");
  const sort = sortRaw !== undefined && Object.hasOwn(spec.sorts, sortRaw) ? (sortRaw as S) : spec.defaultSort;
  const dirRaw = first(raw, "dir");
  const direction: Direction = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : spec.sorts[sort];

  const filters = {} as TableParams<S, F>["filters"];
  const accepted: Record<string, string> = {};
  for (const key of Object.keys(spec.filters) as (keyof F & string)[]) {
    const schema = spec.filters[key]!;
    const value = first(raw, key);
    const parsed = schema.safeParse(value);
    if (parsed.success && value !== undefined) accepted[key] = value;
    // A refused value behaves as an absent one: the schema's default if it has one, else no filter.
    const fallback = parsed.success ? parsed : schema.safeParse(undefined);
    filters[key] = (fallback.success ? fallback.data : undefined) as z.output<F[typeof key]> | undefined;
  }

  const params = { page: parsePage(first(raw, "page")), sort, direction, filters, query: {} };
  // Parameters the table does not own (another part of the page) are kept as they came.
  const others: Record<string, string> = {};
  for (const key of keysOf(raw)) {
    const value = first(raw, key);
    if (!RESERVED.has(key) && !Object.hasOwn(spec.filters, key) && value !== undefined) others[key] = value;
  }
  return { ...params, query: { ...others, ...canonical(spec, { ...params, query: accepted }) } };
}

/** The table's own parameters without their defaults, in a fixed order: one address per view. */
function canonical<S extends string, F extends FilterSchemas>(
  spec: TableSpec<S, F>,
  state: Pick<TableParams<S, F>, "page" | "sort" | "direction" | "query">,
): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of Object.keys(spec.filters)) if (state.query[key] !== undefined) query[key] = state.query[key]!;
  if (state.sort !== spec.defaultSort || state.direction !== spec.sorts[state.sort]) query.sort = state.sort;
  if (state.direction !== spec.sorts[state.sort]) query.dir = state.direction;
  if (state.page !== 1) query.page = String(state.page);
  return query;
}

export type TableChange<S extends string> = {
  page?: number;
  sort?: S;
  direction?: Direction;
  /** a raw value to set, or undefined to remove the filter */
  filters?: Record<string, string | undefined>;
};

/** The address of the same table with some parameters changed; a new sort or filter starts again at page 1. */
export function tableHref<S extends string, F extends FilterSchemas>(
  pathname: string,
  spec: TableSpec<S, F>,
  params: TableParams<S, F>,
  change: TableChange<S>,
): string {
  const query: Record<string, string> = { ...params.query };
  for (const [key, value] of Object.entries(change.filters ?? {})) {
    if (value === undefined || value === "") delete query[key];
    else query[key] = value;
  }
  const sort = change.sort ?? params.sort;
  const direction = change.direction ?? (change.sort ? spec.sorts[change.sort] : params.direction);
  const restart = change.sort !== undefined || change.direction !== undefined || change.filters !== undefined;
  const page = change.page ?? (restart ? 1 : params.page);
  for (const key of RESERVED) delete query[key];
  const own = canonical(spec, { page, sort, direction, query });
  const search = new URLSearchParams({ ...query, ...own }).toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Where a column header leads: that column sorted, or the other way round if it already is. */
export function sortHref<S extends string, F extends FilterSchemas>(
  pathname: string,
  spec: TableSpec<S, F>,
  params: TableParams<S, F>,
  column: S,
): string {
  const direction = column === params.sort ? (params.direction === "asc" ? "desc" : "asc") : spec.sorts[column];
  return tableHref(pathname, spec, params, { sort: column, direction });
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Rows to skip for the current page (Prisma's `skip`). */
export function skipFor(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** Pages linked on each side of the current one; the first and the last are always linked. */
const NEIGHBOURS = 2;

/** The page numbers a pagination links, with null where a run of pages is left out. */
export function visiblePages(current: number, last: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= last; page++) {
    if (page === 1 || page === last || Math.abs(page - current) <= NEIGHBOURS) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
