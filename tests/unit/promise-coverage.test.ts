import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { PROMISES, PROMISE_THEMES } from "@/lib/promises/promises";
import {
  COVERAGE_FILE,
  PROMISE_IDS,
  collectPromiseCoverage,
  coverageJson,
  testTitles,
} from "@/scripts/promise-coverage.mjs";

const root = path.resolve(import.meta.dirname, "../..");

describe("the promise coverage collector", () => {
  test("describe titles prefix their tests; each, modifiers and templates count; steps and hooks do not", () => {
    const source = `
      describe("P4: interests", () => {
        test("P13: cleared", () => {});
        it.each([1, 2])("case %s", () => {});
        test.describe.serial(\`inner \${name}\`, () => { test.skip("P30: typo", () => {}); });
      });
      test("P1, P9: top level", async () => { await test.step("P2: a step", () => {}); });
      test.beforeEach(() => {});
      test.use({ locale: "fr" });
      expect("P3: not a test").toBe("x");
    `;
    expect(testTitles(source, "example.test.ts")).toEqual([
      "P4: interests › P13: cleared",
      "P4: interests › case %s",
      "P4: interests › inner ${name} › P30: typo",
      "P1, P9: top level",
    ]);
  });
});

describe("promise coverage of docs/policy.md", () => {
  const { promises, unknown } = collectPromiseCoverage(root);

  test("no test cites an id the policy does not have", () => {
    expect(unknown).toEqual([]);
  });

  test(`${COVERAGE_FILE} is up to date (run npm run promises)`, () => {
    const committed = fs.readFileSync(path.join(root, COVERAGE_FILE), "utf8");
    expect(committed).toBe(coverageJson(promises));
  });

  test("every promise has a theme and its title, promise and how it is kept in French and English", () => {
    expect(PROMISES.map((promise) => promise.id).sort()).toEqual([...PROMISE_IDS].sort());
    for (const { id, theme } of PROMISES) {
      expect(PROMISE_THEMES).toContain(theme);
      for (const messages of [fr, en]) {
        const texts = (messages.Commitments.promises as Record<string, Record<string, string>>)[id];
        for (const key of ["title", "promise", "kept"]) expect(texts?.[key]?.trim(), `${id}.${key}`).toBeTruthy();
      }
    }
  });
});
