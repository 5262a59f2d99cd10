// npm run reliability: the shop under load and faults, on two `next start` instances behind a load balancer,
// sharing one PostgreSQL started here (loopback only, bounded in count and time). Issue 14:
//   1. load: 50 shoppers at once, 2,000+ cart operations and 200+ checkouts → no 5xx, no order lost or
//      doubled, stock exact, one confirmation e-mail per paid order (sent by the outbox workers of both
//      instances, each e-mail once);
//   2. PostgreSQL crashes and restarts during a load → no request hangs, failures are clean answers, the
//      instances recover without a restart, nothing is half-written;
//   3. two instances: a session opened on one is valid on the other and ends on both, a rate limit counts
//      across both, the daily retention run happens once across processes.
// Runs on the production build (`next build` first: npm test makes one). Prints the throughput and p95 reached,
// writes .data/reports/reliability.json, exits non-zero when a check fails.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { hashPassword } from "@/lib/auth/password";
import { createDb, type Db } from "@/lib/db/client";
import { shopHour } from "@/lib/jobs/shop-day";
import { findPostgresBin, startPostgres } from "../bench/postgres.mjs";
import { startServer } from "../bench/server.mjs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../e2e/support/chromium";
import { serverActionId } from "../e2e/support/server-actions";
import { start as startResend } from "../fakes/resend";
import { type Check, check, checkConsistency, stockOf, tally } from "./checks";
import { startLoadBalancer } from "./load-balancer";
import { EXPECTED_REFUSALS, type LoadPlan, orderIdOf, placeDemoOrder, runShoppers } from "./load";
import { type ActionIds, type Answer, AnswerLog, Shopper } from "./shopper";

const root = path.resolve(import.meta.dirname, "../..");
const reports = path.join(root, ".data/reports");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const firstPort = Number(process.env.RELIABILITY_PORT ?? 3700);
/** During the database outage, a request answered later than this is a hang. */
const HANG_MS = 10_000;
/** MAINTENANCE_INTERVAL_MS of lib/jobs/maintenance.ts, which cannot be imported outside Next.js (server-only). */
const MAINTENANCE_INTERVAL_MS = 60_000;
/** Under load, what a shopper's browser waits before giving up: a queue on two cores, not a fault. */
const LOAD_TIMEOUT_MS = 30_000;

const checks: Check[] = [];
const figures: Record<string, string> = {};
const cleanups: (() => unknown)[] = [];
const cleanUp = () => {
  while (cleanups.length) cleanups.pop()!();
};
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

function record(result: Check) {
  checks.push(result);
  console.log(`${result.ok ? "✔" : "✘"} ${result.name}\n    ${result.detail}`);
}

