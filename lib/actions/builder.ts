// The one way to write a server action (docs/decisions/0009-action-builder.md). Every export of an
// app/**/actions.ts file is built here, so that the sequence each one needs is written once:
//   Origin check -> input read within limits -> locale -> session and access level -> rate limit
//   -> zod parse -> handler -> typed state (data, or a coded refusal with field errors and what was typed;
//   "unavailable" when the database cannot be reached).
// Dependencies (headers, session, database, clock) come in through `createActionBuilder`, so unit tests run
// the builder without Next.js; lib/actions/define.ts wires the real ones.
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { DomainError, isErrorCode, type ErrorCode } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { errorKind, logger } from "@/lib/logs/logger";
import { hit, type RateLimitRule } from "@/lib/security/rate-limit";
import { readPosted } from "./input";
import type { ActionState, FieldName } from "./state";

/**
 * Who may call an action. "admin": an admin whose session passed the second factor; "adminBeforeSecondFactor":
 * an admin whether or not it did, for the second-factor page's own actions only (enrol, verify).
 */
export type Access = "public" | "customer" | "admin" | "adminBeforeSecondFactor";

export type ActionContext<A extends Access> = {
  locale: Locale;
  user: A extends "public" ? CurrentUser | null : CurrentUser;
  db: Db;
  now: Date;
  /** a keyed hash of the client's address (never the address itself, P18) */
  ipKey: string;
  /** posted as a form (a page without its script, or a form action) rather than called from code with an object */
  fromForm: boolean;
};

export type ActionSpec<A extends Access, S extends z.ZodType, R> = {
  access: A;
  schema: S;
  /** "form" (default): a FormData only; "object": a plain object as well (actions called from code) */
  input?: "form" | "object";
  /** input names that may carry a file (an image upload); any other file refuses the whole input */
  files?: readonly string[];
  /** one attempt is counted under this key before parsing, so floods of garbage count too */
  rateLimit?: { rule: RateLimitRule; key: (context: ActionContext<A>) => string };
  /** where a signed-out visitor returns after signing in (customer actions; default: Mon compte) */
  returnTo?: (typed: Record<string, string>, locale: Locale) => string;
  handler: (input: z.output<S>, context: ActionContext<A>) => Promise<R>;
};

export type ServerAction<Fields extends string, Data> = {
  (input?: unknown): Promise<ActionState<Fields, Data>>;
  (previous: ActionState<Fields, Data> | undefined, input: unknown): Promise<ActionState<Fields, Data>>;
};

export type ActionDependencies = {
  db: Db;
  now: () => Date;
  headers: () => Promise<Headers>;
  currentUser: () => Promise<CurrentUser | null>;
  /** origins a browser may post from: SITE_URL's (and loopback aliases in development) */
  allowedOrigins: () => readonly string[];
  clientIpKey: (headers: Headers) => string;
  /** must throw (Next's redirect / notFound do) */
  refuseSignedOut: (locale: Locale, returnTo?: string) => never;
  refuseNotAdmin: () => never;
  /** an admin whose session has not passed the second factor: sent to it (must throw) */
  refuseWithoutSecondFactor: (locale: Locale) => never;
};

/** How long a shopper is asked to wait when the database is unavailable (a restart takes seconds). */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** Input fields that are never sent back to the browser. */
const isSecretField = (name: string) => /password/i.test(name);

