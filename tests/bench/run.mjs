// npm run bench: requests/s and latency of the shop's pages, served by `next start` on the loopback interface,
// on both databases in one run: the embedded PGlite (the e2e database), then a real PostgreSQL started here in a
// temporary folder when its binaries are installed. Every page is compared with the prerendered terms page and
// with a file from public/, measured on the same server. Bounded: BENCH_SECONDS per page (default 10).
// The build is shared: prerendered pages are static HTML (with the build database's ids: fine for reading them,
// a real deployment builds on its own database); regenerations and dynamic pages read the database the server
// is started with. Built first if missing (on the e2e database, as npm test does).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { merge, slice, stripeWebhookRequests, STRIPE_WEBHOOK_SECRET } from "./measure.mjs";
import { findPostgresBin, startPostgres } from "./postgres.mjs";
import { printTable, printTargets, PUBLIC_FILE, targets, TERMS, withRatios } from "./report.mjs";
import { BENCH_HOST, startServer } from "./server.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const reports = path.join(root, ".data/reports");
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://${BENCH_HOST}:${port}`;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
// Each page's time is cut into slices of about 1.25 s, and the pages take turns slice by slice.
const rounds = Math.max(1, Math.round(seconds / 1.25));
const distDir = process.env.NEXT_DIST_DIR || ".next";
const pgliteUrl = process.env.E2E_DATABASE_URL ?? "pglite:.data/e2e";
const wanted = (process.env.BENCH_DATABASES ?? "pglite,postgres").split(",");

const pages = [
  [TERMS, "/fr/terms"],
  [PUBLIC_FILE, "/images/categories/beaute.webp"],
  ["home", "/fr"],
  ["category", "/fr/category/cuisine"],
  ["category, filtered", "/fr/category/cuisine?sort=price-asc&instock=1"],
  ["product", "/fr/product/theiere-gres-emaille"],
  ["search", "/fr/search?q=theiere"],
];

const baseEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
  SITE_URL: `http://127.0.0.1:${port}`,
  COOKIE_SECRET: "bench-cookie-secret-only-for-local-runs",
  // Stripe "configured" so that its webhook endpoint answers (no call leaves the machine: events are signed here).
  STRIPE_SECRET_KEY: "sk_test_bench",
  STRIPE_WEBHOOK_SECRET,
  // The webhook requests each come from their own forwarded address (see measure.mjs).
  TRUSTED_PROXY_HOPS: "1",
};

// Whatever happens (an error, Ctrl-C), the server and the PostgreSQL folder do not outlive the bench.
const cleanups = [];
const cleanUp = () => {
  while (cleanups.length) cleanups.pop()();
};
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

fs.mkdirSync(reports, { recursive: true });
ensureBuild();

const loadBefore = os.loadavg()[0].toFixed(1);
const databases = [];
if (wanted.includes("pglite")) {
  try {
    databases.push(await benchDatabase("PGlite (embedded)", pgliteUrl));
  } catch (error) {
    databases.push({ name: "PGlite (embedded)", measured: false, reason: error.message });
    process.exitCode = 1;
  }
}
if (wanted.includes("postgres")) {
  const bin = findPostgresBin();
  if (!bin) {
    databases.push({
      name: "PostgreSQL",
      measured: false,
      reason: "no PostgreSQL binaries under /usr/lib/postgresql (install postgresql, or set BENCH_PG_BIN)",
    });
  } else {
    let pg;
    try {
      pg = await startPostgres({ bin, root });
      cleanups.push(pg.stop);
      databases.push(await benchDatabase("PostgreSQL", pg.url));
    } catch (error) {
      databases.push({ name: "PostgreSQL", measured: false, reason: error.message });
      process.exitCode = 1;
    } finally {
      pg?.stop();
    }
  }
}

console.log(
  `\n${connections} connections, ${seconds} s per page (${rounds} interleaved slices), next start on ${base}; ` +
    `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${loadBefore} before, ` +
    `${os.loadavg()[0].toFixed(1)} after (1 minute)`,
);
console.log(
  "vs terms, vs file: median of the requests/s ratios of each round; " +
    "cpu ms: next start's CPU time per request; by cpu: the terms page's cpu ms / the page's",
);
for (const db of databases) {
  if (db.measured) printTable(`${db.name}: ${db.url}`, db.rows);
  else console.log(`\n${db.name}: NOT MEASURED: ${db.reason}`);
}
const results = targets(databases, connections);
printTargets(results);

fs.writeFileSync(
  path.join(reports, "bench.json"),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model.trim(),
        loadAverage: os.loadavg(),
        node: process.version,
      },
      connections,
      seconds,
      rounds,
      server: base,
      databases,
      targets: results,
    },
    null,
    2,
  ),
);
console.log(`\nWritten: ${path.relative(root, path.join(reports, "bench.json"))}`);

function ensureBuild() {
  if (fs.existsSync(path.join(root, distDir, "BUILD_ID"))) return;
  const env = { ...baseEnv, DATABASE_URL: pgliteUrl };
  for (const [cmd, args] of [
    ["node", ["scripts/reset-db.mjs"]],
    ["npx", ["next", "build"]],
  ]) {
    if (spawnSync(cmd, args, { cwd: root, stdio: "inherit", env }).status !== 0) process.exit(1);
  }
}

/** Starts the server on one database, warms every page up, measures them slice by slice, stops it. */
async function benchDatabase(name, databaseUrl) {
  const logFile = path.join(reports, `bench-server-${name.split(" ")[0].toLowerCase()}.log`);
  console.log(`${name}: starting next start (log: ${path.relative(root, logFile)})`);
  const server = await startServer({ root, port, env: { ...baseEnv, DATABASE_URL: databaseUrl }, logFile });
  cleanups.push(server.stop);
  try {
    const targetsToMeasure = [];
    for (const [page, url] of pages) {
      let response;
      // Warms the cache (a filtered listing is rendered on its first request) and the JIT.
      for (let i = 0; i < 20; i++) {
        response = await fetch(base + url);
        await response.arrayBuffer();
      }
      if (/^https?:/.test(response.headers.get("x-middleware-rewrite") ?? "")) {
        console.warn(`${name} ${url}: the rewrite is proxied back to the server over HTTP (see server.mjs)`);
      }
      targetsToMeasure.push({ name: page, url, cache: response.headers.get("x-nextjs-cache") ?? "-" });
    }
    targetsToMeasure.push({
      name: "stripe webhook (POST)",
      url: "/api/webhooks/stripe",
      requests: stripeWebhookRequests(),
    });

    const slices = new Map(targetsToMeasure.map((t) => [t, []]));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? targetsToMeasure : [...targetsToMeasure].reverse();
      for (const t of order) {
        const cpuBefore = server.cpuSeconds();
        const result = await slice({ url: base + t.url, requests: t.requests, connections, seconds: seconds / rounds });
        const cpuAfter = server.cpuSeconds();
        slices.get(t).push({ ...result, cpuSeconds: cpuBefore == null ? null : cpuAfter - cpuBefore });
      }
    }
    const rows = targetsToMeasure.map((t) => {
      const row = { name: t.name, url: t.url, cache: t.cache, ...merge(slices.get(t)) };
      if (row.non2xx > 0) console.warn(`${name} ${t.url}: non-2xx answers by status ${JSON.stringify(row.statuses)}`);
      return row;
    });
    return { name, url: redact(databaseUrl), measured: true, rows: withRatios(rows) };
  } finally {
    server.stop();
  }
}

function redact(url) {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}
