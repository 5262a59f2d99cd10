// A day that does not exist in the admin's policy draft form ("2026-13-45") made parseEffectiveDate throw while
// formatting it, a 500 found by tests/e2e/hostile-input.spec.ts: it is refused like any other bad day.
import { describe, expect, it } from "vitest";
import { parseEffectiveDate } from "@/lib/policies/files";

describe("parseEffectiveDate", () => {
  it("refuses days that do not exist instead of throwing", () => {
    for (const value of ["2026-13-45", "2026-00-01", "0000-99-99", "2027-02-30"])
      expect(parseEffectiveDate(value), value).toBeNull();
  });

  it("still reads a real day as midnight in Paris", () => {
    expect(parseEffectiveDate("2027-01-15")?.toISOString()).toBe("2027-01-14T23:00:00.000Z");
  });
});
