// Mon compte: the profile (name, phone, language), password and e-mail changes, newsletter and promotions
// preferences (P2, P6, P12, P13). The address book is in account-addresses.test.ts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listAddresses } from "@/lib/accounts/addresses";
import { getPreferences, updatePreferences } from "@/lib/accounts/preferences";
import {
  changePasswordWithLimit,
  getCustomerName,
  getProfile,
  profileSchema,
  profileValues,
  requestEmailChangeWithLimit,
  updateProfile,
} from "@/lib/accounts/profile";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSession, isSessionActive } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const SITE = "https://shop.example";
// Production scrypt costs ~0.3 s per hash: users that are not the subject of a test share one.
const PASSWORD = "correct horse battery staple";
let sharedHash: string;
let seq = 0;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  sharedHash = await hashPassword(PASSWORD);
});
afterAll(() => testDb.close());

const newUser = () =>
  db.user.create({ data: { email: `user${++seq}@example.fr`, passwordHash: sharedHash, emailVerified: now } });

describe("profile (P2, P13)", () => {
  test("P13: name, phone and language are saved; the phone is stored in E.164 and shown back split", async () => {
    const user = await newUser();
    const input = profileSchema.parse({
      name: "Camille Martin",
      phoneCountry: "BE",
      phone: "0470 12 34 56",
      language: "en",
    });
    await updateProfile(db, user.id, input, now);

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ name: "Camille Martin", phone: "+32470123456", locale: "en" });
    expect(profileValues(await getProfile(db, user.id))).toEqual({
      name: "Camille Martin",
      phoneCountry: "BE",
      phone: "0470 12 34 56",
      language: "en",
    });
  });

  test("P13: clearing the phone removes it; the other customer is untouched", async () => {
    const [user, other] = [await newUser(), await newUser()];
    await db.user.update({ where: { id: other.id }, data: { name: "Other", phone: "+33612345678" } });
    await updateProfile(
      db,
      user.id,
      profileSchema.parse({ name: "A", phoneCountry: "FR", phone: "06 12 34 56 78", language: "fr" }),
      now,
    );
    await updateProfile(
      db,
      user.id,
      profileSchema.parse({ name: "A", phoneCountry: "FR", phone: "", language: "fr" }),
      now,
    );

    expect((await getProfile(db, user.id)).phone).toBeNull();
    expect(await getProfile(db, other.id)).toMatchObject({ name: "Other", phone: "+33612345678" });
    expect(await getCustomerName(db, other.id)).toBe("Other");
  });

  test("an empty user id is refused instead of reaching a where clause", async () => {
    await expect(getProfile(db, "")).rejects.toThrow(/user id/);
    await expect(getCustomerName(db, "")).rejects.toThrow(/user id/);
    await expect(getPreferences(db, "")).rejects.toThrow(/user id/);
    await expect(listAddresses(db, "")).rejects.toThrow(/ids are required/);
  });
});

describe("password and e-mail changes (P13)", () => {
  const wrongPassword = { name: "DomainError", code: "wrongPassword", field: "currentPassword" };

  test("P13: a password change revokes the other sessions and keeps the current one", async () => {
    const user = await db.user.create({
      data: {
        email: "changer@example.fr",
        passwordHash: await hashPassword("ancien mot de passe"),
        emailVerified: now,
      },
    });
    const current = await createSession(db, user.id, "this browser", now);
    const other = await createSession(db, user.id, "phone", now);
    const stranger = await newUser();
    const strangers = await createSession(db, stranger.id, "elsewhere", now);

    const result = await changePasswordWithLimit(
      db,
      user.id,
      { currentPassword: "ancien mot de passe", newPassword: "nouveau mot de passe" },
      { now, currentSessionId: current.id },
    );
    expect(result).toEqual({ revokedSessions: 1 });
    expect(await isSessionActive(db, current.id, user.id, now)).toBe(true);
    expect(await isSessionActive(db, other.id, user.id, now)).toBe(false);
    expect(await isSessionActive(db, strangers.id, stranger.id, now)).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("nouveau mot de passe", stored.passwordHash)).toBe(true);
  });

  test("P13: a wrong current password is refused and changes nothing", async () => {
    const user = await newUser();
    const session = await createSession(db, user.id, null, now);
    const other = await createSession(db, user.id, null, now);
    const result = changePasswordWithLimit(
      db,
      user.id,
      { currentPassword: "not the password", newPassword: "nouveau mot de passe" },
      { now, currentSessionId: session.id },
    );
    await expect(result).rejects.toMatchObject(wrongPassword);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(sharedHash);
    expect(await isSessionActive(db, other.id, user.id, now)).toBe(true);
  });

  test("P12: wrong current passwords are limited per account, across the e-mail and password forms", async () => {
    const [user, other] = [await newUser(), await newUser()];
    const rule = { limit: 2, windowSeconds: 900 };
    const wrong = { currentPassword: "guess", newPassword: "nouveau mot de passe" };
    const context = { now, currentSessionId: "none", rule };
    await expect(changePasswordWithLimit(db, user.id, wrong, context)).rejects.toMatchObject(wrongPassword);
    const emailGuess = { newEmail: "new@example.fr", currentPassword: "guess 2" };
    await expect(
      requestEmailChangeWithLimit(db, user.id, emailGuess, { now, siteUrl: SITE, rule }),
    ).rejects.toMatchObject(wrongPassword);
    // Third attempt in the window: refused before the password is even checked, the right one included.
    const right = { newEmail: "New@Example.fr", currentPassword: PASSWORD };
    await expect(requestEmailChangeWithLimit(db, user.id, right, { now, siteUrl: SITE, rule })).rejects.toMatchObject({
      code: "limited",
      retryAfterSeconds: 900,
    });
    expect(await db.emailOutbox.count({ where: { to: "new@example.fr" } })).toBe(0);
    // Another account is not affected, and the window passes.
    await expect(changePasswordWithLimit(db, other.id, wrong, context)).rejects.toMatchObject(wrongPassword);
    const later = new Date(now.getTime() + 15 * 60_000);
    expect(await requestEmailChangeWithLimit(db, user.id, right, { now: later, siteUrl: SITE, rule })).toEqual({
      sentTo: "new@example.fr",
    });
    expect(await db.emailOutbox.count({ where: { to: "new@example.fr", template: "change-email" } })).toBe(1);
    // The e-mail itself changes only when the link is followed.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("newsletter and promotions preferences (P6, P13)", () => {
  const newsletterEnv = { SITE_URL: SITE, COOKIE_SECRET: "account-profile-test-secret-0123456789" };
  test("P13: both flags are off by default, saved, and only for this customer", async () => {
    const [user, other] = [await newUser(), await newUser()];
    expect(await getPreferences(db, user.id)).toEqual({ newsletter: false, promotions: false });
    await updatePreferences(db, user.id, { newsletter: true, promotions: false }, now, newsletterEnv);
    expect(await getPreferences(db, user.id)).toEqual({ newsletter: true, promotions: false });
    await updatePreferences(db, user.id, { newsletter: false, promotions: true }, now, newsletterEnv);
    expect(await getPreferences(db, user.id)).toEqual({ newsletter: false, promotions: true });
    expect(await getPreferences(db, other.id)).toEqual({ newsletter: false, promotions: false });
  });
});
