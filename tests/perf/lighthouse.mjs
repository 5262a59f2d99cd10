// npm run lighthouse: issue 13's measurement. Lighthouse (mobile preset, median of 3 runs by performance score, then
// once with the desktop preset) on the shop's home, category, product and cart pages and, side by side, on a
// one-page Next.js app built with the same next and react (tests/perf/reference: the framework's floor), both
// served by `next start` on 127.0.0.1; plus the JavaScript each page transfers (tests/perf/measure-js.ts, the
// function of the budget test). Prints one table, then each target of the issue met or MISSED and the audits to
// fix; writes .data/reports/lighthouse.json. A measurement: exits 0 even when a target is missed.
// Uses the shop's production build and the e2e database (built first if missing, as npm test does).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { tsImport } from "tsx/esm/api";
import { checkTargets, medianRun, summarize, table } from "./lighthouse-report.mjs";

const { measurePageJavaScript, cartCookieWithOneProduct, biggestScripts } = await tsImport(
  "./measure-js.ts",
  import.meta.url,
);
const { CHROMIUM_ARGS } = await tsImport("../e2e/support/chromium.ts", import.meta.url);

const root = path.resolve(import.meta.dirname, "../..");
const referenceDir = "tests/perf/reference";
const reports = path.join(root, ".data/reports");
const shopPort = Number(process.env.LIGHTHOUSE_PORT ?? 3400);
const shopBase = `http://127.0.0.1:${shopPort}`;
const referenceBase = `http://127.0.0.1:${shopPort + 1}`;
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromeFlags = CHROMIUM_ARGS;
const RUNS = 3;
const PRODUCT = "/fr/product/theiere-gres-emaille";
// Bounded: the whole measurement (builds included) stops after this long.
const timeoutMinutes = Number(process.env.LIGHTHOUSE_TIMEOUT_MINUTES ?? 45);

// The shop's environment, as scripts/test-all.mjs and tests/e2e/support/servers.ts give it.
const shopEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? "pglite:.data/e2e",
  SITE_URL: shopBase,
  COOKIE_SECRET: "e2e-cookie-secret-only-for-local-test-runs",
  TIDIO_PUBLIC_KEY: "e2etidiopublickeyforconsenttests",
  DEMO_PAYMENTS: "1",
};
const referenceEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };

const pages = [
  { name: "reference", base: referenceBase, path: "/" },
  { name: "home", base: shopBase, path: "/fr", openCart: true, jsAllowanceBytes: 25_000 },
  { name: "category", base: shopBase, path: "/fr/category/cuisine", openCart: true, jsAllowanceBytes: 25_000 },
  { name: "product", base: shopBase, path: PRODUCT, openCart: true, jsAllowanceBytes: 25_000 },
  { name: "cart", base: shopBase, path: "/fr/cart", withCart: true, noindex: true },
];
// Not a Lighthouse page of the issue, but the budget test's fourth page: its JavaScript is printed below the table.
const checkout = { name: "checkout", base: shopBase, path: "/fr/checkout", withCart: true, jsAllowanceBytes: 60_000 };

const servers = [];
const stopServers = () => {
  for (const server of servers) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {}
  }
};
process.on("exit", stopServers);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
setTimeout(() => {
  console.error(`\nnpm run lighthouse: stopped after ${timeoutMinutes} minutes (LIGHTHOUSE_TIMEOUT_MINUTES).`);
  process.exit(1);
}, timeoutMinutes * 60_000).unref();

const started = Date.now();
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
  run("e2e database", "node", ["scripts/reset-db.mjs"], shopEnv);
  run("shop build", "npx", ["next", "build"], shopEnv);
}
// Rebuilt (under a minute) when older than its sources or than the next and react installed now.
if (referenceIsStale()) run("reference build", "npx", ["next", "build", referenceDir], referenceEnv);

// A server left on one of these ports would be measured in place of ours.
for (const base of [shopBase, referenceBase]) {
  if (await answers(base)) {
    console.error(`${base} is already in use: stop that server or set LIGHTHOUSE_PORT.`);
    process.exit(1);
  }
}
start(["next", "start", "-H", "127.0.0.1", "-p", String(shopPort)], shopEnv);
start(["next", "start", referenceDir, "-H", "127.0.0.1", "-p", String(shopPort + 1)], referenceEnv);
await waitFor(`${shopBase}/api/ready`);
await waitFor(`${referenceBase}/`);

// The cart: one product, put there as a shopper does; its cookie is sent with the cart and checkout pages.
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
const cartCookie = await cartCookieWithOneProduct(browser, `${shopBase}${PRODUCT}`);
for (const page of [...pages, checkout]) {
  console.log(`JavaScript of ${page.name}…`);
  page.javascript = await measurePageJavaScript(browser, page.base + page.path, {
    openCart: page.openCart,
    cookies: page.withCart ? [cartCookie] : [],
  });
}
await browser.close();

const runsDir = path.join(reports, "lighthouse-runs");
fs.mkdirSync(runsDir, { recursive: true });
const rows = [];
for (const page of pages) {
  const mobileRuns = [];
  for (let i = 1; i <= RUNS; i++) mobileRuns.push(lighthouse(page, "mobile", i));
  const desktop = lighthouse(page, "desktop", 1);
  rows.push({ page, mobile: medianRun(mobileRuns), mobileRuns, desktop, javascript: page.javascript });
}
stopServers();

const [reference, ...shopRows] = rows;
for (const row of shopRows) row.targets = checkTargets(row, reference);
const checkoutBudget = reference.javascript.bytes + checkout.jsAllowanceBytes;

