// A throwaway PostgreSQL server for the bench: initdb in a temporary folder, listening on 127.0.0.1 only, with
// the shop's migrations and demo seed. As root, the server runs as the postgres user (it refuses root), as
// .ci/run does. stop() removes everything; it is synchronous so that it also runs from an exit handler.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const DATABASE = "plusuite_bench";

/** The newest PostgreSQL bin folder of a Debian-style install, or null when PostgreSQL is absent. */
export function findPostgresBin() {
  if (process.env.BENCH_PG_BIN) {
    return fs.existsSync(path.join(process.env.BENCH_PG_BIN, "pg_ctl")) ? process.env.BENCH_PG_BIN : null;
  }
  const parent = "/usr/lib/postgresql";
  if (!fs.existsSync(parent)) return null;
  const bins = fs
    .readdirSync(parent)
    .map((version) => path.join(parent, version, "bin"))
    .filter((bin) => fs.existsSync(path.join(bin, "pg_ctl")))
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  return bins.at(-1) ?? null;
}

/**
 * Starts the server, migrates and seeds it with the repository's own commands. Returns { url, stop, halt, resume }.
 * Throws with the server's log when something fails (the folder is removed first).
 */
export async function startPostgres({ bin, root, log = console.log }) {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plusuite-bench-pg."));
  const data = path.join(dir, "data");
  const port = await freePort();
  const pg = (tool, args) => {
    const command = asRoot ? "runuser" : path.join(bin, tool);
    const argv = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
    return spawnSync(command, argv, { cwd: dir, encoding: "utf8" });
  };
  let started = false;
  const stop = () => {
    if (started) pg("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    started = false;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const fail = (step, result) => {
    const serverLog = readTail(path.join(dir, "server.log"));
    stop();
    throw new Error(`PostgreSQL: ${step} failed\n${result.stderr ?? ""}${result.stdout ?? ""}${serverLog}`);
  };

  if (asRoot) spawnSync("chown", ["postgres:postgres", dir]);
  let result = pg("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  if (result.status !== 0) fail("initdb", result);
  started = true;
  const startServer = () =>
    pg("pg_ctl", [
      ...["-D", data, "-l", path.join(dir, "server.log"), "-w", "start"],
      ...["-o", `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`],
    ]);
  result = startServer();
  if (result.status !== 0) fail("pg_ctl start", result);
  result = pg("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", DATABASE]);
  if (result.status !== 0) fail("createdb", result);

  const url = `postgresql://postgres@127.0.0.1:${port}/${DATABASE}`;
  // For the fault tests (tests/reliability): the server goes away as in a crash or a restart, and comes back.
  const halt = () => pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).status === 0;
  const resume = () => startServer().status === 0;
  for (const script of ["db:migrate", "seed"]) {
    log(`PostgreSQL: npm run ${script}`);
    result = spawnSync("npm", ["run", "--silent", script], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    if (result.status !== 0) fail(`npm run ${script}`, result);
  }
  return { url, stop, halt, resume };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function readTail(file) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-20).join("\n");
  } catch {
    return "";
  }
}
