import { afterAll, beforeAll, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { applyRetention } from "@/lib/privacy/retention";
import { hit, ipKey, RATE_LIMITS, reset } from "@/lib/security/rate-limit";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(() => testDb.close());

const now = new Date("2026-11-25T10:01:00Z");

test("P12: repeated attempts hit the limit of their key, which resets with the window", async () => {
  const key = "email-change:account:user-1";
  const rule = RATE_LIMITS.emailChangePerAccount;
  const results = [];
  for (let i = 0; i < rule.limit + 2; i++) results.push(await hit(db, key, rule, now));
  expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
  expect(results.at(-1)).toMatchObject({ remaining: 0, retryAfterSeconds: 59 * 60 });
  const nextWindow = new Date(now.getTime() + rule.windowSeconds * 1000);
  expect((await hit(db, key, rule, nextWindow)).allowed).toBe(true);
});

test("limits are per key, concurrent hits are all counted, and a reset forgets the account", async () => {
  const rule = { limit: 10, windowSeconds: 60 };
  const outcomes = await Promise.all(Array.from({ length: 15 }, () => hit(db, "k:concurrent", rule, now)));
  expect(outcomes.filter((o) => o.allowed)).toHaveLength(10);
  expect((await hit(db, "k:other", rule, now)).allowed).toBe(true);
  await reset(db, "k:concurrent");
  expect((await hit(db, "k:concurrent", rule, now)).remaining).toBe(9);
});

test("P18: an IP is keyed-hashed, never stored, and old windows are purged", async () => {
  const key = ipKey("203.0.113.7", "secret");
  expect(key).not.toContain("203");
  expect(ipKey("203.0.113.7", "secret")).toBe(key);
  expect(ipKey("203.0.113.7", "other")).not.toBe(key);
  await hit(db, `signin:ip:${key}`, RATE_LIMITS.signInPerIp, new Date("2026-11-20T00:00:00Z"));
  // Old windows go with the retention purge (P15, lib/privacy/retention.ts).
  expect((await applyRetention(db, now)).rateLimitWindows).toBeGreaterThanOrEqual(1);
  expect(await db.rateLimitWindow.count({ where: { key: `signin:ip:${key}` } })).toBe(0);
});
