// npm test: every check of the project, in order, on a fresh machine with no keys and no services.
//   type check -> lint -> vitest (unit + integration on in-memory PGlite) -> production build on a
//   fresh embedded e2e database -> the catalogue is still prerendered -> Playwright in Chromium against `next start`
//   -> the promise check (scripts/promise-coverage.mjs --check, on the JSON reports of this run).
// Ends with one line "N passed, N failed" counting every test and check; exits non-zero on any failure.
// A Playwright test that passed only on a retry is flaky: it counts as failed and is named in the summary.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, ".data/reports");
fs.mkdirSync(reports, { recursive: true });

const e2ePort = process.env.E2E_PORT ?? "3100";
const e2eEnv = {
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? "pglite:.data/e2e",
  SITE_URL: `http://127.0.0.1:${e2ePort}`,
  COOKIE_SECRET: "e2e-cookie-secret-only-for-local-test-runs",
  // Built in: prerendered pages keep the build's key (the chat stays gated: tests/e2e/consent-network.spec.ts).
  TIDIO_PUBLIC_KEY: "e2etidiopublickeyforconsenttests",
};

// A privacy-first shop sends nothing home, not even build statistics.
process.env.NEXT_TELEMETRY_DISABLED = "1";

const results = [];

function step(name, command, args, { env = {}, counts } = {}) {
  console.log(`\n━━ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  const ok = result.status === 0;
  const tally = counts?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  // A runner that failed without reporting a failing test still counts as one failure.
  if (!ok && tally.failed === 0) tally.failed = 1;
  results.push({ name, ok: ok && tally.failed === 0, ...tally, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(reports, file), "utf8"));
  } catch {
    return null;
  }
}

const vitestCounts = () => {
  const report = readJson("vitest.json");
  if (!report) return { passed: 0, failed: 0 };
  const failedTitles = (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === "failed")
      .map((test) => `${path.relative(root, file.name)} › ${test.fullName}`),
  );
  return { passed: report.numPassedTests, failed: report.numFailedTests, failedTitles };
};
/** "file › describe › title" of every test in a Playwright JSON report whose outcome is `status`. */
function playwrightTestsWith(status, suites = [], titles = []) {
  return suites.flatMap((suite) => {
    const path = suite.title ? [...titles, suite.title] : titles;
    const own = (suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === status))
      .map((spec) => [...path, spec.title].join(" › "));
    return [...own, ...playwrightTestsWith(status, suite.suites, path)];
  });
}
const playwrightCounts = () => {
  const report = readJson("playwright.json");
  if (!report?.stats) return { passed: 0, failed: 0 };
  const { expected, unexpected, flaky } = report.stats;
  return {
    passed: expected,
    failed: unexpected + flaky,
    failedTitles: playwrightTestsWith("unexpected", report.suites),
    flaky: playwrightTestsWith("flaky", report.suites),
  };
};

for (const file of ["vitest.json", "playwright.json"]) fs.rmSync(path.join(reports, file), { force: true });

if (step("route types", "npx", ["next", "typegen"])) step("type check", "npx", ["tsc", "--noEmit"]);
step("lint", "npx", ["eslint", "."]);
step("format", "npx", ["prettier", "--check", "."]);
step(
  "vitest",
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${reports}/vitest.json`],
  {
    counts: vitestCounts,
  },
);
const prepared =
  step("e2e database", "node", ["scripts/reset-db.mjs"], { env: e2eEnv }) &&
  step("build", "npx", ["next", "build"], { env: e2eEnv });
if (prepared) step("prerendered catalogue", "node", ["scripts/check-prerendered.mjs"]);
if (prepared)
  step("playwright", "npx", ["playwright", "test", "--fail-on-flaky-tests"], {
    env: { E2E_PORT: e2ePort, E2E_DATABASE_URL: e2eEnv.DATABASE_URL },
    counts: playwrightCounts,
  });
else results.push({ name: "playwright (not run: no build)", ok: false, passed: 0, failed: 1, seconds: 0 });
// Last, on this run's reports: every promise P1–P29 has tests, none cites an unknown id, and every test citing
// one passed (not skipped, not missing), so "Nos engagements" points only to passing tests.
step("promise check", "node", ["scripts/promise-coverage.mjs", "--check"]);

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
fs.writeFileSync(path.join(reports, "summary.json"), JSON.stringify({ passed, failed, results }, null, 2));

console.log("\n━━ Summary");
for (const r of results)
  console.log(`${r.ok ? "✔" : "✘"} ${r.name.padEnd(32)} ${r.passed} passed, ${r.failed} failed (${r.seconds}s)`);
const failedTitles = results.flatMap((r) => r.failedTitles ?? []);
if (failedTitles.length > 0) {
  console.log(`\nFailed:`);
  for (const title of failedTitles) console.log(`  ✘ ${title}`);
}
const flaky = results.flatMap((r) => r.flaky ?? []);
if (flaky.length > 0) {
  console.log(`\nFlaky (passed only on a retry, counted as failed):`);
  for (const title of flaky) console.log(`  ✘ ${title}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
