// One PGlite data directory may be opened by one process only. The first process of the shop that
// needs the embedded database starts a small local server (scripts/pglite-server.mjs) that owns the
// directory and speaks the Postgres protocol on 127.0.0.1; every process (next dev/start, build
// workers, seed, CLI) then connects to it with the same PostgreSQL adapter as production.
// (The turbopackIgnore comments: these paths are the database's files at run time, not files to bundle.)
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

type ServerState = { pid: number; port: number; dir: string };

const START_TIMEOUT_MS = 60_000;

export const serverFiles = (dir: string) => ({
  state: `${dir}.server.json`,
  lock: `${dir}.lock`,
  log: `${dir}.server.log`,
});

export function connectionStringFor(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

export async function ensureEmbeddedServer(dir: string): Promise<string> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  fs.mkdirSync(/* turbopackIgnore: true */ path.dirname(dir), { recursive: true });
  while (Date.now() < deadline) {
    const running = await runningServer(dir);
    if (running) return connectionStringFor(running.port);
    if (takeLock(dir)) {
      try {
        const again = await runningServer(dir);
        if (again) return connectionStringFor(again.port);
        return connectionStringFor((await startServer(dir, deadline)).port);
      } finally {
        fs.rmSync(/* turbopackIgnore: true */ serverFiles(dir).lock, { force: true });
      }
    }
    await sleep(200); // another process is starting the server: wait for its state file
  }
  throw notStarted(dir);
}

/** What a developer sees (the failing page's log, the CLI's output) when the server cannot be started. */
function notStarted(dir: string): Error {
  return new Error(
    `The embedded database server for ${dir} did not start; see ${serverFiles(dir).log}. ` +
      `Run \`node scripts/pglite-server.mjs ${dir}\` to see why, or \`npm run db:stop\` and then \`npm run dev\` again.`,
  );
}

export async function runningServer(dir: string): Promise<ServerState | null> {
  const state = readState(dir);
  if (!state || !isAlive(state.pid)) return null;
  return (await canConnect(state.port)) ? state : null;
}

function readState(dir: string): ServerState | null {
  try {
    const state = JSON.parse(
      fs.readFileSync(/* turbopackIgnore: true */ serverFiles(dir).state, "utf8"),
    ) as ServerState;
    return state.dir === dir && Number.isInteger(state.port) ? state : null;
  } catch {
    return null;
  }
}

function takeLock(dir: string): boolean {
  const { lock } = serverFiles(dir);
  try {
    fs.writeFileSync(/* turbopackIgnore: true */ lock, String(process.pid), { flag: "wx" });
    return true;
  } catch {
    // A lock left by a process that died is stale.
    const holder = Number(fs.readFileSync(/* turbopackIgnore: true */ lock, { encoding: "utf8", flag: "a+" }));
    if (!isAlive(holder)) fs.rmSync(/* turbopackIgnore: true */ lock, { force: true });
    return false;
  }
}

async function startServer(dir: string, deadline: number): Promise<ServerState> {
  const script = path.join(/* turbopackIgnore: true */ process.cwd(), "scripts", "pglite-server.mjs");
  const log = fs.openSync(/* turbopackIgnore: true */ serverFiles(dir).log, "a");
  const child = spawn(process.execPath, [script, dir], {
    detached: true,
    stdio: ["ignore", log, log],
    cwd: process.cwd(),
    env: process.env,
  });
  child.unref();
  fs.closeSync(log);
  while (Date.now() < deadline) {
    const state = readState(dir);
    if (state && state.pid === child.pid && (await canConnect(state.port))) return state;
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  throw notStarted(dir);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
