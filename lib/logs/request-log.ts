// The diagnostics request log (P18, P19): time, method, path, status, user agent and the client's network,
// kept 30 days (lib/privacy/retention-schedule.ts, requestLog). No user, session or cookie, and never the
// full address: IPv4 to its /24, IPv6 to its /48 (truncateIp).
//
// Recording must not slow serving: proxy.ts only pushes an entry into an in-memory buffer (no database
// call on the request path), and a timer of the server process writes the buffer in batches. The buffer
// lives on globalThis because proxy.ts and instrumentation.ts are separate bundles of the same Node
// process (docs/decisions/0011-request-and-audience-logs.md). It is bounded: when the database falls
// behind, the oldest entries are dropped (a diagnostics log may lose lines; the server may not lose memory).
import { isIP } from "node:net";
import type { Db } from "@/lib/db/client";
import { clientIp, ipv6Groups, UNKNOWN_CLIENT_IP } from "@/lib/security/client-ip";

export const USER_AGENT_MAX = 200;
const PATH_MAX = 500;
export const REQUEST_LOG_CAPACITY = 5_000;
/** Rows per createMany, and the fill level at which the flusher writes without waiting for its tick. */
export const REQUEST_LOG_BATCH = 200;
export const REQUEST_LOG_FLUSH_MS = 5_000;

export type RequestLogEntry = {
  at: Date;
  method: string;
  path: string;
  status: number | null;
  durationMs: number | null;
  userAgent: string | null;
  clientNetwork: string | null;
};

/**
 * The network of an address: IPv4 "203.0.113.7" → "203.0.113.0" (/24), IPv6 → its first 48 bits
 * ("2001:db8:85a3::"), IPv4-mapped IPv6 as IPv4. Accepts clientIp's "<prefix>::/64" spelling.
 * Null for anything that is not an address, so a malformed value is never stored as it came.
 */
export function truncateIp(ip: string): string | null {
  const address = ip.trim().replace(/\/\d{1,3}$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  const candidate = mapped?.[1] ?? address;
  switch (isIP(candidate)) {
    case 4:
      return `${candidate.split(".").slice(0, 3).join(".")}.0`;
    case 6:
      return `${ipv6Groups(candidate).slice(0, 3).join(":")}::`;
    default:
      return null;
  }
}

/** The path alone: no query string or fragment (they carry tokens and search words), bounded in length. */
export function loggablePath(pathOrUrl: string): string {
  const path = pathOrUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").split(/[?#]/)[0] || "/";
  return path.slice(0, PATH_MAX);
}

/** One log entry from what a request shows; the address is truncated before it leaves this function. */
export function requestLogEntry(
  request: { method: string; url: string; headers: Pick<Headers, "get"> },
  options: { trustedProxyHops: number; now: Date; status?: number | null; durationMs?: number | null },
): RequestLogEntry {
  const ip = clientIp(request.headers, options.trustedProxyHops);
  const userAgent = request.headers.get("user-agent");
  return {
    at: options.now,
    method: request.method.toUpperCase().slice(0, 10),
    path: loggablePath(request.url),
    status: options.status ?? null,
    durationMs: options.durationMs ?? null,
    userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
    clientNetwork: ip === UNKNOWN_CLIENT_IP ? null : truncateIp(ip),
  };
}

export type RequestLogBuffer = {
  entries: RequestLogEntry[];
  capacity: number;
  /** entries dropped because the buffer was full, since the process started */
  dropped: number;
  /** set by the flusher: called when the buffer holds a full batch */
  onBatchReady?: () => void;
};

export function createRequestLogBuffer(capacity = REQUEST_LOG_CAPACITY): RequestLogBuffer {
  return { entries: [], capacity, dropped: 0 };
}

const globalForLog = globalThis as unknown as { plusuiteRequestLog?: RequestLogBuffer };

/** The process's buffer, shared by proxy.ts (which fills it) and the flusher (which empties it). */
export function sharedRequestLogBuffer(): RequestLogBuffer {
  globalForLog.plusuiteRequestLog ??= createRequestLogBuffer();
  return globalForLog.plusuiteRequestLog;
}

/** Adds an entry, dropping the oldest when full. Never throws, never waits. */
export function pushRequestLog(buffer: RequestLogBuffer, entry: RequestLogEntry): void {
  if (buffer.entries.length >= buffer.capacity) {
    buffer.entries.shift();
    buffer.dropped++;
  }
  buffer.entries.push(entry);
  if (buffer.entries.length === REQUEST_LOG_BATCH) buffer.onBatchReady?.();
}

/** Writes what the buffer holds, a batch at a time; returns the rows written. Entries of a failed batch are lost. */
export async function flushRequestLog(db: Db, buffer: RequestLogBuffer, batch = REQUEST_LOG_BATCH): Promise<number> {
  let written = 0;
  while (buffer.entries.length > 0) {
    const rows = buffer.entries.splice(0, batch);
    written += (await db.requestLog.createMany({ data: rows })).count;
  }
  return written;
}

/** Flushes the shared buffer every few seconds, or at once when a batch is ready; the timer keeps no process alive. */
export function startRequestLogFlusher(
  db: Db,
  buffer: RequestLogBuffer = sharedRequestLogBuffer(),
  intervalMs = REQUEST_LOG_FLUSH_MS,
): () => void {
  let running = false;
  const flush = async () => {
    if (running) return;
    running = true;
    try {
      await flushRequestLog(db, buffer);
    } catch (error) {
      console.error(`request log flush failed: ${error instanceof Error ? error.name : "unknown error"}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(flush, intervalMs);
  timer.unref();
  buffer.onBatchReady = () => void flush();
  return () => {
    clearInterval(timer);
    buffer.onBatchReady = undefined;
  };
}