export function createActionBuilder(deps: ActionDependencies) {
  return function defineAction<A extends Access, S extends z.ZodType, R>(
    spec: ActionSpec<A, S, R>,
  ): ServerAction<FieldName<z.input<S>>, Awaited<R>> {
    type Fields = FieldName<z.input<S>>;
    type State = ActionState<Fields, Awaited<R>>;

    async function run(previous: unknown, posted: unknown): Promise<State> {
      const attempt = attemptAfter(previous);
      const headers = await deps.headers();
      if (!isAllowedOrigin(headers.get("origin"), deps.allowedOrigins())) return { attempt, error: "origin" };

      const input = readPosted(posted, spec.input === "object", spec.files);
      if (!input) return { attempt, error: "invalid" };
      const locale: Locale = isLocale(input.data.locale) ? input.data.locale : "fr";
      const values = Object.fromEntries(
        Object.entries(input.typed).filter(([name]) => !isSecretField(name) && name !== "locale"),
      ) as State["values"];
      if (input.tooLong.length > 0 || input.unstorable.length > 0) {
        // Refused before anything else runs (session, rate limit, handler), as an input over the limits is.
        const fieldErrors = Object.fromEntries([
          ...input.unstorable.map((name) => [name, "invalid"]),
          ...input.tooLong.map((name) => [name, "tooLong"]),
        ]) as State["fieldErrors"];
        return { attempt, error: "invalid", fieldErrors, values };
      }

      try {
        const user = await deps.currentUser();
        const adminOnly = spec.access === "admin" || spec.access === "adminBeforeSecondFactor";
        if (adminOnly && user?.role !== "admin") deps.refuseNotAdmin();
        if (spec.access === "admin" && !user?.secondFactor) deps.refuseWithoutSecondFactor(locale);
        if (spec.access === "customer" && !user) deps.refuseSignedOut(locale, spec.returnTo?.(input.typed, locale));
        const now = deps.now();
        const ipKey = deps.clientIpKey(headers);
        const context = {
          locale,
          user,
          db: deps.db,
          now,
          ipKey,
          fromForm: posted instanceof FormData,
        } as ActionContext<A>;

        if (spec.rateLimit) {
          const limit = await hit(deps.db, spec.rateLimit.key(context), spec.rateLimit.rule, now);
          if (!limit.allowed) return { attempt, error: "limited", values, retryAfterSeconds: limit.retryAfterSeconds };
        }

        const parsed = spec.schema.safeParse(input.data);
        if (!parsed.success)
          return { attempt, error: "invalid", fieldErrors: fieldErrorsOf<Fields>(parsed.error), values };

        return { attempt, data: (await spec.handler(parsed.data, context)) as Awaited<R> };
      } catch (error) {
        if (error instanceof DomainError) {
          const fieldErrors = error.field ? ({ [error.field]: error.code } as State["fieldErrors"]) : undefined;
          return { attempt, error: error.code, fieldErrors, values, retryAfterSeconds: error.retryAfterSeconds };
        }
        // The database down, restarting or out of connections: nothing was done, the form keeps what was typed.
        if (isDatabaseUnavailable(error)) {
          logger.warn({ error: errorKind(error) }, "database unavailable: action refused");
          return { attempt, error: "unavailable", values, retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS };
        }
        throw error; // Next's redirect/notFound are thrown too: let them through
      }
    }

    // useActionState and <form action> call (previousState, form) or (form); code calls (input).
    return (async (...args: unknown[]) =>
      args.length >= 2 ? run(args[0], args[1]) : run(undefined, args[0])) as ServerAction<Fields, Awaited<R>>;
  };
}

function attemptAfter(previous: unknown): number {
  const attempt = (previous as { attempt?: unknown } | null | undefined)?.attempt;
  return (typeof attempt === "number" && Number.isSafeInteger(attempt) && attempt >= 0 ? attempt : 0) + 1;
}

/**
 * Next.js compares Origin with Host but only warns when Origin is missing; a browser always sends it with a
 * POST, so a request without it is not a form of ours.
 */
export function isAllowedOrigin(origin: string | null, allowed: readonly string[]): boolean {
  return origin !== null && allowed.includes(origin);
}

/** The first issue per field, keyed like the inputs; zod messages are error codes, anything else is "invalid". */
export function fieldErrorsOf<Fields extends string>(error: z.ZodError): Partial<Record<Fields, ErrorCode>> {
  const errors: Partial<Record<string, ErrorCode>> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    errors[field] ??= isErrorCode(issue.message) ? issue.message : "invalid";
  }
  return errors as Partial<Record<Fields, ErrorCode>>;
}
