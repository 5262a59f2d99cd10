import { describe, expect, test } from "vitest";
import { migrationSql } from "../helpers/test-db";

describe("committed migrations", () => {
  test("no SQL comment contains a semicolon (Prisma's migration runner splits scripts on them)", () => {
    for (const sql of migrationSql()) {
      const offending = sql.split("\n").filter((line) => /^\s*--.*;/.test(line));
      expect(offending).toEqual([]);
    }
  });
});
