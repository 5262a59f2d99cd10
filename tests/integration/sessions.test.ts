import { afterAll, beforeAll, expect, test } from "vitest";
import {
  createSession,
  isSessionActive,
  listActiveSessions,
  revokeAllSessions,
  revokeSession,
  SESSION_DAYS,
} from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let camille: string;
let sam: string;
const now = new Date("2026-11-25T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  camille = (await db.user.create({ data: { email: "camille@example.fr" } })).id;
  sam = (await db.user.create({ data: { email: "sam@example.co.uk" } })).id;
});
afterAll(() => testDb.close());

test("a revoked session is refused on its next request; the others are not", async () => {
  const phone = await createSession(db, camille, "Mobile Safari", now);
  const laptop = await createSession(db, camille, "Firefox", now);
  expect(await isSessionActive(db, phone.id, camille, later(1))).toBe(true);
  expect(await revokeSession(db, camille, phone.id, later(2))).toBe(true);
  expect(await isSessionActive(db, phone.id, camille, later(3))).toBe(false);
  expect(await isSessionActive(db, laptop.id, camille, later(3))).toBe(true);
  expect((await listActiveSessions(db, camille, later(3))).map((s) => s.userAgent)).toEqual(["Firefox"]);
});

test("another user can neither use nor revoke someone's session", async () => {
  const own = await createSession(db, camille, null, now);
  expect(await isSessionActive(db, own.id, sam, later(1))).toBe(false);
  expect(await revokeSession(db, sam, own.id, later(1))).toBe(false);
  expect(await isSessionActive(db, own.id, camille, later(1))).toBe(true);
});

test("sign out everywhere keeps only the current browser; sessions expire", async () => {
  const current = await createSession(db, sam, "current", now);
  const others = await Promise.all([createSession(db, sam, "a", now), createSession(db, sam, "b", now)]);
  expect(await revokeAllSessions(db, sam, later(1), current.id)).toBe(2);
  for (const other of others) expect(await isSessionActive(db, other.id, sam, later(2))).toBe(false);
  expect(await isSessionActive(db, current.id, sam, later(2))).toBe(true);
  expect(await isSessionActive(db, current.id, sam, later(SESSION_DAYS * 24 * 60 + 1))).toBe(false);
});