async function main() {
  fs.mkdirSync(reports, { recursive: true });
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    throw new Error(`no production build in ${distDir}: run \`npx next build\` first (npm test makes one)`);
  }
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install postgresql): the reliability tests need it");

  const pg = await startPostgres({ bin, root, log: console.log });
  cleanups.push(pg.stop);
  const resend = await startResend();
  cleanups.push(() => void resend.close());
  const ports = [firstPort, firstPort + 1];
  const balancer = await startLoadBalancer(ports.map((port) => new URL(`http://localhost:${port}`)));
  cleanups.push(() => void balancer.close());
  const site = new URL(balancer.url);
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    DATABASE_URL: pg.url,
    SITE_URL: balancer.url,
    COOKIE_SECRET: "reliability-cookie-secret-only-for-local-runs",
    DEMO_PAYMENTS: "1",
    // One proxy of ours in front: the balancer, which appends the shopper's address.
    TRUSTED_PROXY_HOPS: "1",
    RESEND_API_KEY: "re_reliability_fake_key",
    RESEND_BASE_URL: resend.url,
  };
  console.log(`Two instances on ports ${ports.join(" and ")} behind ${balancer.url}, PostgreSQL ${pg.url}`);
  const logFiles = ports.map((port) => path.join(reports, `reliability-instance-${port}.log`));
  // Each one that started is stopped at the end, even when the other did not start.
  const started = await Promise.allSettled(
    ports.map((port, i) => startServer({ root, port, env, logFile: logFiles[i]! })),
  );
  for (const result of started) if (result.status === "fulfilled") cleanups.push(result.value.stop);
  for (const result of started) if (result.status === "rejected") throw result.reason;
  const instancesReadyAt = Date.now();

  const db = createDb(pg.url);
  cleanups.push(() => void db.$disconnect());
  const actions = actionIds();
  const plan = await loadPlan(db);
  const products = [...plan.plentiful, ...plan.scarce];
  const initialStock = await stockOf(db, products);
  const confirmedOrderIds: string[] = [];
  const emailRequests = resend.requests;
  const consistency = async (label: string) => {
    await outboxDrained(db);
    for (const result of await checkConsistency(db, {
      label,
      confirmedOrderIds,
      products,
      initialStock,
      emailRequests,
    }))
      record(result);
  };

  // 1. Load.
  console.log("\n━━ Load: 50 shoppers, 4 visits each (10 cart operations and a checkout per visit)");
  const loadLog = new AnswerLog();
  const loadStart = Date.now();
  const load = await runShoppers({
    shoppers: 50,
    visits: 4,
    addressPrefix: "127.0.1",
    target: site,
    site,
    actions,
    plan,
    log: loadLog,
    timeoutMs: LOAD_TIMEOUT_MS,
  });
  const loadSeconds = (Date.now() - loadStart) / 1000;
  confirmedOrderIds.push(...load.confirmedOrderIds);
  const cartOps = loadLog.answers.filter((a) => a.op.startsWith("cart:")).length;
  summarize("load", loadLog.answers, loadSeconds);
  record(
    check(
      "load: 2,000 cart operations and 200 checkouts from 50 concurrent shoppers",
      cartOps >= 2000 && load.checkoutAttempts >= 200,
      `${cartOps} cart operations, ${load.checkoutAttempts} checkouts (${load.confirmedOrderIds.length} orders placed, the others refused: the scarce stock ran out)`,
    ),
  );
  record(noFailures("load: no 5xx, no hang, no unexpected refusal", loadLog.answers));
  await consistency("load");

  // 2. PostgreSQL crashes and restarts while shoppers keep going.
  // Each instance's maintenance first runs a minute after it started (the daily retention run among its jobs):
  // with the database up, so that the check of that run below does not depend on when the outage falls.
  await sleep(Math.max(0, instancesReadyAt + MAINTENANCE_INTERVAL_MS + 5_000 - Date.now()));
  console.log("\n━━ Fault: PostgreSQL stopped (immediate) for 5 s during a load of 25 shoppers");
  const faultLog = new AnswerLog();
  // Shoppers keep coming for 12 s after the database is back.
  const faultLoad = runShoppers({
    ...{
      shoppers: 25,
      visits: 1,
      addressPrefix: "127.0.2",
      target: site,
      site,
      actions,
      plan,
      log: faultLog,
      timeoutMs: HANG_MS,
    },
    until: Date.now() + 20_000,
  });
  await sleep(3_000);
  const outageStart = Date.now() - faultLog.started;
  const halted = pg.halt();
  const seenInBrowser = pageDuringOutage(site);
  await sleep(5_000);
  const resumed = pg.resume();
  const outageEnd = Date.now() - faultLog.started;
  const fault = await faultLoad;
  confirmedOrderIds.push(...fault.confirmedOrderIds);
  record(
    check(
      "fault: PostgreSQL went down and came back",
      halted && resumed,
      `down from ${outageStart} ms to ${outageEnd} ms`,
    ),
  );
  summarize("fault", faultLog.answers, (Date.now() - faultLog.started) / 1000);
  const slowest = Math.max(...faultLog.answers.map((a) => a.ms));
  const hangs = faultLog.answers.filter((a) => a.failure || a.ms > HANG_MS);
  record(
    check(
      "fault: no request hangs while the database is down",
      hangs.length === 0,
      `slowest answer ${slowest} ms, ${hangs.length} over ${HANG_MS} ms or without an answer`,
    ),
  );
  const duringOutage = faultLog.answers.filter((a) => a.at + a.ms >= outageStart && a.at <= outageEnd + 1_000);
  const unclean = duringOutage.filter((a) => !isCleanFailure(a) && !isGood(a));
  record(
    check(
      "fault: what fails during the outage fails cleanly (a 503, the form's “try again”, or the error page saying so)",
      unclean.length === 0,
      `${duringOutage.length} requests during the outage: ${tally(duringOutage.map(outcomeOf))}` +
        (unclean.length ? `; unclean: ${unclean.slice(0, 3).map(describeAnswer).join(" | ")}` : ""),
    ),
  );
  record(await seenInBrowser);
  const after = faultLog.answers.filter((a) => a.at > outageEnd + 2_000);
  record(noFailures(`fault: every request after the restart succeeds (${after.length} requests)`, after));
  record(await recoveryProbe(site, actions, plan, confirmedOrderIds));
  await consistency("fault");

  // 3. Two instances share what must be shared.
  console.log("\n━━ Two instances");
  const instanceUrls = ports.map((port) => new URL(`http://localhost:${port}`));
  record(await sessionsAcrossInstances(db, site, instanceUrls, actions));
  record(await rateLimitAcrossInstances(site, instanceUrls, actions));
  record(retentionLoggedOnce(logFiles));
  record(await dailyRunClaimedOnce(pg.url));
}

