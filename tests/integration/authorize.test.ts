import { afterAll, beforeAll, expect, test } from "vitest";
import { authorizeWithPassword, findUserIdByEmail } from "@/lib/auth/authorize";
import { signInDelaySeconds } from "@/lib/auth/sign-in-delay";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const context = (ip = "198.51.100.4") => ({ ip, secret: "test-secret", now });

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  const passwordHash = await hashPassword("un mot de passe sûr");
  await db.user.create({ data: { email: "camille@example.fr", passwordHash, emailVerified: now } });
  await db.user.create({ data: { email: "sam@example.co.uk", passwordHash } });
  await db.user.create({ data: { email: "ana@example.es", passwordHash, emailVerified: now } });
});
afterAll(() => testDb.close());

test("the right password signs in; e-mail case and spaces do not matter", async () => {
  const result = await authorizeWithPassword(
    db,
    { email: "  Camille@Example.FR ", password: "un mot de passe sûr" },
    context(),
  );
  expect(result).toMatchObject({ status: "ok", user: { email: "camille@example.fr", role: "customer" } });
});

test("P12: a wrong password and an unknown e-mail get the same answer", async () => {
  const wrong = await authorizeWithPassword(
    db,
    { email: "ana@example.es", password: "pas le bon" },
    context("192.0.2.1"),
  );
  const unknown = await authorizeWithPassword(
    db,
    { email: "nobody@example.fr", password: "pas le bon" },
    context("192.0.2.1"),
  );
  expect(wrong).toEqual({ status: "invalid" });
  expect(unknown).toEqual(wrong);
  expect(await authorizeWithPassword(db, { email: 42, password: null }, context())).toEqual({ status: "invalid" });
});

test("an unverified address is told so only after the right password", async () => {
  expect(
    await authorizeWithPassword(db, { email: "sam@example.co.uk", password: "nope" }, context("192.0.2.2")),
  ).toEqual({ status: "invalid" });
  // One second later: a wrong password makes the address wait that long (see below).
  expect(
    await authorizeWithPassword(
      db,
      { email: "sam@example.co.uk", password: "un mot de passe sûr" },
      { ...context("192.0.2.2"), now: new Date(now.getTime() + 1000) },
    ),
  ).toEqual({
    status: "unverified",
  });
});

/** Attempts on `email` from a new IP each time, so that only the account's wait applies. */
let ipCounter = 0;
const attemptAt = (email: string, password: string, at: Date) =>
  authorizeWithPassword(db, { email, password }, { ...context(`203.0.113.${++ipCounter}`), now: at });
// A minute after the tests above, whose wrong passwords made their addresses wait a second.
const secondsLater = (seconds: number) => new Date(now.getTime() + (60 + seconds) * 1000);

test("P12: the first wrong password is free, then each one doubles the wait (1 s, 2 s, 4 s…); no 15-minute lockout", async () => {
  const email = "camille@example.fr";
  const right = "un mot de passe sûr";
  expect(await attemptAt(email, "a typo", secondsLater(0))).toEqual({ status: "invalid" });
  expect(await attemptAt(email, "guess 2", secondsLater(0))).toEqual({ status: "invalid" });
  // Refused before the wait is over, even with the right password, and not counted as a failure.
  expect(await attemptAt(email, right, secondsLater(0.5))).toEqual({ status: "limited", retryAfterSeconds: 1 });
  expect(await attemptAt(email, "guess 3", secondsLater(1))).toEqual({ status: "invalid" });
  expect(await attemptAt(email, "guess 4", secondsLater(2))).toMatchObject({ status: "limited", retryAfterSeconds: 1 });
  expect(await attemptAt(email, "guess 4", secondsLater(3))).toEqual({ status: "invalid" });
  expect(await attemptAt(email, "guess 5", secondsLater(7))).toEqual({ status: "invalid" });
  expect(await attemptAt(email, "guess 6", secondsLater(15))).toEqual({ status: "invalid" });
  expect(await attemptAt(email, right, secondsLater(20))).toMatchObject({ status: "limited", retryAfterSeconds: 11 });
  // Six failures later, the owner waits 16 seconds, not 15 minutes; the success ends the wait.
  expect(await attemptAt(email, right, secondsLater(31))).toMatchObject({ status: "ok" });
  expect(await attemptAt(email, "a typo", secondsLater(31))).toEqual({ status: "invalid" });
  expect(await attemptAt(email, right, secondsLater(31))).toMatchObject({ status: "ok" });
});

