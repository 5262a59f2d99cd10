// P15: the retention schedule. Every kind of record is created just past its date and just within it;
// one purge must remove exactly the first ones.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { applyRetention, RETENTION_DAYS } from "@/lib/privacy/retention";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2029-06-15T03:00:00Z");
const DAY = 86_400_000;
/** `days` days before now, give or take an hour: just past (+) or just within (−) a limit */
const past = (days: number) => new Date(now.getTime() - days * DAY - 3_600_000);
const within = (days: number) => new Date(now.getTime() - days * DAY + 3_600_000);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => {
  await testDb.close();
});

async function user(key: string, data: Record<string, unknown> = {}) {
  return db.user.create({
    data: { email: `${key}@example.fr`, name: key, emailVerified: past(400), createdAt: past(400), ...data },
  });
}

describe("retention schedule (P15)", () => {
  test("P15: purge removes what is past its date and nothing else", async () => {
    const R = RETENTION_DAYS;
    // Accounts
    const unverifiedOld = await user("unverified-old", { emailVerified: null, createdAt: past(R.unverifiedAccount) });
    const unverifiedNew = await user("unverified-new", { emailVerified: null, createdAt: within(R.unverifiedAccount) });
    const warnBefore = R.inactiveAccount - R.inactivityWarningBefore;
    const toWarnFr = await user("to-warn-fr", { lastActiveAt: past(warnBefore), name: "Camille" });
    const toWarnEn = await user("to-warn-en", { lastActiveAt: past(warnBefore), locale: "en", name: "Sam" });
    const notYet = await user("not-yet", { lastActiveAt: within(warnBefore) });
    const warnedExpired = await user("warned-expired", {
      lastActiveAt: past(R.inactiveAccount),
      inactivityWarningSentAt: past(R.inactivityWarningBefore),
    });
    // Inactive for 3 years but warned only 10 days ago: gets the rest of its 30 days.
    const warnedRecently = await user("warned-recently", {
      lastActiveAt: past(R.inactiveAccount),
      inactivityWarningSentAt: past(10),
    });
    // Warned once, then came back, then went quiet again: warned anew, not deleted.
    const cameBack = await user("came-back", {
      lastActiveAt: past(R.inactiveAccount),
      inactivityWarningSentAt: past(R.inactiveAccount + 40),
    });
    const admin = await user("admin", { role: "admin", lastActiveAt: past(R.inactiveAccount + 100) });
    const active = await user("active", { lastActiveAt: now });

    // Sessions, tokens, windows, carts, e-mails (all of the active user)
    const session = (data: { expiresAt: Date; revokedAt?: Date }) =>
      db.userSession.create({ data: { userId: active.id, ...data } });
    const sessionExpiredOld = await session({ expiresAt: past(R.sessionAfterEnd) });
    const sessionRevokedOld = await session({
      expiresAt: new Date(now.getTime() + DAY),
      revokedAt: past(R.sessionAfterEnd),
    });
    const sessionExpiredRecently = await session({ expiresAt: within(R.sessionAfterEnd) });
    const sessionLive = await session({ expiresAt: new Date(now.getTime() + DAY) });

    let tokenNumber = 0;
    const token = (data: { expiresAt: Date; usedAt?: Date }) =>
      db.authToken.create({
        data: { userId: active.id, purpose: "resetPassword", tokenHash: `hash-${tokenNumber++}`, ...data },
      });
    const tokenUsedOld = await token({ expiresAt: within(1), usedAt: past(R.tokenAfterEnd) });
    const tokenExpiredOld = await token({ expiresAt: past(R.tokenAfterEnd) });
    const tokenUsedRecently = await token({ expiresAt: within(1), usedAt: within(R.tokenAfterEnd) });
    const tokenLive = await token({ expiresAt: new Date(now.getTime() + DAY) });

    await db.verificationToken.createMany({
      data: [
        { identifier: "a@example.fr", token: "vt-old", expires: past(R.tokenAfterEnd) },
        { identifier: "a@example.fr", token: "vt-new", expires: within(R.tokenAfterEnd) },
      ],
    });
    await db.organization.create({
      data: {
        name: "Org",
        country: "FR",
        vatNumber: "FR1",
        invitations: {
          create: [
            { email: "x@example.fr", tokenHash: "inv-old", expiresAt: past(R.tokenAfterEnd) },
            { email: "y@example.fr", tokenHash: "inv-new", expiresAt: within(R.tokenAfterEnd) },
          ],
        },
      },
    });

    await db.rateLimitWindow.createMany({
      data: [
        { key: "signin:ip:old", windowStart: past(R.rateLimitWindow), count: 3 },
        { key: "signin:ip:new", windowStart: within(R.rateLimitWindow), count: 3 },
      ],
    });

    const guestCartOld = await db.cart.create({ data: { updatedAt: past(R.guestCartSinceUpdate) } });
    const guestCartNew = await db.cart.create({ data: { updatedAt: within(R.guestCartSinceUpdate) } });
    const userCartOld = await db.cart.create({ data: { userId: active.id, updatedAt: past(R.guestCartSinceUpdate) } });

    const email = (key: string, data: Record<string, unknown>) =>
      db.emailOutbox.create({
        data: {
          key,
          template: "t",
          locale: "fr",
          to: "active@example.fr",
          subject: "s",
          html: "h",
          text: "t",
          ...data,
        },
      });
    await email("sent-old", { status: "sent", sentAt: past(R.emailAfterSent), createdAt: past(R.emailAfterSent) });
    await email("failed-old", { status: "failed", createdAt: past(R.emailAfterSent) });
    await email("sent-new", { status: "sent", sentAt: within(R.emailAfterSent), createdAt: past(R.emailAfterSent) });
    await email("pending-old", { status: "pending", createdAt: past(R.emailAfterSent) });

    const report = await applyRetention(db, now);

    expect(report).toEqual({
      unverifiedAccounts: 1,
      inactiveAccounts: 1,
      inactivityWarnings: 3,
      sessions: 2,
      rateLimitWindows: 1,
      authTokens: 2,
      verificationTokens: 1,
      invitations: 1,
      guestCarts: 1,
      emails: 2,
    });

    const users = (await db.user.findMany({ select: { id: true } })).map((u) => u.id).sort();
    expect(users).toEqual(
      [unverifiedNew, toWarnFr, toWarnEn, notYet, warnedRecently, cameBack, admin, active].map((u) => u.id).sort(),
    );
    expect(users).not.toContain(unverifiedOld.id);
    expect(users).not.toContain(warnedExpired.id);

    // Warnings: one per account to warn, in its language, and the date recorded.
    const warnings = await db.emailOutbox.findMany({
      where: { template: "inactivity-warning" },
      orderBy: { to: "asc" },
    });
    expect(warnings.map((w) => [w.to, w.locale, w.key])).toEqual([
      ["came-back@example.fr", "fr", `inactivity-warning:${cameBack.id}:2029-06-15`],
      ["to-warn-en@example.fr", "en", `inactivity-warning:${toWarnEn.id}:2029-06-15`],
      ["to-warn-fr@example.fr", "fr", `inactivity-warning:${toWarnFr.id}:2029-06-15`],
    ]);
    expect(warnings[1]!.subject).toMatch(/will be deleted in 30 days/);
    expect(warnings[2]!.subject).toMatch(/sera supprimé dans 30 jours/);
    expect(warnings[2]!.text).toContain("Bonjour Camille");
    for (const u of [toWarnFr, toWarnEn, cameBack]) {
      expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).inactivityWarningSentAt).toEqual(now);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: notYet.id } })).inactivityWarningSentAt).toBeNull();

    const ids = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.id).sort();
    expect(await ids(db.userSession.findMany())).toEqual([sessionExpiredRecently.id, sessionLive.id].sort());
    expect([sessionExpiredOld.id, sessionRevokedOld.id]).not.toContain(sessionLive.id);
    expect(await ids(db.authToken.findMany())).toEqual([tokenUsedRecently.id, tokenLive.id].sort());
    expect([tokenUsedOld.id, tokenExpiredOld.id]).not.toContain(tokenLive.id);
    expect((await db.verificationToken.findMany()).map((t) => t.token)).toEqual(["vt-new"]);
    expect((await db.organizationInvitation.findMany()).map((i) => i.tokenHash)).toEqual(["inv-new"]);
    expect((await db.rateLimitWindow.findMany()).map((w) => w.key)).toEqual(["signin:ip:new"]);
    expect(await ids(db.cart.findMany())).toEqual([guestCartNew.id, userCartOld.id].sort());
    expect(await db.cart.findUnique({ where: { id: guestCartOld.id } })).toBeNull();
    const keys = (await db.emailOutbox.findMany({ where: { template: "t" } })).map((e) => e.key).sort();
    expect(keys).toEqual(["pending-old", "sent-new"]);

    // A second run the same day finds nothing left to do and sends no second warning.
    expect(Object.values(await applyRetention(db, now)).every((n) => n === 0)).toBe(true);
  });
});
