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
keepExtendedQueriesWhole(server);
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

/**
 * PGlite is ONE backend session shared by every client of the socket server, so the unnamed prepared
 * statement and portal of the extended query protocol are shared too. pglite-socket 0.2.17 keeps a
 * transaction's messages together but, outside a transaction, runs the messages of different clients
 * in arrival order: client A's Parse, then B's Parse, then A's Bind fails ("bind message supplies 4
 * parameters, but prepared statement \"\" requires 1", "unnamed prepared statement does not exist").
 * This replaces its queue loop (private API of that exact, pinned version: see
 * docs/decisions/0001-embedded-pglite-server.md) so that once a client has sent Parse, Bind, Describe,
 * Execute, Close or Flush, only that client's messages run until its Sync. It also keeps the queue
 * going after a failed message instead of stalling it.
 */
function keepExtendedQueriesWhole(socketServer) {
  const queue = socketServer.queryQueue;
  if (!queue || typeof queue.processQueue !== "function" || !Array.isArray(queue.queue)) {
    throw new Error("pglite-socket internals changed: review keepExtendedQueriesWhole before upgrading");
  }
  const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // P B D E C H
  const SYNC_OR_SIMPLE = new Set([0x53, 0x51]); // S Q
  let groupOwner = null;

  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = groupOwner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1);
        const type = item.message[0];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (error) {
          item.reject(error);
        }
        this.lastHandlerId = item.handlerId;
        if (EXTENDED.has(type)) groupOwner = item.handlerId;
        else if (SYNC_OR_SIMPLE.has(type) || groupOwner !== item.handlerId) groupOwner = null;
      }
    } finally {
      this.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clearQueueForHandler(handlerId);
    if (groupOwner === handlerId) {
      groupOwner = null;
      queueMicrotask(() => void queue.processQueue());
    }
  };
}
