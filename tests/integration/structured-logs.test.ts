// The server's JSON log (issue 14): one object per line, personal data redacted (P25), and a request id that every
// line of one request carries, from the response header to the lines written deep inside the handler.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { checkReadiness, expectedMigrations } from "@/lib/db/health";
import { createLogger, errorKind, logger, maskEmails, requestContext } from "@/lib/logs/logger";
import { chooseRequestId, startRequestIds } from "@/lib/logs/request-id";
import { createRequestLogBuffer, startRequestLogRecorder } from "@/lib/logs/request-log";
import { createTestDb, type TestDb } from "../helpers/test-db";

/** A logger writing into an array of parsed lines. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger({ level: "debug", destination }) };
}

describe("P25: a log line carries no personal data", () => {
  test("P25: personal fields are redacted at the top level and one level down", () => {
    const { lines, log } = capturedLogger();
    log.info(
      {
        order: "PS-2026-0001",
        email: "jeanne@example.fr",
        customer: { name: "Jeanne Martin", phone: "+33612345678", addressLines: ["1 rue de la Paix"], id: "c1" },
        headers: { cookie: "ps_session=secret", authorization: "Bearer x" },
        password: "hunter2hunter2",
      },
      "order placed",
    );
    const [line] = lines;
    expect(line).toMatchObject({
      level: "info",
      msg: "order placed",
      order: "PS-2026-0001",
      email: "[redacted]",
      customer: { name: "[redacted]", phone: "[redacted]", addressLines: "[redacted]", id: "c1" },
      headers: { cookie: "[redacted]", authorization: "[redacted]" },
      password: "[redacted]",
    });
    expect(JSON.stringify(line)).not.toMatch(/jeanne|Martin|3361|Paix|secret|hunter2/i);
  });

  test("P25: an address in a message or an error's message is masked, the rest kept", () => {
    const { lines, log } = capturedLogger();
    log.warn("bounce from jeanne.martin+shop@example.co.uk after 3 tries");
    log.error({ err: new Error("no mailbox for paul@exemple.fr") }, "delivery failed");
    expect(lines[0]!.msg).toBe("bounce from [email] after 3 tries");
    expect(lines[1]!.err).toMatchObject({ type: "Error", message: "no mailbox for [email]" });
    expect(JSON.stringify(lines)).not.toMatch(/jeanne|paul@/);
    expect(maskEmails("écrire à contact@plusuite.fr.")).toBe("écrire à [email].");
  });

  test("P25: a database error keeps its kind and code, not its message (Prisma repeats the query's arguments)", () => {
    const { lines, log } = capturedLogger();
    const error = Object.assign(
      new Error("Invalid `prisma.address.create()` invocation: { line1: '1 rue de la Paix' }"),
      {
        name: "PrismaClientKnownRequestError",
        code: "P2002",
      },
    );
    log.error({ err: error }, "write failed");
    expect(lines[0]!.err).toMatchObject({ type: "PrismaClientKnownRequestError", code: "P2002" });
    expect(JSON.stringify(lines[0])).not.toContain("Paix");
  });

  test("P25: where even a message may quote personal data (a webhook's payload), only the error's kind is written", () => {
    const { lines, log } = capturedLogger();
    log.error({ error: errorKind(new TypeError("payer Jeanne Martin, 1 rue de la Paix")) }, "PayPal webhook failed");
    expect(lines[0]!.error).toEqual({ type: "TypeError" });
    expect(errorKind(Object.assign(new Error("x"), { code: "ECONNRESET" }))).toEqual({
      type: "Error",
      code: "ECONNRESET",
    });
    expect(errorKind("thrown text")).toEqual({ type: "string" });
  });
});

test("a mistyped LOG_LEVEL does not stop the server: info, and a line that says so", () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const log = createLogger({ level: "verbose", destination });
  log.debug("not written");
  log.info("written");
  expect(lines.map((line) => line.msg)).toEqual(['LOG_LEVEL "verbose" is not a level: info used', "written"]);
});

describe("request ids", () => {
  test("an id from our own load balancer is kept when well formed; a client's is not believed", () => {
    expect(chooseRequestId("lb-7f3a9c2e-0001", 1)).toBe("lb-7f3a9c2e-0001");
    expect(chooseRequestId("lb-7f3a9c2e-0001", 0)).not.toBe("lb-7f3a9c2e-0001");
    for (const hostile of ["short", "x".repeat(129), "id with spaces", 'quote"inject', "line\nbreak"])
      expect(chooseRequestId(hostile, 1)).toMatch(/^[0-9a-f-]{36}$/);
  });

  let server: ReturnType<typeof createServer>;
  let base: string;
  let stopIds: () => void;
  let stopRecorder: () => void;
  const handlerLog = capturedLogger();
  beforeAll(async () => {
    stopIds = startRequestIds(0);
    stopRecorder = startRequestLogRecorder(createRequestLogBuffer(), 0);
    // A handler that logs before and after waiting, as a page or a server action does across its awaits.
    server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
      handlerLog.log.info({ step: "received" }, "handling");
      await new Promise((resolve) =>
        setTimeout(resolve, Number(new URL(request.url!, "http://x").searchParams.get("wait"))),
      );
      await Promise.resolve();
      handlerLog.log.info({ step: "answered" }, "handling");
      response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    stopIds();
    stopRecorder();
    await new Promise((resolve) => server.close(resolve));
  });

  test("every line a request writes carries the id sent back in X-Request-Id, across its awaits, concurrently", async () => {
    const info = vi.spyOn(logger, "info");
    try {
      // The first waits longer, so the two requests' lines interleave.
      const responses = await Promise.all([fetch(`${base}/slow?wait=60`), fetch(`${base}/fast?wait=5`)]);
      const ids = responses.map((response) => response.headers.get("x-request-id"));
      expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(ids[1]).toMatch(/^[0-9a-f-]{36}$/);
      expect(ids[0]).not.toBe(ids[1]);
      for (const id of ids) {
        const own = handlerLog.lines.filter((line) => line.requestId === id);
        expect(own.map((line) => line.step)).toEqual(["received", "answered"]);
      }
      expect(handlerLog.lines).toHaveLength(4);
      // The access line of each request (lib/logs/request-log.ts) names it by the same id.
      const accessLines = info.mock.calls.map(([fields]) => fields as Record<string, unknown>);
      for (const [index, path] of ["/slow", "/fast"].entries())
        expect(accessLines).toContainEqual(
          expect.objectContaining({ requestId: ids[index], method: "GET", path, status: 200 }),
        );
    } finally {
      info.mockRestore();
    }
  });

  test("outside a request, lines carry no id", () => {
    const { lines, log } = capturedLogger();
    log.info("job ran");
    requestContext.run({ requestId: "lb-7f3a9c2e-0002" }, () => log.info("in a request"));
    expect(lines[0]).not.toHaveProperty("requestId");
    expect(lines[1]!.requestId).toBe("lb-7f3a9c2e-0002");
  });
});

describe("readiness (/api/ready)", () => {
  let testDb: TestDb;
  let db: Db;
  const expected = expectedMigrations();
  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    // The table `prisma migrate deploy` keeps (its shape in Prisma 6), made here in the test's own schema: test
    // databases get the migrations' SQL without Prisma's bookkeeping.
    await db.$executeRaw`CREATE TABLE _prisma_migrations (
      id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ,
      migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ,
      started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)`;
  });
  afterAll(() => testDb.close());

  test("the build's migrations are the folders of prisma/migrations, in order", () => {
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.every((name) => /^\d{14}_[a-z0-9_]+$/.test(name))).toBe(true);
    expect([...expected].sort()).toEqual(expected);
  });

  test("a database that does not answer is not ready", async () => {
    const down = { $queryRaw: () => Promise.reject(new Error("connect ECONNREFUSED")) } as unknown as Db;
    expect(await checkReadiness(down, expected)).toEqual({ ready: false, reason: "database unreachable" });
  });

  test("a database `prisma migrate deploy` never ran on is not ready: every migration is pending", async () => {
    // No bookkeeping table at all: the first query fails, the database still answers.
    let queries = 0;
    const neverMigrated = {
      $queryRaw: () =>
        queries++ === 0
          ? Promise.reject(new Error('relation "_prisma_migrations" does not exist'))
          : Promise.resolve([{ "?column?": 1 }]),
    } as unknown as Db;
    expect(await checkReadiness(neverMigrated, expected)).toEqual({
      ready: false,
      reason: "migrations pending",
      migrations: expected,
    });
    // The table, with none of this build's migrations recorded.
    expect(await checkReadiness(db, expected)).toEqual({
      ready: false,
      reason: "migrations pending",
      migrations: expected,
    });
  });

  test("ready once every migration is recorded as finished; not while one is missing or unfinished", async () => {
    for (const [index, name] of expected.slice(0, -1).entries())
      await db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
        VALUES (${`m${index}`}, 'x', ${name}, now(), 1)`;
    const last = expected.at(-1)!;
    expect(await checkReadiness(db, expected)).toEqual({
      ready: false,
      reason: "migrations pending",
      migrations: [last],
    });

    // Started by a deploy that failed or is still running.
    await db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, applied_steps_count)
      VALUES ('last', 'x', ${last}, 0)`;
    expect(await checkReadiness(db, expected)).toEqual({
      ready: false,
      reason: "migration unfinished",
      migrations: [last],
    });

    await db.$executeRaw`UPDATE _prisma_migrations SET finished_at = now() WHERE id = 'last'`;
    expect(await checkReadiness(db, expected)).toEqual({ ready: true });
  });
});
