// The server's log: one JSON object per line on stdout (pino), for whatever collects a container's output.
// Every line written while a request is served carries that request's id (lib/logs/request-id.ts), so the lines of
// one request can be followed across the page, its server action and the jobs it wakes.
//
// Personal data stays out (P25): values under the keys below are replaced, wherever they sit in a line's fields,
// and an e-mail address written into a message is masked. Write ids and counts, not people.
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";

/** The request being served, where there is one: set by lib/logs/request-id.ts as each request arrives. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Field names whose values are personal data or secrets: redacted at the top level and one level down. */
export const REDACTED_KEYS = [
  "email",
  "to",
  "name",
  "firstName",
  "lastName",
  "phone",
  "address",
  "addressLines",
  "line1",
  "line2",
  "postalCode",
  "ip",
  "clientIp",
  "userAgent",
  "password",
  "token",
  "secret",
  "cookie",
  "authorization",
] as const;

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi;

/** An e-mail address inside free text (an error's message, say) is replaced, keeping the text around it. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, "[email]");
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const wanted = options.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");
  // A mistyped LOG_LEVEL must not stop the shop from starting (pino throws on an unknown level): info, and a line
  // that says so.
  const known = wanted === "silent" || wanted in pino.levels.values;
  const logger = pino(
    {
      level: known ? wanted : "info",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const store = requestContext.getStore();
        return store ? { requestId: store.requestId } : {};
      },
      redact: {
        paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`]),
        censor: "[redacted]",
      },
      serializers: { err: serializeError },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === "string" ? maskEmails(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
    },
    options.destination,
  );
  if (!known)
    logger.warn({ levels: Object.keys(pino.levels.values) }, `LOG_LEVEL "${wanted}" is not a level: info used`);
  return logger;
}

/**
 * An error as a log line keeps: its kind, its code, its message (addresses masked) and where it was thrown. Not
 * the message of a database error: Prisma's repeats the query's arguments, names and addresses included.
 */
function serializeError(error: unknown) {
  if (!(error instanceof Error)) return errorKind(error);
  const fromDatabase = error.name.startsWith("Prisma");
  return {
    ...errorKind(error),
    message: fromDatabase ? undefined : maskEmails(error.message),
    // The frames only: the stack's first line repeats the message.
    stack: error.stack?.split("\n").slice(1).join("\n"),
  };
}

/**
 * An error reduced to its kind and code, where even its message may quote personal data (a webhook's payload, a
 * database row): `logger.error({ error: errorKind(error) }, "…")`.
 */
export function errorKind(error: unknown): { type: string; code?: unknown } {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return code === undefined ? { type: error.name } : { type: error.name, code };
}

export const logger = createLogger();
