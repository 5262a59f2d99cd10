// The one action builder (lib/actions/builder.ts), run without Next.js: fake headers, session and clock, a
// real database for the rate-limit counter. Every server action of the app goes through it (see
// tests/unit/actions-structure.test.ts), so these refusals hold for all of them.
import { afterAll, beforeAll, describe, expect, expectTypeOf, test, vi } from "vitest";
import { z } from "zod";
import { createActionBuilder, UNAVAILABLE_RETRY_SECONDS, type ActionDependencies } from "@/lib/actions/builder";
import { INPUT_LIMITS } from "@/lib/actions/input";
import { allowedOrigins } from "@/lib/actions/origins";
import { ACTION_BODY_LIMIT_BYTES, refuseActionRequest } from "@/lib/actions/request-guard";
import type { ActionState } from "@/lib/actions/state";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createDb, type Db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { DomainError, type ErrorCode } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

const SITE = "https://shop.example";
const customer: CurrentUser = {
  id: "user-1",
  email: "camille@example.fr",
  role: "customer",
  sessionId: "s1",
  secondFactor: false,
};
const admin: CurrentUser = { ...customer, id: "admin-1", role: "admin", secondFactor: true };
const adminWithoutSecondFactor: CurrentUser = { ...admin, secondFactor: false };
const now = new Date("2026-11-30T10:00:00Z");

class Refused extends Error {}

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());

function builder(options: { user?: CurrentUser | null; origin?: string | null; ip?: string } = {}) {
  const requestHeaders = new Headers();
  const origin = options.origin === undefined ? SITE : options.origin;
  if (origin !== null) requestHeaders.set("origin", origin);
  const deps: ActionDependencies = {
    get db() {
      return db;
    },
    now: () => now,
    headers: async () => requestHeaders,
    currentUser: async () => options.user ?? null,
    allowedOrigins: () => [SITE],
    clientIpKey: () => `ip-${options.ip ?? "1"}`,
    refuseSignedOut: (locale, returnTo) => {
      throw new Refused(`sign-in ${locale} ${returnTo ?? ""}`.trim());
    },
    refuseNotAdmin: () => {
      throw new Refused("404");
    },
    refuseWithoutSecondFactor: (locale) => {
      throw new Refused(`second-factor ${locale}`);
    },
  };
  return createActionBuilder(deps);
}

