// npm run bench: throughput and latency of catalogue pages, served by `next start` on 127.0.0.1, side by
// side with a static page of the same app (the baseline). Bounded: fixed duration per page, loopback only.
// Uses the production build and the e2e database (built first if missing, as npm test does).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Stripe from "stripe";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? "pglite:.data/e2e",
  SITE_URL: base,
  NODE_ENV: "production",
  COOKIE_SECRET: "bench-cookie-secret-only-for-local-runs",
  // Stripe "configured" so that its webhook endpoint answers (no call leaves the machine: events are signed here).
  STRIPE_SECRET_KEY: "sk_test_bench",
  STRIPE_WEBHOOK_SECRET: "whsec_bench",
  // Each webhook request below comes from its own address, so that the per-address limit on webhooks (P12)
  // is counted on every request without refusing the flood the bench is made of.
  TRUSTED_PROXY_HOPS: "1",
};

const pages = [
  ["static baseline (terms)", "/fr/terms"],
  ["home", "/fr"],
  ["category", "/fr/category/cuisine"],
  ["category, filtered", "/fr/category/cuisine?sort=price-asc&instock=1"],
  ["product", "/fr/product/theiere-gres-emaille"],
];

if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
  for (const [cmd, args] of [
    ["node", ["scripts/reset-db.mjs"]],
    ["npx", ["next", "build"]],
  ]) {
    if (spawnSync(cmd, args, { cwd: root, stdio: "inherit", env }).status !== 0) process.exit(1);
  }
}

const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
  cwd: root,
  env,
  stdio: "ignore",
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
};
process.on("exit", stop);

await waitFor(`${base}/api/health`);

const rows = [];
for (const [name, url] of pages) {
  for (let i = 0; i < 20; i++) await fetch(base + url); // warm the cache and the JIT
  rows.push({ name, url, ...(await measure({ url: base + url })) });
}
// The Stripe webhook must answer well within Stripe's timeout (we aim for < 2 s): each request is a new,
// validly signed event, so every one is verified, deduplicated and recorded in the database.
let eventNumber = 0;
rows.push({
  name: "stripe webhook (POST)",
  url: "/api/webhooks/stripe",
  ...(await measure({
    url: `${base}/api/webhooks/stripe`,
    requests: [
      {
        method: "POST",
        setupRequest(request) {
          const payload = JSON.stringify({
            id: `evt_bench_${process.pid}_${++eventNumber}`,
            object: "event",
            type: "checkout.session.completed",
            data: {
              object: {
                id: `cs_bench_${eventNumber}`,
                object: "checkout.session",
                payment_status: "paid",
                amount_total: 100,
                currency: "eur",
              },
            },
          });
          const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_bench" });
          return {
            ...request,
            body: payload,
            headers: {
              "content-type": "application/json",
              "stripe-signature": signature,
              "x-forwarded-for": `10.${(eventNumber >> 16) & 255}.${(eventNumber >> 8) & 255}.${eventNumber & 255}`,
            },
          };
        },
      },
    ],
  })),
});
stop();

const baseline = rows[0].rps;
console.log(`\n${connections} connections, ${seconds}s per page, next start on ${base}\n`);
console.log(
  [
    "page".padEnd(26),
    "req/s".padStart(8),
    "p50 ms".padStart(8),
    "p95 ms".padStart(8),
    "p99 ms".padStart(8),
    "non-2xx".padStart(8),
    "vs static".padStart(10),
  ].join(" "),
);
for (const r of rows) {
  console.log(
    [
      r.name.padEnd(26),
      r.rps.toFixed(0).padStart(8),
      fmt(r.p50),
      fmt(r.p95),
      fmt(r.p99),
      String(r.errors).padStart(8),
      `${((r.rps / baseline) * 100).toFixed(0)} %`.padStart(10),
    ].join(" "),
  );
}
fs.mkdirSync(path.join(root, ".data/reports"), { recursive: true });
fs.writeFileSync(path.join(root, ".data/reports/bench.json"), JSON.stringify({ connections, seconds, rows }, null, 2));

function fmt(ms) {
  return ms.toFixed(1).padStart(8);
}

async function measure(options) {
  const times = [];
  const statuses = {};
  let errors = 0;
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon({ ...options, connections, duration: seconds }, (error, res) =>
      error ? reject(error) : resolve(res),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status < 200 || status >= 300) {
        errors++;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    });
  });
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
  if (errors > 0) console.warn(`${options.url}: non-2xx answers by status ${JSON.stringify(statuses)}`);
  return {
    rps: result.requests.average,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: errors + result.errors,
    statuses,
  };
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}
