import path from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_EMBEDDED_DIR, resolveDatabaseTarget } from "@/lib/db/connection";
import { connectionStringFor } from "@/lib/db/embedded-server";

const cwd = "/srv/shop";

describe("adapter selection from DATABASE_URL", () => {
  test("unset or empty: the embedded PGlite under .data/", () => {
    for (const value of [undefined, "", "   "]) {
      expect(resolveDatabaseTarget(value, cwd)).toEqual({
        kind: "embedded",
        dir: path.join(cwd, DEFAULT_EMBEDDED_DIR),
      });
    }
  });

  test("pglite:<dir> picks the embedded PGlite in that directory; pglite:memory an in-process one", () => {
    expect(resolveDatabaseTarget("pglite:.data/e2e", cwd)).toEqual({ kind: "embedded", dir: "/srv/shop/.data/e2e" });
    expect(resolveDatabaseTarget("pglite:///var/lib/shop", cwd)).toEqual({ kind: "embedded", dir: "/var/lib/shop" });
    expect(resolveDatabaseTarget("pglite:", cwd)).toEqual({ kind: "embedded", dir: "/srv/shop/.data/pglite" });
    expect(resolveDatabaseTarget("pglite:memory", cwd)).toEqual({ kind: "memory" });
  });

  test("postgres:// and postgresql:// go to PostgreSQL", () => {
    for (const url of ["postgres://u:p@db:5432/shop", "postgresql://localhost/shop?sslmode=require"]) {
      expect(resolveDatabaseTarget(url, cwd)).toEqual({ kind: "postgres", url });
    }
  });

  test("anything else is refused with a message that hides the password", () => {
    expect(() => resolveDatabaseTarget("mysql://root:hunter2@db/shop", cwd)).toThrow(/DATABASE_URL must be/);
    expect(() => resolveDatabaseTarget("mysql://root:hunter2@db/shop", cwd)).not.toThrow(/hunter2/);
    expect(() => resolveDatabaseTarget("file:./dev.db", cwd)).toThrow();
  });

  test("the embedded server is reached over loopback only", () => {
    expect(connectionStringFor(5433)).toBe("postgresql://postgres:postgres@127.0.0.1:5433/postgres?sslmode=disable");
  });
});