const contactSchema = z.object({
  name: z.string().min(1, "required").max(50, "tooLong"),
  address: z.object({ postalCode: z.string().regex(/^\d{5}$/, "postalCode") }),
  password: z.string().optional(),
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("access levels", () => {
  const handler = vi.fn(async (_input: unknown, context: { user: CurrentUser | null }) => context.user?.id ?? "nobody");

  test("public: runs for anyone, with the user when there is one", async () => {
    const action = builder()({ access: "public", schema: z.object({}), handler });
    expect(await action(form({ locale: "en" }))).toEqual({ attempt: 1, data: "nobody" });
    const signedIn = builder({ user: customer })({ access: "public", schema: z.object({}), handler });
    expect((await signedIn(form({}))).data).toBe("user-1");
  });

  test("customer: a signed-out visitor is sent to sign-in in the form's locale, and nothing runs", async () => {
    handler.mockClear();
    const action = builder()({ access: "customer", schema: z.object({}), handler });
    await expect(action(form({ locale: "en" }))).rejects.toThrow("sign-in en");
    const back = builder()({
      access: "customer",
      schema: z.object({}),
      returnTo: (typed, locale) => `/${locale}/accept-invitation?token=${typed.token}`,
      handler,
    });
    await expect(back(form({ token: "abc" }))).rejects.toThrow("sign-in fr /fr/accept-invitation?token=abc");
    expect(handler).not.toHaveBeenCalled();
    const signedIn = builder({ user: customer })({ access: "customer", schema: z.object({}), handler });
    expect((await signedIn(form({}))).data).toBe("user-1");
  });

  test("admin: a customer or a visitor gets the 404, an admin gets through", async () => {
    handler.mockClear();
    for (const user of [null, customer]) {
      const action = builder({ user })({ access: "admin", schema: z.object({}), handler });
      await expect(action(form({}))).rejects.toThrow("404");
    }
    expect(handler).not.toHaveBeenCalled();
    const action = builder({ user: admin })({ access: "admin", schema: z.object({}), handler });
    expect((await action(form({}))).data).toBe("admin-1");
  });

  test("P12: admin: an admin whose session has not passed the second factor is sent to it, and nothing runs", async () => {
    handler.mockClear();
    const action = builder({ user: adminWithoutSecondFactor })({ access: "admin", schema: z.object({}), handler });
    await expect(action(form({ locale: "en" }))).rejects.toThrow("second-factor en");
    expect(handler).not.toHaveBeenCalled();
  });

  test("P12: adminBeforeSecondFactor: only the second-factor page's actions run for an admin without it; others get the 404", async () => {
    handler.mockClear();
    for (const user of [null, customer]) {
      const action = builder({ user })({ access: "adminBeforeSecondFactor", schema: z.object({}), handler });
      await expect(action(form({}))).rejects.toThrow("404");
    }
    expect(handler).not.toHaveBeenCalled();
    for (const user of [adminWithoutSecondFactor, admin]) {
      const action = builder({ user })({ access: "adminBeforeSecondFactor", schema: z.object({}), handler });
      expect((await action(form({}))).data).toBe("admin-1");
    }
  });
});

describe("Origin", () => {
  test.each([
    ["missing", null],
    ["foreign", "https://evil.example"],
    ["a look-alike", "https://shop.example.evil.example"],
    ["another scheme", "http://shop.example"],
  ])("a %s Origin is refused before anything else, even the session check", async (_name, origin) => {
    const handler = vi.fn(async () => "done");
    const action = builder({ origin })({ access: "customer", schema: z.object({}), handler });
    expect(await action(form({}))).toEqual({ attempt: 1, error: "origin" });
    expect(handler).not.toHaveBeenCalled();
  });

  test("allowed origins: SITE_URL's only in production; loopback aliases on its port in development", () => {
    expect(allowedOrigins({ SITE_URL: "https://shop.example", NODE_ENV: "production" })).toEqual([SITE]);
    expect(allowedOrigins({ SITE_URL: "https://shop.example", NODE_ENV: "development" })).toEqual([SITE]);
    expect(allowedOrigins({ SITE_URL: "http://localhost:3000", NODE_ENV: "development" })).toEqual([
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
    ]);
    expect(allowedOrigins({ SITE_URL: "http://127.0.0.1:3100", NODE_ENV: "production" })).toEqual([
      "http://127.0.0.1:3100",
    ]);
  });
});

describe("input and schema errors", () => {
  const action = builder()({
    access: "public",
    schema: contactSchema,
    handler: async (input) => input.address.postalCode,
  });

  test("a form's dotted names are nested for the schema; the answer carries the handler's data", async () => {
    expect(await action(form({ name: "Camille", "address.postalCode": "75011" }))).toEqual({
      attempt: 1,
      data: "75011",
    });
  });

  test("schema errors are codes keyed by input name; what was typed comes back, never a password", async () => {
    const state = await action(
      { attempt: 4 },
      form({ locale: "en", name: "", "address.postalCode": "ABC", password: "hunter2hunter2" }),
    );
    expect(state).toEqual({
      attempt: 5,
      error: "invalid",
      fieldErrors: { name: "required", "address.postalCode": "postalCode" },
      values: { name: "", "address.postalCode": "ABC" },
    });
    // The field names and codes are types derived from the schema: a form reads them without casts.
    expectTypeOf(state).toEqualTypeOf<ActionState<"name" | "address" | "address.postalCode" | "password", string>>();
    expectTypeOf(state.fieldErrors!.name).toEqualTypeOf<ErrorCode | undefined>();
  });

  test("extra keys are dropped by the schema; prototype keys and framework fields never reach it", async () => {
    const seen = vi.fn(async (input: unknown) => input);
    const echo = builder()({ access: "public", schema: z.object({ name: z.string() }), handler: seen });
    await echo(form({ name: "A", admin: "1", $ACTION_ID_abc: "" }));
    expect(seen.mock.calls[0]?.[0]).toEqual({ name: "A" });
    for (const name of ["__proto__.polluted", "constructor.prototype.polluted", "a.__proto__"]) {
      expect(await echo(form({ name: "A", [name]: "yes" }))).toEqual({ attempt: 1, error: "invalid" });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("a form action refuses a JSON body; an object action takes a plain object but no prototype tricks", async () => {
    expect(await action({ name: "Camille", address: { postalCode: "75011" } })).toEqual({
      attempt: 1,
      error: "invalid",
    });
    const objectAction = builder()({
      access: "public",
      input: "object",
      schema: contactSchema,
      handler: async (input) => input.name,
    });
    expect((await objectAction({ name: "Camille", address: { postalCode: "75011" } })).data).toBe("Camille");
    expect((await objectAction(form({ name: "Camille", "address.postalCode": "75011" }))).data).toBe("Camille");
    const polluted = JSON.parse('{"name":"C","address":{"postalCode":"75011"},"__proto__":{"admin":true}}');
    expect(await objectAction(polluted)).toEqual({ attempt: 1, error: "invalid" });
    expect(await objectAction(new Date())).toEqual({ attempt: 1, error: "invalid" });
  });

  test("a 1 MB text is refused on its field before anything runs, the rest of what was typed given back", async () => {
    const handler = vi.fn(async () => "written");
    const guarded = builder()({ access: "public", schema: contactSchema, handler });
    const huge = "x".repeat(1024 * 1024);
    expect(await guarded(form({ name: huge, "address.postalCode": "75011", password: "secret" }))).toEqual({
      attempt: 1,
      error: "invalid",
      fieldErrors: { name: "tooLong" },
      values: { name: "x".repeat(INPUT_LIMITS.echoedLength), "address.postalCode": "75011" },
    });
    // Refused before the session is looked at: a customer action answers the same to a signed-out visitor.
    const customerOnly = builder()({ access: "customer", schema: contactSchema, handler });
    expect((await customerOnly(form({ name: huge }))).fieldErrors).toEqual({ name: "tooLong" });
    expect(handler).not.toHaveBeenCalled();
  });

  test("too many fields are refused whole: the handler never runs, nothing is echoed", async () => {
    const handler = vi.fn(async () => "written");
    const guarded = builder()({ access: "public", schema: contactSchema, handler });
    const many = Object.fromEntries(Array.from({ length: INPUT_LIMITS.fields + 1 }, (_, i) => [`f${i}`, "x"]));
    expect(await guarded(form(many))).toEqual({ attempt: 1, error: "invalid" });
    expect(handler).not.toHaveBeenCalled();
  });

  test("a DomainError becomes a coded refusal, on its field when it names one; other errors are not hidden", async () => {
    const failing = builder()({
      access: "public",
      schema: z.object({ password: z.string(), email: z.string() }),
      handler: async (input) => {
        if (input.email === "boom") throw new Error("database down");
        throw new DomainError("wrongPassword", { field: "password" });
      },
    });
    expect(await failing(form({ email: "a@b.fr", password: "x" }))).toEqual({
      attempt: 1,
      error: "wrongPassword",
      fieldErrors: { password: "wrongPassword" },
      values: { email: "a@b.fr" },
    });
    await expect(failing(form({ email: "boom", password: "x" }))).rejects.toThrow("database down");
  });

  test("a database that cannot be reached becomes the “unavailable” refusal with what was typed; a failing query is not hidden", async () => {
    // Nothing listens on port 1: Prisma's own error for a server that is down, as during a restart.
    const unreachable = createDb("postgresql://postgres@127.0.0.1:1/plusuite");
    const handler = vi.fn(async (input: { email: string }) => {
      if (input.email === "bad-sql") return db.$queryRawUnsafe("SELECT * FROM no_such_table");
      return unreachable.user.count();
    });
    const action = builder()({ access: "public", schema: z.object({ email: z.string() }), handler });
    expect(await action(form({ email: "camille@example.fr" }))).toEqual({
      attempt: 1,
      error: "unavailable",
      values: { email: "camille@example.fr" },
      retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
    });
    await expect(action(form({ email: "bad-sql" }))).rejects.toThrow(/queryRawUnsafe/);
    await unreachable.$disconnect();
  });
});

describe("isDatabaseUnavailable", () => {
  const prismaError = (code: string, meta?: Record<string, unknown>) =>
    new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "6.19.3", meta });
  test.each([
    ["no connection free in time (P2024)", prismaError("P2024")],
    ["a transaction that could not start in time (P2028)", prismaError("P2028")],
    ["the connection closed mid-query (P1017)", prismaError("P1017")],
    [
      "the server shutting down (SQLSTATE 57P01, through the driver adapter)",
      prismaError("P2010", { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } }),
    ],
    ["a socket that died (node-postgres' message)", new Error("Connection terminated unexpectedly")],
  ])("unavailable: %s", (_, error) => expect(isDatabaseUnavailable(error)).toBe(true));
  test.each([
    ["a unique constraint (P2002)", prismaError("P2002")],
    [
      "a query error (SQLSTATE 42P01)",
      prismaError("P2010", { driverAdapterError: { cause: { kind: "postgres", code: "42P01" } } }),
    ],
    ["any other error", new Error("database down")],
    ["not an error", "P1001"],
  ])("not unavailable: %s", (_, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe("rate limit", () => {
  test("each call counts one attempt under the key the action names; past the limit nothing runs", async () => {
    const handler = vi.fn(async () => "sent");
    const define = builder({ user: customer, ip: "7" });
    const action = define({
      access: "customer",
      schema: z.object({ email: z.string().email("email") }),
      rateLimit: { rule: { limit: 2, windowSeconds: 600 }, key: ({ user, ipKey }) => `test:${user.id}:${ipKey}` },
      handler,
    });
    // Invalid input counts too: a flood of garbage is a flood.
    expect((await action(form({ email: "nope" }))).error).toBe("invalid");
    expect((await action(form({ email: "a@b.fr" }))).data).toBe("sent");
    const refused = await action(form({ email: "c@d.fr" }));
    expect(refused).toMatchObject({ error: "limited", values: { email: "c@d.fr" } });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(handler).toHaveBeenCalledTimes(1);
    const row = await db.rateLimitWindow.findFirst({ where: { key: "test:user-1:ip-7" } });
    expect(row?.count).toBe(3);
  });
});

describe("first gate in proxy.ts", () => {
  const post = (headers: Record<string, string>) => ({ method: "POST", headers: new Headers(headers) });

  test("a foreign Origin gets a 403 and a body over the limit a 413 (Next.js would answer both with a 500)", () => {
    const action = { "next-action": "abc123" };
    expect(refuseActionRequest(post({ ...action, origin: "https://evil.example" }), [SITE])?.status).toBe(403);
    expect(
      refuseActionRequest(post({ ...action, origin: SITE, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }), [
        SITE,
      ])?.status,
    ).toBe(413);
  });

  test("the shop's own requests, a missing Origin (typed refusal by the builder) and other requests pass", () => {
    const action = { "next-action": "abc123" };
    expect(refuseActionRequest(post({ ...action, origin: SITE, "content-length": "1200" }), [SITE])).toBeNull();
    expect(refuseActionRequest(post(action), [SITE])).toBeNull();
    expect(refuseActionRequest(post({ origin: "https://evil.example" }), [SITE])).toBeNull();
    expect(refuseActionRequest({ method: "GET", headers: new Headers(action) }, [SITE])).toBeNull();
  });
});
