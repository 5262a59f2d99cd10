// `next start` for the bench, on the loopback interface, with its output kept in a log file.
import { spawn } from "node:child_process";
import fs from "node:fs";

// "localhost", not "127.0.0.1": with an explicit 127.0.0.1, Next.js 16 takes every rewrite made by proxy.ts
// (the filtered category listings) for an external one and proxies it back to itself over HTTP, so the proxy
// runs twice and the page costs two requests (vercel/next.js#94745; behind a TLS proxy it even answers 500).
export const BENCH_HOST = "localhost";

/** Starts the production server and resolves once /api/ready answers (database reachable, migrations applied); stop() ends its process group. */
export async function startServer({ root, port, env, logFile }) {
  const log = fs.openSync(logFile, "w");
  const child = spawn("npx", ["next", "start", "-H", BENCH_HOST, "-p", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", log, log],
    detached: true,
  });
  fs.closeSync(log);
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    exited = true;
  };
  try {
    await waitFor(`http://${BENCH_HOST}:${port}/api/ready`, () => exited);
  } catch (error) {
    stop();
    throw new Error(`${error.message}; server log: ${logFile}`);
  }
  return { stop, cpuSeconds: () => groupCpuSeconds(child.pid) };
}

/**
 * CPU time used so far by the server's processes (its process group), from /proc; null elsewhere than Linux.
 * Unlike requests/s, the CPU a page costs does not depend on what else the machine is doing.
 */
function groupCpuSeconds(pgid) {
  if (!fs.existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // ended meanwhile
    }
    // Fields after "(command)": state, ppid, pgrp, …, utime (14th field of the line), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

// USER_HZ: 100 on every Linux architecture Node.js runs on.
const CLOCK_TICKS_PER_SECOND = 100;

async function waitFor(url, hasExited) {
  for (let i = 0; i < 120 && !hasExited(); i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}
