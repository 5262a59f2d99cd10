// Owns one PGlite data directory and serves it on 127.0.0.1 over the Postgres protocol, so that every
// process of the shop shares it (started on demand by lib/db/embedded-server.ts; stop: npm run db:stop).
// Stops by itself after PLUSUITE_PGLITE_IDLE_MINUTES (default 30) without any client connection.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/pglite-server.mjs <data-dir>");
  process.exit(2);
}
const stateFile = `${dir}.server.json`;
const idleLimitMs = Number(process.env.PLUSUITE_PGLITE_IDLE_MINUTES ?? 30) * 60_000;

const db = await PGlite.create(dir, { extensions: { unaccent } });
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 100 });
await server.start();
const port = Number(server.getServerConn().split(":").pop());
fs.writeFileSync(`${stateFile}.tmp`, JSON.stringify({ pid: process.pid, port, dir }));
fs.renameSync(`${stateFile}.tmp`, stateFile);
console.log(`${new Date().toISOString()} PGlite ${dir} served on 127.0.0.1:${port} (pid ${process.pid})`);

let idleSince = Date.now();
const idleCheck = setInterval(() => {
  if (server.getStats().activeConnections > 0) idleSince = Date.now();
  else if (Date.now() - idleSince > idleLimitMs) void shutdown("idle");
}, 5_000);

let stopping = false;
async function shutdown(reason) {
  if (stopping) return;
  stopping = true;
  clearInterval(idleCheck);
  console.log(`${new Date().toISOString()} stopping (${reason})`);
  try {
    const state = JSON.parse(fs.readFileSync(stateFile, "utf8"));
    if (state.pid === process.pid) fs.rmSync(stateFile, { force: true });
  } catch {}
  await server.stop();
  await db.close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