function summarize(label: string, answers: Answer[], seconds: number) {
  const throughput = answers.length / seconds;
  const p95 = percentile(
    answers.map((a) => a.ms),
    0.95,
  );
  figures[`${label}: requests`] = String(answers.length);
  figures[`${label}: throughput (requests/s)`] = throughput.toFixed(1);
  figures[`${label}: p95 (ms)`] = String(p95);
  console.log(
    `${label}: ${answers.length} requests in ${seconds.toFixed(1)} s, ${throughput.toFixed(1)} requests/s, p95 ${p95} ms`,
  );
  const ops = [...new Set(answers.map((a) => a.op))].sort();
  for (const op of ops) {
    const times = answers.filter((a) => a.op === op).map((a) => a.ms);
    const p95op = percentile(times, 0.95);
    figures[`${label}: p95 ${op} (ms)`] = String(p95op);
    console.log(
      `  ${op.padEnd(24)} ${String(times.length).padStart(5)} requests, p50 ${percentile(times, 0.5)} ms, p95 ${p95op} ms`,
    );
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const isGood = (a: Answer) =>
  !a.failure && a.status > 0 && a.status < 400 && (a.refusal === null || EXPECTED_REFUSALS.has(a.refusal));
/**
 * The shop saying it cannot answer now: a 503 (route handlers), an action's "unavailable" refusal (the form
 * keeps what was typed), or for a page a 500 whose page the browser shows as "briefly unavailable"
 * (app/global-error.tsx: a page cannot choose its status; checked in a browser by pageDuringOutage).
 */
const isCleanFailure = (a: Answer) =>
  !a.failure &&
  a.ms <= HANG_MS &&
  (a.status === 503 || a.refusal === "unavailable" || (a.status === 500 && a.op.endsWith(" page")));
const outcomeOf = (a: Answer) =>
  isGood(a) ? "ok" : isCleanFailure(a) ? `clean ${a.refusal ?? a.status}` : describeAnswer(a);
const describeAnswer = (a: Answer) => `${a.op} ${a.failure ?? a.status}${a.refusal ? ` ${a.refusal}` : ""}`;

function noFailures(name: string, answers: Answer[]): Check {
  const bad = answers.filter((a) => !isGood(a));
  return check(
    name,
    bad.length === 0,
    `${answers.length} requests, ${bad.length} failed: ${tally(bad.map(describeAnswer))}`,
  );
}

/** The action ids of this build, by the file and export that define them. */
function actionIds(): ActionIds {
  const cart = "app/[locale]/(shop)/cart/actions.ts";
  const signIn = "app/[locale]/(shop)/sign-in/actions.ts";
  return {
    addToCart: serverActionId(cart, "addToCartAction"),
    updateLine: serverActionId(cart, "updateCartLineAction"),
    removeLine: serverActionId(cart, "removeCartLineAction"),
    placeOrder: serverActionId("app/[locale]/(shop)/checkout/actions.ts", "placeOrderAction"),
    signIn: serverActionId(signIn, "signInAction"),
    signOut: serverActionId(signIn, "signOutAction"),
  };
}

/** Four products in plenty and two scarce ones (40 units each for some 150 wanted), with a variant where they have one. */
async function loadPlan(db: Db): Promise<LoadPlan> {
  const products = await db.product.findMany({
    where: { active: true },
    orderBy: { slug: "asc" },
    take: 6,
    include: { variants: { where: { active: true }, orderBy: { position: "asc" }, take: 1 } },
  });
  if (products.length < 6) throw new Error("the demo seed has fewer than 6 products");
  const chosen = products.map((product) => ({
    productId: product.id,
    variantId: product.variants[0]?.id ?? null,
    slug: product.slug,
  }));
  for (const [index, product] of chosen.entries()) {
    const stock = index < 4 ? 100_000 : 40;
    if (product.variantId) await db.productVariant.update({ where: { id: product.variantId }, data: { stock } });
    else await db.product.update({ where: { id: product.productId }, data: { stock } });
  }
  return { plentiful: chosen.slice(0, 4), scarce: chosen.slice(4) };
}

/** Waits until the outbox has nothing left to send (the instances send after each order, and every minute). */
async function outboxDrained(db: Db) {
  for (let waited = 0; waited < 150_000; waited += 1_000) {
    const left = await db.emailOutbox.count({ where: { status: { in: ["pending", "sending"] } } });
    if (left === 0) return;
    await sleep(1_000);
  }
}

/** A shopper opening the checkout page in Chromium while the database is down reads that the shop is briefly unavailable. */
async function pageDuringOutage(site: URL): Promise<Check> {
  const name = "fault: a page opened during the outage says, in the browser, that the shop is briefly unavailable";
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const started = Date.now();
    const response = await page.goto(new URL("/fr/checkout", site).href, { timeout: HANG_MS });
    const heading = page.getByRole("heading", { name: "La boutique est momentanément indisponible" });
    const shown = await heading.waitFor({ timeout: 4_000 }).then(
      () => true,
      () => false,
    );
    return check(
      name,
      shown,
      `HTTP ${response?.status()}, ${shown ? "the page says so" : `the page shows: ${(await page.locator("body").innerText()).slice(0, 200)}`} (${Date.now() - started} ms)`,
    );
  } catch (error) {
    return check(name, false, String(error));
  } finally {
    await browser.close();
  }
}

/** After the restart, without restarting the instances: a new shopper fills a cart and checks out, twice (both instances). */
async function recoveryProbe(site: URL, actions: ActionIds, plan: LoadPlan, confirmed: string[]): Promise<Check> {
  const log = new AnswerLog();
  const outcomes: string[] = [];
  for (let i = 0; i < 2; i++) {
    const shopper = new Shopper(site, site, `127.0.3.${i + 1}`, log);
    const product = plan.plentiful[i]!;
    await shopper.callAction("cart: add", `/fr/product/${product.slug}`, actions.addToCart, {
      productId: product.productId,
      variantId: product.variantId,
      quantity: 1,
      locale: "fr",
    });
    const result = await placeDemoOrder(shopper, actions, {
      email: `reprise-${i}@example.fr`,
      name: "Camille Reprise",
    });
    const orderId = orderIdOf(result);
    if (orderId) confirmed.push(orderId);
    outcomes.push(orderId ? "order placed" : describeAnswer(result));
    shopper.close();
  }
  const bad = log.answers.filter((a) => !isGood(a));
  return check(
    "fault: the instances recover without a restart (a new cart and order on each)",
    bad.length === 0 && outcomes.every((o) => o === "order placed"),
    outcomes.join(", "),
  );
}

const PASSWORD = "un mot de passe solide";

/** A session opened through one instance is valid on the other; signing out on the other ends it on both. */
async function sessionsAcrossInstances(db: Db, site: URL, [first, second]: URL[], actions: ActionIds): Promise<Check> {
  const email = `deux-instances-${Date.now()}@example.fr`;
  await db.user.create({
    data: { email, passwordHash: await hashPassword(PASSWORD), emailVerified: new Date(), name: "Alex Deux" },
  });
  const log = new AnswerLog();
  const onFirst = new Shopper(first!, site, "127.0.4.1", log);
  const signedIn = await onFirst.submitForm("sign in", "/fr/sign-in", actions.signIn, {
    locale: "fr",
    intent: "password",
    email,
    password: PASSWORD,
  });
  const onSecond = onFirst.via(second!);
  const account = await onSecond.get("account", "/fr/account/profile");
  const seenOnSecond = account.status === 200 && account.text.includes(email);
  const signedOut = await onSecond.submitForm("sign out", "/fr/account/security", actions.signOut, { locale: "fr" });
  // The first instance still holds the old cookie: the session itself must be gone.
  const afterSignOut = await onFirst.get("account", "/fr/account/profile");
  const endedOnFirst =
    afterSignOut.status >= 300 && afterSignOut.status < 400 && /sign-in/.test(String(afterSignOut.headers.location));
  onFirst.close();
  onSecond.close();
  return check(
    "two instances: a session opened on one is valid on the other, and signing out on the other ends it on both",
    /\/fr\/account/.test(String(signedIn.headers["x-action-redirect"])) && seenOnSecond && endedOnFirst,
    `sign-in ${signedIn.status} → ${signedIn.headers["x-action-redirect"] ?? "no redirect"}; profile on the other instance ${account.status}` +
      `${seenOnSecond ? " (shows the address)" : ""}; sign-out there ${signedOut.status} ${signedOut.refusal ?? signedOut.headers["x-action-redirect"] ?? ""}; then the first answers ${afterSignOut.status} ${afterSignOut.headers.location ?? ""}`,
  );
}

/** Sign-in attempts from one address, alternating between instances: the limit (30 per 15 min) counts them all. */
async function rateLimitAcrossInstances(site: URL, instances: URL[], actions: ActionIds): Promise<Check> {
  const log = new AnswerLog();
  // Straight to the instances: `next start` then writes the connection's address into X-Forwarded-For itself.
  const shoppers = instances.map((url) => new Shopper(url, site, "127.0.5.1", log));
  const codes: string[] = [];
  for (let attempt = 0; attempt < 32; attempt++) {
    const answer = await shoppers[attempt % 2]!.submitForm("sign in", "/fr/sign-in", actions.signIn, {
      locale: "fr",
      intent: "password",
      email: `inconnu-${attempt}@example.fr`,
      password: "pas le bon mot de passe",
    });
    codes.push(answer.refusal ?? String(answer.status));
  }
  for (const shopper of shoppers) shopper.close();
  const refusedFirst = codes.slice(0, 30).every((code) => code === "wrongCredentials");
  // The sign-in form words the limit as "wait before trying again" (lib/auth/config.ts).
  const limitedAfter = codes.slice(30).every((code) => code === "signInDelayed");
  return check(
    "two instances: the sign-in limit per address counts the attempts made on both",
    refusedFirst && limitedAfter,
    `attempts 1–30 (alternating): ${tally(codes.slice(0, 30))}; attempts 31–32 (one on each): ${codes.slice(30).join(", ")}`,
  );
}

/** Each instance's maintenance ran during this test: the retention purge, if it was due today, ran on one only. */
function retentionLoggedOnce(logFiles: string[]): Check {
  const runs = logFiles.map(
    (file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.includes('"retention applied"')).length,
  );
  const total = runs.reduce((sum, count) => sum + count, 0);
  const due = shopHour(new Date()) >= 4;
  return check(
    "two instances: the daily retention purge runs on one instance only",
    due ? total === 1 : total === 0,
    `runs logged per instance: ${runs.join(" and ")} (${due ? "due today" : "not due yet today: before 04:00 in Paris"})`,
  );
}

/** Two processes race for each of seven days of retention runs (at the same instant, day after day): one wins each. */
async function dailyRunClaimedOnce(databaseUrl: string): Promise<Check> {
  const startAt = Date.now() + 8_000;
  const racers = [0, 1].map(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawn("npx", ["tsx", "tests/reliability/claim-days.ts", String(startAt)], {
          cwd: root,
          env: { ...process.env, DATABASE_URL: databaseUrl },
          stdio: ["ignore", "pipe", "inherit"],
        });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.on("exit", (code) =>
          code === 0 ? resolve(JSON.parse(output) as string[]) : reject(new Error(`claim-days exited ${code}`)),
        );
      }),
  );
  const [first, second] = await Promise.all(racers);
  const days = [...first!, ...second!];
  const once = new Set(days).size === days.length && days.length === 7;
  return check(
    "two processes: the daily retention run is claimed once per day",
    once,
    `7 days raced: ${first!.length} runs in one process, ${second!.length} in the other, ${days.length - new Set(days).size} days run twice`,
  );
}

try {
  await main();
} catch (error) {
  record(check("the reliability run completed", false, String((error as Error)?.stack ?? error)));
}
const failed = checks.filter((c) => !c.ok).length;
fs.writeFileSync(
  path.join(reports, "reliability.json"),
  JSON.stringify({ passed: checks.length - failed, failed, checks, figures }, null, 2),
);
console.log(`\n${checks.length - failed} passed, ${failed} failed`);
cleanUp();
process.exit(failed === 0 ? 0 : 1);
