import fs from "node:fs";
import path from "node:path";
import type { Db } from "./client";

/** Whether the database answers a trivial query. */
export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

/**
 * The migrations this build of the shop expects: the folders of prisma/migrations (shipped beside the server, which
 * `prisma migrate deploy` needs too), in order; none when the folder is missing.
 * (The turbopackIgnore comments: a path from process.cwd() would make the build trace the whole project into the
 * standalone output; next.config.ts ships prisma/migrations with /api/ready instead.)
 */
export function expectedMigrations(directory = path.join(process.cwd(), "prisma", "migrations")): string[] {
  if (!fs.existsSync(/* turbopackIgnore: true */ directory)) return [];
  return fs
    .readdirSync(/* turbopackIgnore: true */ directory, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() &&
        fs.existsSync(/* turbopackIgnore: true */ path.join(directory, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort();
}

export type Readiness =
  | { ready: true }
  | {
      ready: false;
      reason: "database unreachable" | "migrations pending" | "migration unfinished";
      migrations?: string[];
    };

/**
 * Ready to serve: the database answers and every migration of this build is applied, none half-done (a deploy
 * whose `prisma migrate deploy` has not run, or failed, is not sent traffic).
 */
export async function checkReadiness(db: Db, expected: string[]): Promise<Readiness> {
  let applied: { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[];
  try {
    applied = await db.$queryRaw`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`;
  } catch {
    return (await isDatabaseReachable(db))
      ? { ready: false, reason: "migrations pending", migrations: expected }
      : { ready: false, reason: "database unreachable" };
  }
  // Started and neither finished nor rolled back: failed, or still running in another process.
  const unfinished = applied.filter((row) => row.finished_at === null && row.rolled_back_at === null);
  if (unfinished.length > 0)
    return { ready: false, reason: "migration unfinished", migrations: unfinished.map((row) => row.migration_name) };
  const done = new Set(applied.filter((row) => row.finished_at !== null).map((row) => row.migration_name));
  const pending = expected.filter((name) => !done.has(name));
  return pending.length > 0 ? { ready: false, reason: "migrations pending", migrations: pending } : { ready: true };
}
