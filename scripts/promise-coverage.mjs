// Which tests prove which policy promise (docs/policy.md, P1…P29), read from the test titles themselves.
//   node scripts/promise-coverage.mjs          writes lib/promises/coverage.json (committed: the
//                                             "Our commitments" page is prerendered from it)
//   node scripts/promise-coverage.mjs --check  also exits non-zero when a promise has no test
//                                             or a test cites an unknown id
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

function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const { promises, unknown } = collectPromiseCoverage(root);
  fs.mkdirSync(path.dirname(path.join(root, COVERAGE_FILE)), { recursive: true });
  fs.writeFileSync(path.join(root, COVERAGE_FILE), coverageJson(promises));
  const untested = PROMISE_IDS.filter((id) => promises[id].length === 0);
  const cited = PROMISE_IDS.length - untested.length;
  console.log(`${COVERAGE_FILE}: ${cited} of ${PROMISE_IDS.length} promises cited by at least one test`);
  for (const { id, file, title } of unknown) console.error(`unknown id ${id}: ${file}: ${title}`);
  if (!process.argv.includes("--check")) return;
  if (untested.length > 0) console.error(`promises with no test: ${untested.join(", ")}`);
  if (untested.length > 0 || unknown.length > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
