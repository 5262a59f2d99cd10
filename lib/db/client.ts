// Builds a PrismaClient for a database target. Production and the embedded database both go through
// @prisma/adapter-pg (the embedded PGlite is served over the Postgres protocol). Tests open an
// in-process PGlite in tests/helpers/test-db.ts: its adapter is a dev dependency, so nothing under
// lib/ may import it (a production install has no dev dependencies).
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { resolveConnectionString, resolveDatabaseTarget } from "./connection";
import { embeddedPoolConfig } from "./embedded-client";

export type Db = PrismaClient;

/** The embedded server runs one query at a time: a small pool per process is plenty. */
const EMBEDDED_POOL_SIZE = 4;
/**
 * PostgreSQL: how long a request may wait for a connection (a new one, or a free one of the pool) before it is
 * answered "unavailable" (lib/db/errors.ts). node-postgres waits forever by default, so a database that stops
 * answering would hang every request.
 */
const CONNECTION_TIMEOUT_MS = 5_000;

export function createDb(databaseUrl: string | undefined = process.env.DATABASE_URL): Db {
  const target = resolveDatabaseTarget(databaseUrl);
  if (target.kind === "memory") {
    throw new Error("pglite:memory is for tests only: they open it with createTestDb() (tests/helpers/test-db.ts).");
  }
  // The embedded server is found (and started if need be) at each new connection, not once: it may be
  // killed or stopped while this process runs, and come back on another port (lib/db/embedded-client.ts).
  if (target.kind === "embedded")
    return new PrismaClient({ adapter: new PrismaPg(embeddedPoolConfig(target.dir, EMBEDDED_POOL_SIZE)) });
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: lazyPgAdapter(() => resolveConnectionString(databaseUrl), max) });
}

// PrismaClient wants its adapter at construction; the connection string is resolved on the first query.
function lazyPgAdapter(connectionString: () => Promise<string>, max: number): SqlDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return new PrismaPg({
        connectionString: await connectionString(),
        max,
        connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
      }).connect();
    },
  };
}

/** A client inside an interactive transaction; domain functions that must run atomically take one. */
export type Tx = Prisma.TransactionClient;
