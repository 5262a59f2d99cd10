import "server-only";
import { createDb, type Db } from "./client";

// One client per server process; kept on globalThis so that dev hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { plusuiteDb?: Db };

export const db: Db = globalForDb.plusuiteDb ?? createDb();
if (process.env.NODE_ENV !== "production") globalForDb.plusuiteDb = db;

export type { Db };
