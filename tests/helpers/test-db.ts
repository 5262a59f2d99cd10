// Each test file gets its own database: a fresh in-memory PGlite with every committed migration
// applied (the same SQL `prisma migrate deploy` runs), or, when TEST_DATABASE_URL names a PostgreSQL
// server, a fresh schema on it (.ci/run does this once to prove the queries on real PostgreSQL).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
// A dev dependency: tests only, never imported under lib/ (a production install does not have it).
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export type TestDb = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };
/** onQuery sees the text of every SQL statement the client sends (tests/integration/listing-queries.test.ts). */
export type TestDbOptions = { onQuery?: (sql: string) => void };

export function migrationSql(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"));
}

export async function createTestDb(options: TestDbOptions = {}): Promise<TestDb> {
  const postgresUrl = process.env.TEST_DATABASE_URL;
  return postgresUrl ? createPostgresTestDb(postgresUrl, options) : createPgliteTestDb(options);
}

/** A client on the adapter; with onQuery, one that reports each statement it sends. */
function newClient(adapter: PrismaPg | PrismaPGlite, { onQuery }: TestDbOptions): Db {
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", (event) => onQuery(event.query));
  return client as unknown as Db;
}

async function createPgliteTestDb(options: TestDbOptions): Promise<TestDb> {
  const pglite = await PGlite.create({ extensions: { unaccent } });
  for (const sql of migrationSql()) await pglite.exec(sql);
  const db = newClient(new PrismaPGlite(pglite), options);
  return {
    db,
    kind: "pglite",
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}

// A private schema per test file: files run in parallel against one server without seeing each other.
// The unaccent extension lives in "public", created there by `prisma migrate deploy` (.ci/run).
async function createPostgresTestDb(url: string, testOptions: TestDbOptions): Promise<TestDb> {
  const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const options = `-c search_path=${schema},public`;
  const client = new pg.Client({ connectionString: url, options });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
    for (const sql of migrationSql()) {
      await client.query(
        sql
          .replace('CREATE SCHEMA IF NOT EXISTS "public";', "")
          .replace("CREATE EXTENSION IF NOT EXISTS unaccent;", ""),
      );
    }
  } finally {
    await client.end();
  }
  const db = newClient(new PrismaPg({ connectionString: url, options }, { schema }), testOptions);
  return {
    db,
    kind: "postgres",
    close: async () => {
      await db.$executeRawUnsafe(`DROP SCHEMA "${schema}" CASCADE`);
      await db.$disconnect();
    },
  };
}
