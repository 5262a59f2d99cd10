// The number of rows of every table of the e2e database (the one the shops use, through the fixtures' client),
// to prove that a refused request wrote nothing: counted before and after, compared table by table. The tables
// are read from the catalogue, so a new table is counted without anyone listing it.
import type { Db } from "@/lib/db/client";

/**
 * Tables that any request may legitimately change, refused or not; everything else must stay as it was.
 * - RequestLog: every request answered is logged (lib/logs/request-log.ts), in batches written after the
 *   response, so a row may land during the next request.
 * - RateLimitWindow, SignInDelay: attempts are counted before the input is parsed (lib/actions/builder.ts:
 *   "floods of garbage count too"), and a failed sign-in sets the next delay; a refusal is what writes them.
 * - AudienceCount, SearchQueryCount: aggregate counters (P19) upserted after the response by the beacon and by
 *   proxy.ts for any search URL, whatever it holds.
 * - JobRun: the in-process jobs (outbox worker, retention) claim their run on a timer, not on a request.
 */
export const TABLES_ANY_REQUEST_MAY_CHANGE = new Set([
  "RequestLog",
  "RateLimitWindow",
  "SignInDelay",
  "AudienceCount",
  "SearchQueryCount",
  "JobRun",
]);

export type RowCounts = Record<string, number>;

let tables: string[] | undefined;

/** Row counts of every table of the schema but Prisma's migration table and the exclusions above. */
export async function countRows(db: Db): Promise<RowCounts> {
  tables ??= (
    await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name::text AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  )
    .map(({ name }) => name)
    .filter((name) => !name.startsWith("_prisma") && !TABLES_ANY_REQUEST_MAY_CHANGE.has(name));
  // One statement: every count is read from the same snapshot.
  const rows = await db.$queryRawUnsafe<{ name: string; count: number }[]>(
    tables.map((name) => `SELECT '${name}' AS name, count(*)::int AS count FROM "${name}"`).join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map(({ name, count }) => [name, count]));
}

/** The tables whose count changed, as "Table: before → after" (empty when nothing did). */
export function changedTables(before: RowCounts, after: RowCounts): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name]} → ${after[name]}`);
}
