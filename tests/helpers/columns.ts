import type { Db } from "@/lib/db/client";

/**
 * The column names of a table in the test's own schema, sorted. Filtered by schema because the PostgreSQL
 * suites give each test file a schema of its own (the same table exists in each); cast to text because
 * information_schema names are of PostgreSQL's "name" type, which Prisma reads only as text.
 */
export async function columnNames(db: Db, table: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT column_name::text AS name FROM information_schema.columns
    WHERE table_name = ${table} AND table_schema = current_schema()`;
  return rows.map((row) => row.name).sort();
}