console.log(`\nLighthouse ${lighthouseVersion()}, ${chromiumVersion()}, mobile preset (median of ${RUNS} runs by`);
console.log(`performance score) and desktop preset (1 run); ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}.\n`);
console.log(table(rows));
console.log(
  `\ncheckout (JavaScript only): ${kb(checkout.javascript.bytes)}, budget ${kb(checkoutBudget)} ` +
    `(reference + ${kb(checkout.jsAllowanceBytes)}): ${checkout.javascript.bytes <= checkoutBudget ? "met" : "MISSED"}`,
);

console.log("\nTargets of issue 13:");
for (const row of shopRows) {
  const missed = row.targets.filter((target) => !target.met);
  console.log(`  ${row.page.name.padEnd(9)} ${missed.length === 0 ? "all met" : `MISSED ${missed.length}`}`);
  for (const target of missed) console.log(`            MISSED ${target.name}: ${target.detail}`);
}

console.log("\nAudits to fix (categories below 100, mobile median run; desktop performance):");
for (const row of rows) {
  const failing = { ...row.mobile.failing };
  if (row.page.noindex && failing.seo?.length === 1 && failing.seo[0] === "is-crawlable") delete failing.seo;
  if (row.desktop.failing.performance) failing["desktop performance"] = row.desktop.failing.performance;
  for (const [category, ids] of Object.entries(failing))
    console.log(`  ${row.page.name} ${category}: ${ids.join(", ")}`);
}
console.log("\nBiggest scripts (JavaScript column):");
for (const page of [...pages, checkout]) console.log(`  ${page.name}:\n${biggestScripts(page.javascript, 5)}`);

fs.mkdirSync(reports, { recursive: true });
fs.writeFileSync(
  path.join(reports, "lighthouse.json"),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      lighthouse: lighthouseVersion(),
      chromium: chromiumVersion(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      seconds: Math.round((Date.now() - started) / 1000),
      reference: { ...reference, page: reference.page.path },
      pages: shopRows.map((row) => ({ ...row, page: row.page.path, name: row.page.name })),
      checkout: { javascript: checkout.javascript, budgetBytes: checkoutBudget },
    },
    null,
    2,
  ),
);
console.log(`\nWritten: .data/reports/lighthouse.json (${Math.round((Date.now() - started) / 60_000)} min)`);
process.exit(0);

function run(name, command, args, env) {
  console.log(`━━ ${name}: ${command} ${args.join(" ")}`);
  if (spawnSync(command, args, { cwd: root, stdio: "inherit", env }).status !== 0) {
    console.error(`${name} failed`);
    process.exit(1);
  }
}

function referenceIsStale() {
  const built = path.join(root, referenceDir, ".next/BUILD_ID");
  if (!fs.existsSync(built)) return true;
  // Its sources (app/ and the files beside it) and the packages it is built with.
  const folder = path.join(root, referenceDir);
  const sources = [
    ...fs.readdirSync(path.join(folder, "app")).map((file) => path.join(folder, "app", file)),
    ...["next.config.mjs", "proxy.ts", "instrumentation.ts"].map((file) => path.join(folder, file)),
  ];
  const packages = ["next", "react", "react-dom"].map((name) => path.join(root, "node_modules", name, "package.json"));
  const builtAt = fs.statSync(built).mtimeMs;
  return [...sources, ...packages].some((file) => fs.statSync(file).mtimeMs > builtAt);
}

function start(args, env) {
  servers.push(spawn("npx", args, { cwd: root, env, stdio: "ignore", detached: true }));
}

/**
 * One Lighthouse run through its CLI (it launches its own Chromium), summarized. A run that fails (Lighthouse's
 * trace recording sometimes does on a busy machine: NO_NAVSTART) is tried again, twice at most.
 */
function lighthouse(page, preset, number, attempt = 1) {
  const output = path.join(runsDir, `${page.name}-${preset}-${number}.json`);
  fs.rmSync(output, { force: true });
  const args = [
    path.join(root, "node_modules/lighthouse/cli/index.js"),
    page.base + page.path,
    "--quiet",
    "--output=json",
    `--output-path=${output}`,
    `--only-categories=performance,accessibility,best-practices,seo`,
    `--chrome-flags=${chromeFlags.join(" ")}`,
    "--max-wait-for-load=45000",
  ];
  if (preset === "desktop") args.push("--preset=desktop");
  if (page.withCart)
    args.push(`--extra-headers=${JSON.stringify({ Cookie: `${cartCookie.name}=${cartCookie.value}` })}`);
  console.log(`Lighthouse ${preset} ${number}: ${page.name} (${page.path})`);
  const result = spawnSync("node", args, {
    cwd: root,
    env: { ...process.env, CHROME_PATH: chromePath },
    stdio: ["ignore", "ignore", "inherit"],
    timeout: 180_000,
  });
  const summary =
    result.status === 0 && fs.existsSync(output) ? summarize(JSON.parse(fs.readFileSync(output, "utf8"))) : null;
  if (summary && !summary.runtimeError) return summary;
  console.error(`Lighthouse failed on ${page.path} (${preset} ${number}, attempt ${attempt})`);
  if (attempt < 3) return lighthouse(page, preset, number, attempt + 1);
  process.exit(1);
}

function lighthouseVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, "node_modules/lighthouse/package.json"), "utf8")).version;
}

function chromiumVersion() {
  return spawnSync(chromePath, ["--version"], { encoding: "utf8" }).stdout.trim();
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

async function answers(url) {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}
