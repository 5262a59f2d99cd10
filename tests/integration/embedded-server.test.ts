// The embedded database is shared by every process of the shop: the CLI (migrations, seed) works while
// the app is running and the app sees what the CLI wrote. Here the "app" is a client held open by this
// test process, and the CLI commands run as separate processes, exactly as a user types them.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import pg from "pg";
import { connectionStringFor, runningServer, serverFiles } from "@/lib/db/embedded-server";
import { products } from "@/prisma/seed-data/products";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
let tmp: string;
let databaseUrl: string;
let app: Db;

function cli(...args: string[]) {
  return run(args[0]!, args.slice(1), {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    timeout: 120_000,
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plusuite-embedded-"));
  databaseUrl = `pglite:${tmp}/db`;
  await cli("node", "scripts/prisma.mjs", "migrate", "deploy");
  app = createDb(databaseUrl);
}, 180_000);

afterAll(async () => {
  await app?.$disconnect();
  const server = await runningServer(`${tmp}/db`);
  if (server) process.kill(server.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  fs.rmSync(tmp, { recursive: true, force: true });
});

test("the seed command run while the app is connected writes rows the app sees at once", async () => {
  expect(await app.product.count()).toBe(0);

  const { stdout } = await cli(path.join(root, "node_modules/.bin/tsx"), "prisma/seed.ts");
  expect(stdout).toMatch(/products added/);

  expect(await app.product.count()).toBe(products.length);
  const sample = products[0]!;
  expect(await app.product.findUnique({ where: { slug: sample.slug }, select: { priceCents: true } })).toEqual({
    priceCents: sample.priceCents,
  });
}, 180_000);

test("a second seed while the app keeps writing changes nothing and loses nothing", async () => {
  const product = await app.product.findFirstOrThrow({ where: { variants: { none: {} } }, orderBy: { slug: "asc" } });
  await app.product.update({ where: { id: product.id }, data: { stock: 999 } });

  const { stdout } = await cli(path.join(root, "node_modules/.bin/tsx"), "prisma/seed.ts");
  expect(stdout).toMatch(/0 categories and 0 products added/);
  expect((await app.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(999);
}, 180_000);

test("concurrent clients from separate processes share one server, and only one server runs", async () => {
  const before = await runningServer(`${tmp}/db`);
  const counts = await Promise.all(
    [1, 2, 3].map(() =>
      cli(
        process.execPath,
        "--import",
        "tsx",
        "-e",
        `import("./lib/db/client.ts").then(async ({ createDb }) => { const db = createDb(); console.log(await db.product.count()); await db.$disconnect(); })`,
      ),
    ),
  );
  expect(counts.map((result) => Number(result.stdout.trim()))).toEqual([
    products.length,
    products.length,
    products.length,
  ]);
  expect((await runningServer(`${tmp}/db`))?.pid).toBe(before?.pid);
}, 180_000);

test("transactions and plain queries from many connections never mix their protocol messages", async () => {
  // PGlite is one session shared by all connections: without keeping each client's Parse…Sync group
  // together, this failed with "unnamed prepared statement does not exist" (scripts/pglite-server.mjs).
  const server = await runningServer(`${tmp}/db`);
  const pool = new pg.Pool({ connectionString: connectionStringFor(server!.port), max: 8 });
  const failures: string[] = [];
  const inTransaction = async (i: number) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT $1::int, $2::int, $3::int, $4::int", [i, 2, 3, 4]);
      await client.query("COMMIT");
    } catch (error) {
      failures.push((error as Error).message);
      await client.query("ROLLBACK").catch(() => undefined);
    } finally {
      client.release();
    }
  };
  try {
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        i % 3 === 0
          ? inTransaction(i)
          : pool.query("SELECT $1::text AS value", [`x${i}`]).then(
              (result) => expect(result.rows).toEqual([{ value: `x${i}` }]),
              (error: Error) => failures.push(error.message),
            ),
      ),
    );
  } finally {
    await pool.end();
  }
  expect(failures).toEqual([]);
}, 120_000);

/**
 * Kills the server as a crash or `kill -9` would, and waits until it is gone. At least one pause: a connection
 * the pool keeps idle learns that its server died only when its socket's close is handled, and a query sent
 * before that goes out on it ("Connection terminated unexpectedly", as with any connection pool after a crash;
 * seen once in CI); the case under test is the next query after a crash, not one racing it.
 */
async function killServer(): Promise<number> {
  const server = await runningServer(`${tmp}/db`);
  if (!server) throw new Error("no embedded server running");
  process.kill(server.pid, "SIGKILL");
  do await new Promise((resolve) => setTimeout(resolve, 50));
  while (await runningServer(`${tmp}/db`));
  return server.pid;
}

test("issue 14: the server killed (SIGKILL) while the app runs is started again by the next query, nothing lost", async () => {
  // Before lib/db/embedded-client.ts, every query after this failed with "Can't reach database server at
  // 127.0.0.1:<port>" until the app itself was restarted.
  const product = await app.product.findFirstOrThrow({ orderBy: { slug: "asc" } });
  await app.product.update({ where: { id: product.id }, data: { stock: 777 } });
  const killed = await killServer();

  const started = Date.now();
  expect((await app.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(777);
  const restarted = await runningServer(`${tmp}/db`);
  expect(restarted?.pid).not.toBe(killed);
  console.info(`[embedded-server] killed pid ${killed}: the next query restarted it in ${Date.now() - started} ms`);
  expect(await app.product.count()).toBe(products.length);
}, 120_000);

test("issue 14: a server that cannot start again makes the query fail with its log file and the command to run", async () => {
  const versionFile = path.join(tmp, "db", "PG_VERSION");
  const version = fs.readFileSync(versionFile, "utf8");
  await killServer();
  fs.writeFileSync(versionFile, "99\n"); // a data directory this PGlite refuses to open
  try {
    await expect(app.product.count()).rejects.toThrow(
      `did not start; see ${serverFiles(`${tmp}/db`).log}. Run \`node scripts/pglite-server.mjs ${tmp}/db\` to see why`,
    );
  } finally {
    fs.writeFileSync(versionFile, version);
  }
  // Repaired: the next query starts it.
  expect(await app.product.count()).toBe(products.length);
}, 120_000);
