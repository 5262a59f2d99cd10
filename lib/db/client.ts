// Builds a PrismaClient for a database target. Production and the embedded database both go through
// @prisma/adapter-pg (the embedded PGlite is served over the Postgres protocol). Tests open an
// in-process PGlite in tests/helpers/test-db.ts: its adapter is a dev dependency, so nothing under
// lib/ may import it (a production install has no dev dependencies).
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { resolveConnectionString, resolveDatabaseTarget } from "./connection";

export type Db = PrismaClient;

/** The embedded server runs one query at a time: a small pool per process is plenty. */
const EMBEDDED_POOL_SIZE = 4;

export function createDb(databaseUrl: string | undefined = process.env.DATABASE_URL): Db {
  const target = resolveDatabaseTarget(databaseUrl);
  if (target.kind === "memory") {
    throw new Error("pglite:memory is for tests only: they open it with createTestDb() (tests/helpers/test-db.ts).");
  }
  const max = target.kind === "embedded" ? EMBEDDED_POOL_SIZE : Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: lazyPgAdapter(() => resolveConnectionString(databaseUrl), max) });
}

// The embedded server may have to be started first, which is asynchronous, while PrismaClient wants
// its adapter at construction: connect on first query instead.
function lazyPgAdapter(connectionString: () => Promise<string>, max: number): SqlDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return new PrismaPg({ connectionString: await connectionString(), max }).connect();
    },
  };
}

/** A client inside an interactive transaction; domain functions that must run atomically take one. */
export type Tx = Prisma.TransactionClient;
