// Which database a process talks to, chosen by DATABASE_URL (see docs/decisions/0001-embedded-pglite-server.md):
//   unset, "" or "pglite:<dir>" -> embedded PGlite in <dir> (default .data/pglite), served to every process
//                                  of the shop by one local server so that the app, the seed, the CLI
//                                  and build workers all see the same rows;
//   "pglite:memory"             -> a private in-memory PGlite (tests only);
//   "postgres://" / "postgresql://" -> PostgreSQL.
import path from "node:path";
import { ensureEmbeddedServer } from "./embedded-server";

export const DEFAULT_EMBEDDED_DIR = ".data/pglite";

export type DatabaseTarget = { kind: "embedded"; dir: string } | { kind: "memory" } | { kind: "postgres"; url: string };

export function resolveDatabaseTarget(databaseUrl: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const value = databaseUrl?.trim() ?? "";
  if (value === "") return { kind: "embedded", dir: path.resolve(cwd, DEFAULT_EMBEDDED_DIR) };
  if (value.startsWith("pglite:")) {
    const location = value.slice("pglite:".length).replace(/^\/\/(?=\/)/, "");
    if (location === "memory") return { kind: "memory" };
    return { kind: "embedded", dir: path.resolve(cwd, location || DEFAULT_EMBEDDED_DIR) };
  }
  if (/^postgres(ql)?:\/\/[^\s]+$/.test(value)) return { kind: "postgres", url: value };
  throw new Error(
    `DATABASE_URL must be empty, "pglite:<directory>", "pglite:memory" or a postgres:// URL; got "${redact(value)}".`,
  );
}

/** A Postgres connection string for the target, starting the embedded server when needed. */
export async function resolveConnectionString(databaseUrl: string | undefined): Promise<string> {
  const target = resolveDatabaseTarget(databaseUrl);
  switch (target.kind) {
    case "postgres":
      return target.url;
    case "embedded":
      return ensureEmbeddedServer(target.dir);
    case "memory":
      throw new Error("pglite:memory is private to one process and has no connection string.");
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
