// Prisma's errors that our code answers on purpose.
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the row (Prisma's P2002): a duplicate, or the loser of a race. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Prisma's codes for a server it cannot reach, a connection lost, or no connection free in time. */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
/** What the driver adapter reports when the connection, not the query, is the problem. */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** PostgreSQL's classes 08 (connection exception) and 57P (the server shutting down or starting up), and 53300. */
const UNREACHABLE_SQLSTATE = /^(08|57P|53300$)/;
/** node-postgres' own messages, which reach us unmapped when a socket dies mid-query. */
const UNREACHABLE_MESSAGE = /Connection terminated|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect/;

/**
 * The database is down, restarting or out of connections: nothing was done, and trying again in a moment
 * may work. The shop answers this with "unavailable" (a 503, or the form's refusal that keeps what was
 * typed) instead of a 500. Looks through Prisma's wrapping at the driver adapter's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 4; depth++) {
    const { code, kind, message, errorCode } = current as Record<string, unknown>;
    if (
      typeof code === "string" &&
      (UNREACHABLE_CODES.has(code) || (kind === "postgres" && UNREACHABLE_SQLSTATE.test(code)))
    )
      return true;
    if (typeof errorCode === "string" && UNREACHABLE_CODES.has(errorCode)) return true;
    if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNREACHABLE_MESSAGE.test(message)) return true;
    const meta = (current as { meta?: { driverAdapterError?: unknown } }).meta;
    current = meta?.driverAdapterError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
