import { afterAll, beforeAll, expect, test } from "vitest";
import { authorizeWithPassword, findUserIdByEmail } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const context = (ip: string | null = "198.51.100.4") => ({ ip, secret: "test-secret", now });

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
  expect(
    await authorizeWithPassword(
      db,
      { email: "sam@example.co.uk", password: "un mot de passe sûr" },
      context("192.0.2.2"),
    ),
  ).toEqual({
    status: "unverified",
  });
});

test("P12: repeated failures are rate-limited per account, even with the right password afterwards", async () => {
  const { limit } = RATE_LIMITS.signInPerAccount;
  for (let i = 0; i < limit; i++) {
    expect(
      (await authorizeWithPassword(db, { email: "ana@example.es", password: `guess ${i}` }, context(`203.0.113.${i}`)))
        .status,
    ).not.toBe("ok");
  }
  const blocked = await authorizeWithPassword(
    db,
    { email: "ana@example.es", password: "un mot de passe sûr" },
    context("203.0.113.99"),
  );
  expect(blocked).toMatchObject({ status: "limited" });
});

test("P12: one IP trying many accounts is rate-limited per IP", async () => {
  // A smaller per-IP limit than production's keeps the test short: each attempt costs a scrypt hash.
  const limits = { signInPerAccount: RATE_LIMITS.signInPerAccount, signInPerIp: { limit: 3, windowSeconds: 900 } };
  const attempt = (email: string, password: string, ip: string) =>
    authorizeWithPassword(db, { email, password }, { ...context(ip), limits });
  const results = [];
  for (let i = 0; i < 4; i++) results.push((await attempt(`user${i}@example.fr`, "x", "198.51.100.200")).status);
  expect(results).toEqual(["invalid", "invalid", "invalid", "limited"]);
  expect((await attempt("camille@example.fr", "un mot de passe sûr", "198.51.100.200")).status).toBe("limited");
  expect((await attempt("camille@example.fr", "un mot de passe sûr", "198.51.100.201")).status).toBe("ok");
});

test("P12: per IP only failures count: many successful sign-ins from one address (an office) go through", async () => {
  const limits = { signInPerAccount: RATE_LIMITS.signInPerAccount, signInPerIp: { limit: 3, windowSeconds: 900 } };
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
