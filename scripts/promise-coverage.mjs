// Which tests prove which policy promise (docs/policy.md, P1…P29), read from the test titles themselves.
//   node scripts/promise-coverage.mjs          writes lib/promises/coverage.json (committed: the
//                                             "Our commitments" page is prerendered from it)
//   node scripts/promise-coverage.mjs --check  writes nothing; exits non-zero when a promise has no test, a
//                                             test cites an unknown id, or a test citing a promise did not
//                                             pass in this run (failed, skipped, or missing from the
//                                             reports npm test writes in .data/reports): the page then
//                                             points only to tests that passed
// Titles are found with the TypeScript parser, not a regex over the source, so a describe() title
// prefixes the titles of the tests inside it, as the runners report them.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const PROMISE_IDS = Array.from({ length: 29 }, (_, index) => `P${index + 1}`);
export const COVERAGE_FILE = "lib/promises/coverage.json";

const TEST_ROOTS = [
  { dir: "tests/unit", suffix: ".test.ts" },
  { dir: "tests/integration", suffix: ".test.ts" },
  { dir: "tests/e2e", suffix: ".spec.ts" },
];
// test.only(…), test.describe.serial(…), it.each([…])(…) are tests; test.step, test.use, test.beforeEach are not.
const MODIFIERS = new Set(["only", "skip", "fixme", "fail", "concurrent", "sequential", "serial", "parallel", "todo"]);
// Any "P" followed by a number counts, so that a typo such as P30 or P0 is reported rather than ignored.
const CITED_ID = /\bP(\d+)\b/g;

