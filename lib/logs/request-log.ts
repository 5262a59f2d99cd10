// The diagnostics request log (P18, P19): time, method, path, status, duration, user agent and the client's
// network, kept 30 days (lib/privacy/retention-schedule.ts, requestLog). No user, session or cookie, never
// the full address (IPv4 to its /24, IPv6 to its /48: truncateIp) and never a query string.
//
// Each response is seen as it finishes through Node's built-in HTTP diagnostics channels, subscribed once by
// instrumentation.ts: that is where the final status of pages, route handlers and server actions is known
// (docs/decisions/0011-request-and-audience-logs.md). Recording must not slow serving: the subscriber only
// pushes a line into an in-memory buffer, and a timer writes the buffer in batches. The buffer is bounded:
// when the database falls behind, the oldest lines are dropped (a diagnostics log may lose lines; the
// server may not lose memory).
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";
import type { Db } from "@/lib/db/client";
import { clientIp, ipv6Groups, UNKNOWN_CLIENT_IP } from "@/lib/security/client-ip";
import { errorKind, logger } from "./logger";
import { REQUEST_START_CHANNEL, requestIdOf } from "./request-id";

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
  status: number;
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

/**
 * A path segment naming one record (an order, an address, a saved list: ids like "cmh3k9x0a0001qz8w5n2v7r4t"),
 * which a log line must not carry: joined to the table, it would name the customer (P25). Slugs have dashes.
 */
const RECORD_ID = /^(?=[A-Za-z0-9_]*\d)[A-Za-z0-9_]{16,}$/;

/**
 * The path alone: no query string or fragment (they carry tokens and search words), no search words in the path
 * either, record ids replaced by "[id]" ("/fr/order/cmh3…" → "/fr/order/[id]"), bounded in length.
 */
