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
  playwrightOutcomes,
  testTitles,
  titlePattern,
  unprovenTests,
  vitestOutcomes,
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

describe("the promise check reads the run's reports: only a test that passed proves a promise", () => {
  const root = "/repo";

  test("Vitest: files from the repository root, describe titles joined; only 'passed' passed", () => {
    const report = {
      testResults: [
        {
          name: "/repo/tests/unit/a.test.ts",
          assertionResults: [
            { ancestorTitles: ["P4: interests"], title: "P13: cleared", status: "passed" },
            { ancestorTitles: [], title: "P1: broken", status: "failed" },
            { ancestorTitles: [], title: "P2: skipped", status: "skipped" },
            { ancestorTitles: [], title: "P3: later", status: "todo" },
          ],
        },
      ],
    };
    expect(vitestOutcomes(report, root)).toEqual([
      { file: "tests/unit/a.test.ts", title: "P4: interests › P13: cleared", status: "passed" },
      { file: "tests/unit/a.test.ts", title: "P1: broken", status: "failed" },
      { file: "tests/unit/a.test.ts", title: "P2: skipped", status: "skipped" },
      { file: "tests/unit/a.test.ts", title: "P3: later", status: "skipped" },
    ]);
    expect(vitestOutcomes(null, root)).toEqual([]);
  });

  test("Playwright: the file's suite is not a title; a retry's pass and a skip are not passes", () => {
    const passed = { status: "expected", results: [{ status: "passed" }] };
    const report = {
      config: { rootDir: "/repo/tests/e2e" },
      suites: [
        {
          title: "b.spec.ts",
          specs: [
            { title: "P8: widget", file: "b.spec.ts", tests: [passed] },
            {
              title: "P11: chat",
              file: "b.spec.ts",
              tests: [{ status: "flaky", results: [{ status: "failed" }, { status: "passed" }] }],
            },
          ],
          suites: [
            {
              title: "P17: banner",
              specs: [
                { title: "refuse", file: "b.spec.ts", tests: [{ status: "skipped", results: [] }] },
                {
                  title: "accept",
                  file: "b.spec.ts",
                  tests: [{ status: "unexpected", results: [{ status: "failed" }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(playwrightOutcomes(report, root)).toEqual([
      { file: "tests/e2e/b.spec.ts", title: "P8: widget", status: "passed" },
      { file: "tests/e2e/b.spec.ts", title: "P11: chat", status: "failed" },
      { file: "tests/e2e/b.spec.ts", title: "P17: banner › refuse", status: "skipped" },
      { file: "tests/e2e/b.spec.ts", title: "P17: banner › accept", status: "failed" },
    ]);
  });

  test("a written title matches the titles the runner gives its cases, and nothing else", () => {
    expect(titlePattern("P1: %s has its texts in fr and en").test("P1: Stripe has its texts in fr and en")).toBe(true);
    expect(titlePattern("P1: %s has its texts").test("P1: Stripe has its texts in fr and en")).toBe(false);
    expect(titlePattern("P2: $country postal codes").test("P2: FR postal codes")).toBe(true);
    expect(titlePattern("P23: announced ${MIN_NOTICE_DAYS} days ahead").test("P23: announced 30 days ahead")).toBe(
      true,
    );
    expect(titlePattern("P12: 100%% (a+b)? [x]").test("P12: 100% (a+b)? [x]")).toBe(true);
    expect(titlePattern("P12: a.b").test("P12: axb")).toBe(false);
  });

  test("a promise's test that failed, was skipped or did not run is reported once, with every id it cites", () => {
    const promises = {
      P1: [
        { file: "tests/unit/a.test.ts", title: "P1, P9: passes" },
        { file: "tests/unit/a.test.ts", title: "P1: case %s" },
      ],
      P9: [{ file: "tests/unit/a.test.ts", title: "P1, P9: passes" }],
      P10: [{ file: "tests/unit/a.test.ts", title: "P10: skipped" }],
      P12: [{ file: "tests/e2e/c.spec.ts", title: "P12: not in any report" }],
      P13: [{ file: "tests/unit/b.test.ts", title: "P1, P9: passes" }],
    };
    const outcome = (file: string, title: string, status: string) => ({ file, title, status });
    const outcomes = [
      outcome("tests/unit/a.test.ts", "P1, P9: passes", "passed"),
      outcome("tests/unit/a.test.ts", "P1: case one", "passed"),
      outcome("tests/unit/a.test.ts", "P1: case two", "failed"),
      outcome("tests/unit/a.test.ts", "P10: skipped", "skipped"),
      // The same title in another file proves nothing for b.test.ts.
    ];
    expect(unprovenTests(promises, outcomes)).toEqual([
      { file: "tests/unit/a.test.ts", title: "P1: case %s", ids: ["P1"], reason: "failed" },
      { file: "tests/unit/a.test.ts", title: "P10: skipped", ids: ["P10"], reason: "skipped" },
      { file: "tests/e2e/c.spec.ts", title: "P12: not in any report", ids: ["P12"], reason: "not run" },
      { file: "tests/unit/b.test.ts", title: "P1, P9: passes", ids: ["P13"], reason: "not run" },
    ]);
    expect(unprovenTests({ P1: promises.P1.slice(0, 1), P9: promises.P9 }, outcomes)).toEqual([]);
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