test("P12: the wait grows up to 15 minutes, never more", () => {
  expect([1, 2, 3, 4, 5, 10, 11, 12, 50].map(signInDelaySeconds)).toEqual([0, 1, 2, 4, 8, 256, 512, 900, 900]);
});

test("P12: an unknown address waits like a known one (the wait reveals no account)", async () => {
  for (const email of ["sam@example.co.uk", "nobody-waits@example.fr"]) {
    expect(await attemptAt(email, "guess", secondsLater(0))).toEqual({ status: "invalid" });
    expect(await attemptAt(email, "guess", secondsLater(0))).toEqual({ status: "invalid" });
    expect(await attemptAt(email, "guess", secondsLater(0.5))).toEqual({ status: "limited", retryAfterSeconds: 1 });
  }
});

test("P12: attempts sent at the same moment do not slip past the wait: one is checked, the others refused", async () => {
  await db.user.create({
    data: { email: "burst@example.fr", passwordHash: await hashPassword("un mot de passe sûr") },
  });
  const results = await Promise.all(
    ["a", "b", "c", "d"].map((guess) => attemptAt("burst@example.fr", guess, secondsLater(0))),
  );
  expect(results.map((r) => r.status).sort()).toEqual(["invalid", "limited", "limited", "limited"]);
});

test("P18: the account's wait is stored under a keyed hash, never the address", async () => {
  await attemptAt("someone-p18@example.fr", "a wrong one", secondsLater(100));
  const keys = [
    ...(await db.rateLimitWindow.findMany()).map((row) => row.key),
    ...(await db.signInDelay.findMany()).map((row) => row.key),
  ];
  expect(keys.length).toBeGreaterThan(0);
  expect(keys.join(" ")).not.toMatch(/example\.(fr|es|co\.uk)/);
});

test("P12: one IP trying many accounts is rate-limited per IP", async () => {
  // A smaller per-IP limit than production's keeps the test short: each attempt costs a scrypt hash.
  const limits = { signInPerIp: { limit: 3, windowSeconds: 900 } };
  const attempt = (email: string, password: string, ip: string) =>
    authorizeWithPassword(db, { email, password }, { ...context(ip), limits });
  const results = [];
  for (let i = 0; i < 4; i++) results.push((await attempt(`user${i}@example.fr`, "x", "198.51.100.200")).status);
  expect(results).toEqual(["invalid", "invalid", "invalid", "limited"]);
  expect((await attempt("camille@example.fr", "un mot de passe sûr", "198.51.100.200")).status).toBe("limited");
  expect((await attempt("camille@example.fr", "un mot de passe sûr", "198.51.100.201")).status).toBe("ok");
});

test("P12: per IP only failures count: many successful sign-ins from one address (an office) go through", async () => {
  const limits = { signInPerIp: { limit: 3, windowSeconds: 900 } };
  const results = [];
  for (let i = 0; i < 5; i++)
    results.push(
      (
        await authorizeWithPassword(
          db,
          { email: "camille@example.fr", password: "un mot de passe sûr" },
          { ...context("198.51.100.210"), limits },
        )
      ).status,
    );
  expect(results).toEqual(["ok", "ok", "ok", "ok", "ok"]);
});

test("an account is found from its e-mail address as typed in the sign-in form", async () => {
  const { id } = await db.user.findUniqueOrThrow({ where: { email: "sam@example.co.uk" } });
  expect(await findUserIdByEmail(db, "  Sam@Example.CO.UK ")).toBe(id);
  expect(await findUserIdByEmail(db, "nobody@example.fr")).toBeNull();
  expect(await findUserIdByEmail(db, "   ")).toBeNull();
});