function listFiles(root, dir, suffix) {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** "test" | "describe" | null for the callee of a call such as test.describe.serial or it.each([…]). */
function callKind(callee) {
  if (ts.isCallExpression(callee)) {
    // test.each([...])("title", …): the inner call must be `<test|describe>.each`.
    const inner = callee.expression;
    if (!ts.isPropertyAccessExpression(inner) || inner.name.text !== "each") return null;
    return callKind(inner.expression);
  }
  const names = [];
  let node = callee;
  while (ts.isPropertyAccessExpression(node)) {
    names.unshift(node.name.text);
    node = node.expression;
  }
  if (!ts.isIdentifier(node)) return null;
  const [root, ...rest] = [node.text, ...names];
  let kind = root === "describe" ? "describe" : root === "test" || root === "it" ? "test" : null;
  for (const name of rest) {
    if (name === "describe" && kind === "test") kind = "describe";
    else if (!MODIFIERS.has(name)) return null;
  }
  return kind;
}

function literalText(node) {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  // A title built from a template keeps its placeholders as written: it still names the promise.
  if (ts.isTemplateExpression(node)) return node.getText().slice(1, -1);
  return null;
}

/** Every test title in one file, prefixed by the titles of its enclosing describe blocks. */
export function testTitles(source, fileName) {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const titles = [];
  function visit(node, prefix) {
    if (ts.isCallExpression(node)) {
      const kind = callKind(node.expression);
      const title = kind ? literalText(node.arguments[0]) : null;
      if (title !== null) {
        const full = [...prefix, title];
        if (kind === "test") titles.push(full.join(" › "));
        node.arguments.slice(1).forEach((argument) => visit(argument, kind === "describe" ? full : prefix));
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, prefix));
  }
  visit(sourceFile, []);
  return titles;
}

/** Promise id → tests citing it, and the tests citing ids the policy does not have. */
export function collectPromiseCoverage(root) {
  const promises = Object.fromEntries(PROMISE_IDS.map((id) => [id, []]));
  const unknown = [];
  for (const { dir, suffix } of TEST_ROOTS) {
    for (const file of listFiles(root, dir, suffix)) {
      for (const title of testTitles(fs.readFileSync(path.join(root, file), "utf8"), file)) {
        const cited = new Set([...title.matchAll(CITED_ID)].map((match) => `P${match[1]}`));
        for (const id of cited) {
          if (id in promises) promises[id].push({ file, title });
          else unknown.push({ id, file, title });
        }
      }
    }
  }
  return { promises, unknown };
}

/** The committed file's exact text, so that a stale copy shows up as a plain string difference. */
export function coverageJson(promises) {
  return `${JSON.stringify(promises, null, 2)}\n`;
}

/** The JSON reports of the run (scripts/test-all.mjs asks Vitest for one; playwright.config.ts writes its own). */
export const REPORTS = { vitest: ".data/reports/vitest.json", playwright: ".data/reports/playwright.json" };

/** A test as a runner reported it: its file (from the repository root), its full title, its outcome. */
const relative = (root, file) => path.relative(root, file).split(path.sep).join("/");

/** "passed" only for a test that ran and passed; skipped, todo and pending tests prove nothing. */
export function vitestOutcomes(report, root) {
  return (report?.testResults ?? []).flatMap((result) =>
    (result.assertionResults ?? []).map((test) => ({
      file: relative(root, result.name),
      title: [...(test.ancestorTitles ?? []), test.title].join(" › "),
      status: test.status === "passed" || test.status === "failed" ? test.status : "skipped",
    })),
  );
}

/** Playwright's specs, titled like the collector (describe titles, without the file's own suite). */
export function playwrightOutcomes(report, root) {
  const testDir = report?.config?.rootDir ?? path.join(root, "tests/e2e");
  const walk = (suite, titles) => [
    ...(suite.specs ?? []).map((spec) => ({
      file: relative(root, path.join(testDir, spec.file)),
      title: [...titles, spec.title].join(" › "),
      status: playwrightStatus(spec.tests ?? []),
    })),
    ...(suite.suites ?? []).flatMap((child) => walk(child, [...titles, child.title])),
  ];
  return (report?.suites ?? []).flatMap((fileSuite) => walk(fileSuite, []));
}

/** Passed on its first try in every project; a flaky pass (only on a retry) is not proof, as in npm test. */
function playwrightStatus(tests) {
  if (tests.length === 0 || tests.every((test) => test.status === "skipped")) return "skipped";
  const passed = tests.every(
    (test) => test.status === "expected" && test.results?.length === 1 && test.results[0].status === "passed",
  );
  return passed ? "passed" : "failed";
}

// What a runner fills in a title: printf placeholders of test.each, $name of object cases, ${…} of templates.
const PLACEHOLDER = /%%|%[sdifjoOc#]|\$\{[^}]*\}|\$[A-Za-z_][\w.]*/g;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The titles a runner may report for a test written with `title` (test.each cases, templates). */
export function titlePattern(title) {
  let source = "";
  let last = 0;
  for (const match of title.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(title.slice(last, match.index)) + (match[0] === "%%" ? "%" : ".*");
    last = match.index + match[0].length;
  }
  return new RegExp(`^${source}${escapeRegExp(title.slice(last))}$`, "s");
}

/**
 * The tests citing a promise that did not pass in this run: each with the ids it cites and why
 * ("failed", "skipped", or "not run" when no report has it). A test.each counts as passed only when
 * every case passed.
 */
export function unprovenTests(promises, outcomes) {
  const tests = new Map();
  for (const [id, cited] of Object.entries(promises)) {
    for (const { file, title } of cited) {
      const key = `${file}\0${title}`;
      if (!tests.has(key)) tests.set(key, { file, title, ids: [] });
      tests.get(key).ids.push(id);
    }
  }
  const unproven = [];
  for (const { file, title, ids } of tests.values()) {
    const pattern = titlePattern(title);
    const runs = outcomes.filter((outcome) => outcome.file === file && pattern.test(outcome.title));
    const reason =
      runs.length === 0
        ? "not run"
        : runs.some((run) => run.status === "failed")
          ? "failed"
          : runs.some((run) => run.status !== "passed")
            ? "skipped"
            : null;
    if (reason) unproven.push({ file, title, ids, reason });
  }
  return unproven;
}

function readReport(root, file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
  } catch {
    console.error(`no report at ${file}: the tests citing promises there count as not run (npm test writes it)`);
    return null;
  }
}

function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const check = process.argv.includes("--check");
  const { promises, unknown } = collectPromiseCoverage(root);
  const untested = PROMISE_IDS.filter((id) => promises[id].length === 0);
  console.log(`${PROMISE_IDS.length - untested.length} of ${PROMISE_IDS.length} promises cited by at least one test`);
  for (const { id, file, title } of unknown) console.error(`unknown id ${id}: ${file}: ${title}`);
  if (!check) {
    fs.mkdirSync(path.dirname(path.join(root, COVERAGE_FILE)), { recursive: true });
    fs.writeFileSync(path.join(root, COVERAGE_FILE), coverageJson(promises));
    console.log(`wrote ${COVERAGE_FILE}`);
    return;
  }
  if (untested.length > 0) console.error(`promises with no test: ${untested.join(", ")}`);
  const outcomes = [
    ...vitestOutcomes(readReport(root, REPORTS.vitest), root),
    ...playwrightOutcomes(readReport(root, REPORTS.playwright), root),
  ];
  const unproven = unprovenTests(promises, outcomes);
  for (const { file, title, ids, reason } of unproven)
    console.error(`${reason} (${ids.join(", ")}): ${file}: ${title}`);
  const proven = PROMISE_IDS.filter((id) => promises[id].length > 0 && !unproven.some((t) => t.ids.includes(id)));
  console.log(`${proven.length} of ${PROMISE_IDS.length} promises proven by tests that all passed in this run`);
  if (untested.length > 0 || unknown.length > 0 || unproven.length > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