export function loggablePath(pathOrUrl: string): string {
  const path = (pathOrUrl.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").split(/[?#]/)[0] || "/")
    // A search as the cache keys it ("/fr/search/_4cin/1", decision 0013) carries the words in its path.
    .replace(/^\/([a-z]{2})\/search\/.*$/, "/$1/search");
  const masked = path
    .split("/")
    .map((segment) => (RECORD_ID.test(segment) ? "[id]" : segment))
    .join("/");
  return masked.slice(0, PATH_MAX);
}

/** What the server saw of one request, as it arrived and as it was answered. */
export type ServedRequest = {
  method: string;
  /** the URL as it arrived (Next.js rewrites req.url while serving) */
  url: string;
  status: number;
  durationMs: number | null;
  userAgent: string | undefined;
  /** X-Forwarded-For as it arrived (Next.js fills it in when it is missing) */
  forwardedFor: string | undefined;
  /** a Next.js router prefetch (Next-Router-Prefetch header) */
  prefetch: boolean;
  /** the address of the connection's other end */
  peerAddress: string | undefined;
};

/** Build files, public files (images, icons) and the router's prefetches: logged only when they fail. */
function isRoutine(path: string, request: ServedRequest): boolean {
  if (request.status >= 400) return false;
  return path.startsWith("/_next/") || /\.[^/]*$/.test(path) || request.prefetch;
}

/**
 * The client's address, as the rate limits read it (lib/security/client-ip.ts): with proxies of our own, the
 * entry they appended to X-Forwarded-For; reached directly, the connection's address (a header the client
 * wrote is not believed).
 */
function clientAddress(request: ServedRequest, trustedProxyHops: number): string | undefined {
  if (trustedProxyHops < 1) return request.peerAddress;
  const forwardedFor = request.forwardedFor ?? null;
  const ip = clientIp({ get: (name) => (name === "x-forwarded-for" ? forwardedFor : null) }, trustedProxyHops);
  return ip === UNKNOWN_CLIENT_IP ? undefined : ip;
}

/** The log line of a served request, or null when it is not logged; the address is truncated here. */
export function requestLogEntry(
  request: ServedRequest,
  options: { trustedProxyHops: number; at: Date },
): RequestLogEntry | null {
  const path = loggablePath(request.url);
  if (isRoutine(path, request)) return null;
  const { userAgent } = request;
  const address = clientAddress(request, options.trustedProxyHops);
  return {
    at: options.at,
    method: request.method.toUpperCase().slice(0, 10),
    path,
    status: request.status,
    durationMs: request.durationMs,
    userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
    clientNetwork: address ? truncateIp(address) : null,
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

/** Adds an entry, dropping the oldest when full. Never throws, never waits. */
export function pushRequestLog(buffer: RequestLogBuffer, entry: RequestLogEntry): void {
  if (buffer.entries.length >= buffer.capacity) {
    buffer.entries.shift();
    buffer.dropped++;
  }
  buffer.entries.push(entry);
  if (buffer.entries.length === REQUEST_LOG_BATCH) buffer.onBatchReady?.();
}

// Node's built-in channels (node:http), published by every HTTP server of the process: `next start`'s own.
const RESPONSE_FINISH = "http.server.response.finish";
type ServerMessage = { request: IncomingMessage; response: ServerResponse };
type Arrival = { at: Date; startedAt: number; url: string; forwardedFor: string | undefined; prefetch: boolean };

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * Pushes a line into `buffer` for each response the process finishes. The arrival is noted at the start,
 * because while serving Next.js rewrites the URL, fills X-Forwarded-For in and strips its router headers. Responses that never finish (the
 * client went away) are not logged. A subscriber that threw would crash the process: nothing here throws.
 */
export function startRequestLogRecorder(buffer: RequestLogBuffer, trustedProxyHops: number): () => void {
  const arrivals = new WeakMap<IncomingMessage, Arrival>();
  const onStart = (message: unknown) => {
    try {
      const { request } = message as ServerMessage;
      arrivals.set(request, {
        at: new Date(),
        startedAt: performance.now(),
        url: request.url ?? "/",
        forwardedFor: headerText(request.headers["x-forwarded-for"]),
        prefetch: request.headers["next-router-prefetch"] !== undefined,
      });
    } catch {
      // never in the way of a response
    }
  };
  const onFinish = (message: unknown) => {
    try {
      const { request, response } = message as ServerMessage;
      // A request that arrived before the subscription (the server's first) has no arrival: no duration.
      const arrival = arrivals.get(request);
      const entry = requestLogEntry(
        {
          method: request.method ?? "GET",
          url: arrival?.url ?? request.url ?? "/",
          status: response.statusCode,
          durationMs: arrival ? Math.min(Math.round(performance.now() - arrival.startedAt), 2_147_483_647) : null,
          userAgent: headerText(request.headers["user-agent"]),
          forwardedFor: arrival ? arrival.forwardedFor : headerText(request.headers["x-forwarded-for"]),
          prefetch: arrival ? arrival.prefetch : request.headers["next-router-prefetch"] !== undefined,
          peerAddress: request.socket?.remoteAddress,
        },
        { trustedProxyHops, at: arrival?.at ?? new Date() },
      );
      if (entry) {
        pushRequestLog(buffer, entry);
        // The same line on stdout (lib/logs/logger.ts), with the request's id and without the client's network or
        // browser: what an operator follows live.
        const { method, path, status, durationMs } = entry;
        logger.info({ requestId: requestIdOf(request), method, path, status, durationMs }, "request");
      }
    } catch {
      // a lost line, never a lost response
    }
  };
  subscribe(REQUEST_START_CHANNEL, onStart);
  subscribe(RESPONSE_FINISH, onFinish);
  return () => {
    unsubscribe(REQUEST_START_CHANNEL, onStart);
    unsubscribe(RESPONSE_FINISH, onFinish);
  };
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

/** Flushes the buffer every few seconds, or at once when a batch is ready; the timer keeps no process alive. */
export function startRequestLogFlusher(
  db: Db,
  buffer: RequestLogBuffer,
  intervalMs = REQUEST_LOG_FLUSH_MS,
): () => void {
  let running = false;
  const flush = async () => {
    if (running) return;
    running = true;
    try {
      await flushRequestLog(db, buffer);
    } catch (error) {
      logger.error({ error: errorKind(error) }, "request log flush failed");
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

/** The server's request log (instrumentation.ts): one buffer, filled as responses finish, written in batches. */
export function startRequestLog(db: Db, options: { trustedProxyHops: number }): () => void {
  const buffer = createRequestLogBuffer();
  const stopRecorder = startRequestLogRecorder(buffer, options.trustedProxyHops);
  const stopFlusher = startRequestLogFlusher(db, buffer);
  return () => {
    stopRecorder();
    stopFlusher();
  };
}
