// Password reset and change (P12), and the re-verified e-mail change (P13), with the e-mails they send.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { confirmEmailChange, requestEmailChange } from "@/lib/accounts/email-change";
import { changePassword, requestPasswordReset, resetPassword } from "@/lib/accounts/passwords";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSession, isSessionActive } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { linkToken, SHARED_PASSWORD, SITE } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const hoursLater = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
let sharedHash: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  sharedHash = await hashPassword(SHARED_PASSWORD);
});
afterAll(() => testDb.close());

const outboxTo = (to: string) => db.emailOutbox.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

const createUser = (email: string, extra: { name?: string; locale?: string } = {}) =>
  db.user.create({ data: { email, passwordHash: sharedHash, emailVerified: now, ...extra } });

describe("passwords (P12)", () => {
  test("P12: a reset request answers the same for unknown and known addresses; only the known one gets an e-mail", async () => {
    const user = await createUser("reset@example.fr", { locale: "en", name: "Sam" });
    const unknown = await requestPasswordReset(db, "nobody@example.fr", SITE, now);
    const known = await requestPasswordReset(db, "Reset@Example.fr", SITE, now);
    expect(known).toEqual(unknown);
    expect(await outboxTo("nobody@example.fr")).toHaveLength(0);
    const emails = await outboxTo(user.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "reset-password", locale: "en", subject: "Reset your password" });
    expect(emails[0]!.text).toContain("Hello Sam,");
  });

  test("P12: the reset link works once, sets the new password and signs out every session", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "reset@example.fr" } });
    const sessions = await Promise.all([createSession(db, user.id, "a", now), createSession(db, user.id, "b", now)]);
    const [email] = await outboxTo(user.email);
    const token = linkToken(email!.text, "reset-password");

    await expect(resetPassword(db, token, "Reset@example.fr", hoursLater(0.5))).rejects.toMatchObject({
      name: "DomainError",
      code: "passwordIsEmail",
      field: "password",
    });
    expect(await resetPassword(db, token, "a brand new password", hoursLater(0.5))).toEqual({ userId: user.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("a brand new password", after.passwordHash)).toBe(true);
    for (const session of sessions) expect(await isSessionActive(db, session.id, user.id, hoursLater(0.5))).toBe(false);

    await expect(resetPassword(db, token, "yet another password", hoursLater(0.6))).rejects.toMatchObject({
      code: "tokenUsed",
      field: "token",
    });
    await expect(resetPassword(db, "made-up-token", "yet another password", now)).rejects.toMatchObject({
      code: "tokenInvalid",
      field: "token",
    });
  });

  test("P12: a reset link expires after one hour", async () => {
    await requestPasswordReset(db, "reset@example.fr", SITE, now);
    const emails = await outboxTo("reset@example.fr");
    const token = linkToken(emails.at(-1)!.text, "reset-password");
    await expect(resetPassword(db, token, "a brand new password", hoursLater(1))).rejects.toMatchObject({
      code: "tokenExpired",
      field: "token",
    });
  });

  test("P12: changing the password needs the current one; other sessions are signed out, this one kept", async () => {
    const user = await createUser("change@example.fr");
    const current = await createSession(db, user.id, "current", now);
    const other = await createSession(db, user.id, "other", now);

    expect(await changePassword(db, user.id, "not the password", "whatever new password", now, current.id)).toEqual({
      status: "wrongPassword",
    });
    expect(await isSessionActive(db, other.id, user.id, now)).toBe(true);

    expect(await changePassword(db, user.id, SHARED_PASSWORD, "my new password 2026", now, current.id)).toEqual({
      status: "ok",
      revokedSessions: 1,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("my new password 2026", after.passwordHash)).toBe(true);
    expect(await isSessionActive(db, current.id, user.id, now)).toBe(true);
    expect(await isSessionActive(db, other.id, user.id, now)).toBe(false);
  });
});

describe("P13: e-mail change is re-verified", () => {
  test("P13: the new address gets the link; after confirmation the address changes and the old one gets a notice", async () => {
    const user = await createUser("old@example.fr", { name: "Alex" });
    const taken = await createUser("taken@example.fr");

    const request = (newEmail: string, currentPassword = SHARED_PASSWORD) =>
      requestEmailChange(db, user.id, { newEmail, currentPassword }, SITE, now);
    expect(await request("new@example.fr", "wrong password")).toEqual({ status: "wrongPassword" });
    // An address that has an account answers the same (it gets a notice instead: account-hardening.test.ts).
    expect(await request(taken.email)).toEqual({ status: "sent" });
    expect(await request("New@Example.fr")).toEqual({ status: "sent" });

    const toNew = await outboxTo("new@example.fr");
    expect(toNew).toHaveLength(1);
    expect(toNew[0]).toMatchObject({ template: "change-email", locale: "fr" });
    expect(await outboxTo("old@example.fr")).toHaveLength(0);
    // Nothing changes before the link is followed.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("old@example.fr");

    const token = linkToken(toNew[0]!.text, "confirm-email-change");
    expect(await confirmEmailChange(db, token, hoursLater(1))).toEqual({
      status: "ok",
      userId: user.id,
      email: "new@example.fr",
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ email: "new@example.fr", emailVerified: hoursLater(1) });

    const toOld = await outboxTo("old@example.fr");
    expect(toOld).toHaveLength(1);
    expect(toOld[0]).toMatchObject({ template: "email-changed" });
    expect(toOld[0]!.text).toContain("new@example.fr");
    expect(await confirmEmailChange(db, token, hoursLater(2))).toEqual({ status: "used" });
  });
});
