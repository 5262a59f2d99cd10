// The policy's promises (docs/policy.md, P1…P29) as the "Our commitments" page shows them: each id's
// theme and whether the shop fully keeps it today. The words are in messages/*.json under
// Commitments.promises.<id>; the tests proving each one come from lib/promises/coverage.json, which
// scripts/promise-coverage.mjs writes from the test titles (npm run promises).
import coverage from "./coverage.json";

export const PROMISE_THEMES = ["yourData", "payments", "cookies", "security", "yourRights"] as const;
export type PromiseTheme = (typeof PROMISE_THEMES)[number];

/**
 * kept: what the page says under "how the shop keeps it" is done and tested.
 * inProgress: only part of it exists; the page says what is true today and claims nothing more.
 */
export type PromiseStatus = "kept" | "inProgress";

export type PolicyPromise = { id: string; theme: PromiseTheme; status: PromiseStatus };

// Move an id to "kept" only together with its texts in messages/*.json and the tests that prove it.
export const PROMISES: readonly PolicyPromise[] = [
  { id: "P1", theme: "yourData", status: "kept" },
  { id: "P2", theme: "yourData", status: "kept" },
  { id: "P3", theme: "yourRights", status: "kept" },
  { id: "P4", theme: "yourData", status: "kept" },
  { id: "P5", theme: "yourData", status: "kept" },
  { id: "P6", theme: "yourData", status: "kept" },
  { id: "P7", theme: "yourRights", status: "kept" },
  { id: "P8", theme: "cookies", status: "kept" },
  { id: "P9", theme: "yourData", status: "kept" },
  { id: "P10", theme: "payments", status: "kept" },
  { id: "P11", theme: "cookies", status: "kept" },
  { id: "P12", theme: "security", status: "kept" },
  { id: "P13", theme: "yourRights", status: "kept" },
  { id: "P14", theme: "yourRights", status: "kept" },
  { id: "P15", theme: "yourData", status: "kept" },
  { id: "P16", theme: "cookies", status: "kept" },
  { id: "P17", theme: "cookies", status: "kept" },
  { id: "P18", theme: "security", status: "kept" },
  { id: "P19", theme: "yourData", status: "kept" },
  { id: "P20", theme: "cookies", status: "kept" },
  { id: "P21", theme: "yourRights", status: "kept" },
  { id: "P22", theme: "cookies", status: "kept" },
  { id: "P23", theme: "yourRights", status: "kept" },
  { id: "P24", theme: "yourData", status: "kept" },
  { id: "P25", theme: "yourData", status: "kept" },
  { id: "P26", theme: "yourRights", status: "kept" },
  { id: "P27", theme: "yourRights", status: "kept" },
  { id: "P28", theme: "payments", status: "kept" },
  { id: "P29", theme: "yourRights", status: "kept" },
];

export type PromiseTest = { file: string; title: string };

/** The tests citing a promise in their title, as collected when coverage.json was last written. */
export function testsProving(id: string): PromiseTest[] {
  return (coverage as Record<string, PromiseTest[]>)[id] ?? [];
}

/** The promises of one theme, in policy order, with the tests that prove each. */
export function promisesByTheme(): { theme: PromiseTheme; promises: (PolicyPromise & { tests: PromiseTest[] })[] }[] {
  return PROMISE_THEMES.map((theme) => ({
    theme,
    promises: PROMISES.filter((promise) => promise.theme === theme).map((promise) => ({
      ...promise,
      tests: testsProving(promise.id),
    })),
  }));
}
