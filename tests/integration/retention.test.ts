// P15: the retention schedule. Every kind of record is created just past its date and just within it;
// one purge must remove exactly the first ones. Then the daily run: once a day across processes, and the
// inactivity warning's announced day kept.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { runDailyRetention } from "@/lib/jobs/daily";
import { ERASED_RECIPIENT } from "@/lib/privacy/placeholders";
import { applyRetention, RETENTION_DAYS, RETENTION_SCHEDULE } from "@/lib/privacy/retention";
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

let orderNumber = 0;
/** A paid order with one line and both addresses, placed at `createdAt` by `email`. */
async function order(email: string, createdAt: Date, data: Record<string, unknown> = {}) {
  orderNumber++;
  const address = {
    name: "Camille Martin",
    company: "Atelier Bleu",
    line1: "12 rue des Lilas",
    line2: "Bâtiment B",
    postalCode: "69003",
    city: "Lyon",
    country: "FR",
    phone: "+33612345678",
  };
  return db.order.create({
    data: {
      number: `PS-2018-${String(orderNumber).padStart(6, "0")}`,
      status: "paid",
      locale: "fr",
      email,
      phone: "+33612345678",
      shippingMethod: "colissimo",
      subtotalCents: 4990,
      shippingCents: 590,
      vatCents: 930,
      totalCents: 5580,
      paymentProvider: "demo",
      createdAt,
      paidAt: createdAt,
      lines: {
        create: {
          sku: "THE-FONTE",
          name: "Théière en fonte",
          unitPriceCents: 4990,
          quantity: 1,
          vatRateBp: 2000,
          lineTotalCents: 4990,
          vatCents: 832,
        },
      },
      addresses: {
        create: [
          { kind: "shipping", ...address },
          { kind: "billing", ...address },
        ],
      },
      ...data,
    },
    include: { lines: true, addresses: true },
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
    await db.signInDelay.createMany({
      data: [
        { key: "wait-ended-long-ago", failures: 4, nextAttemptAt: past(R.signInDelayAfterWait) },
        { key: "wait-ended-recently", failures: 4, nextAttemptAt: within(R.signInDelayAfterWait) },
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

    // Guest orders: the person goes after the accounting period, the order stays.
    const guestOrderOld = await order("guest-old@example.fr", past(R.guestOrderContact), { cartId: guestCartNew.id });
    const guestOrderNew = await order("guest-new@example.fr", within(R.guestOrderContact));
    const accountOrderOld = await order("active@example.fr", past(R.guestOrderContact), { userId: active.id });
    // Placed as a guest with the address of a verified account: in that account's history, kept with it.
    const accountHistoryOld = await order("Active@Example.fr", past(R.guestOrderContact));
    await email("order-confirmation:guest-old", {
      template: "order-confirmation",
      to: "guest-old@example.fr",
      orderId: guestOrderOld.id,
      status: "sent",
      sentAt: within(R.emailAfterSent),
      subject: `Votre commande ${guestOrderOld.number} est confirmée`,
      text: "Camille Martin, 12 rue des Lilas",
    });

    // Proof of cookie choices: kept while valid, then for the limitation period.
    const consent = (consentId: string, expiresAt: Date) =>
      db.consentRecord.create({
        data: {
          consentId,
          audience: false,
          social: true,
          chat: false,
          method: "custom",
          policyVersion: "1",
          expiresAt,
        },
      });
    await consent("consent-old", past(R.consentProofAfterExpiry));
    await consent("consent-kept", within(R.consentProofAfterExpiry));
    await consent("consent-valid", new Date(now.getTime() + 30 * DAY));

    const report = await applyRetention(db, now);

    expect(report).toEqual({
      unverifiedAccounts: 1,
      inactiveAccounts: 1,
      inactivityWarnings: 3,
      sessions: 2,
      rateLimitWindows: 1,
      signInDelays: 1,
      authTokens: 2,
      verificationTokens: 1,
      invitations: 1,
      guestCarts: 1,
      guestOrders: 1,
      emails: 2,
      consentRecords: 1,
      requestLogs: 0,
      audienceCounts: 0,
      searchQueryCounts: 0,
      contactMessages: 0,
      newsletterSubscriptions: 0,
      legalDisclosures: 0,
      auditEntries: 0,
      orderContactLogs: 0,
      stockAdjustments: 0,
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
    // The day of the deletion, in the shop's calendar: 30 days after 2029-06-15.
    expect(warnings[1]!.subject).toBe("Your PluSuite account will be deleted on 15 July 2029");
    expect(warnings[2]!.subject).toBe("Votre compte PluSuite sera supprimé le 15 juillet 2029");
    expect(warnings[2]!.text).toContain("Bonjour Camille");
    expect(warnings[2]!.text).toContain("il sera supprimé le 15 juillet 2029");
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
    expect((await db.signInDelay.findMany()).map((row) => row.key)).toEqual(["wait-ended-recently"]);
    expect(await ids(db.cart.findMany())).toEqual([guestCartNew.id, userCartOld.id].sort());
    expect(await db.cart.findUnique({ where: { id: guestCartOld.id } })).toBeNull();
    const keys = (await db.emailOutbox.findMany({ where: { template: "t" } })).map((e) => e.key).sort();
    expect(keys).toEqual(["pending-old", "sent-new"]);

    // The old guest order keeps its number, lines and amounts; the person is gone from it and its e-mails.
    const anonymised = await db.order.findUniqueOrThrow({
      where: { id: guestOrderOld.id },
      include: { lines: true, addresses: { orderBy: { kind: "asc" } }, events: true },
    });
    expect(anonymised).toMatchObject({
      number: guestOrderOld.number,
      status: "paid",
      totalCents: 5580,
      subtotalCents: 4990,
      shippingCents: 590,
      vatCents: 930,
      createdAt: guestOrderOld.createdAt,
      email: `deleted-${guestOrderOld.id}@invalid`,
      phone: null,
      cartId: null,
    });
    expect(anonymised.lines).toEqual(guestOrderOld.lines);
    for (const address of anonymised.addresses) {
      expect(address).toMatchObject({ name: "anonymised", company: null, line1: "anonymised", line2: null });
      expect(address).toMatchObject({ postalCode: "", city: "", phone: null, country: "FR" });
    }
    expect(anonymised.events.map((e) => e.reason)).toEqual(["retention period over: contact anonymised"]);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { key: "order-confirmation:guest-old" } })).toMatchObject({
      to: ERASED_RECIPIENT,
      text: "",
      subject: `Votre commande ${guestOrderOld.number} est confirmée`,
    });
    for (const kept of [guestOrderNew, accountOrderOld, accountHistoryOld]) {
      const row = await db.order.findUniqueOrThrow({ where: { id: kept.id }, include: { addresses: true } });
      expect(row.email).toBe(kept.email);
      expect(row.addresses.every((a) => a.line1 === "12 rue des Lilas")).toBe(true);
    }
    expect((await db.consentRecord.findMany()).map((c) => c.consentId).sort()).toEqual([
      "consent-kept",
      "consent-valid",
    ]);

    // A second run the same day finds nothing left to do and sends no second warning.
    expect(Object.values(await applyRetention(db, now)).every((n) => n === 0)).toBe(true);
  });
});

describe("the daily run (P15)", () => {
  test("P15: the inactivity warning's day is the deletion's day, whatever the hour of the warning", async () => {
    const R = RETENTION_DAYS;
    // Warned at 22:00 in Paris on 16 May: the e-mail said "deleted on 15 June". The run of 15 June at
    // 05:00 deletes it, although 30 full days have not gone by; one warned at 00:30 on 17 May waits a day.
    const warnedLate = await user("warned-late-evening", {
      lastActiveAt: past(R.inactiveAccount),
      inactivityWarningSentAt: new Date("2029-05-16T20:00:00Z"),
    });
    const warnedAfterMidnight = await user("warned-after-midnight", {
      lastActiveAt: past(R.inactiveAccount),
      inactivityWarningSentAt: new Date("2029-05-16T22:30:00Z"),
    });
    expect(now.toISOString()).toBe("2029-06-15T03:00:00.000Z");

    expect((await applyRetention(db, now)).inactiveAccounts).toBe(1);
    expect(await db.user.findUnique({ where: { id: warnedLate.id } })).toBeNull();
    expect(await db.user.findUnique({ where: { id: warnedAfterMidnight.id } })).not.toBeNull();

    const nextDay = new Date("2029-06-16T03:00:00Z");
    expect((await applyRetention(db, nextDay)).inactiveAccounts).toBe(1);
    expect(await db.user.findUnique({ where: { id: warnedAfterMidnight.id } })).toBeNull();
  });

  test("P15: two processes starting together: one runs the day's purge, the other does nothing", async () => {
    const morning = new Date("2029-07-01T06:00:00Z");
    const stale = await db.cart.create({ data: { updatedAt: new Date("2029-01-01T00:00:00Z") } });

    const reports = await Promise.all([runDailyRetention(db, morning), runDailyRetention(db, morning)]);

    expect(reports.filter((report) => report !== null)).toHaveLength(1);
    expect(reports.find((report) => report !== null)).toMatchObject({ guestCarts: 1 });
    expect(await db.cart.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.jobRun.findUniqueOrThrow({ where: { name: "retention" } })).toMatchObject({
      runDay: "2029-07-01",
      finishedAt: expect.any(Date),
    });
    // Later the same day, in any process: nothing.
    expect(await runDailyRetention(db, new Date("2029-07-01T21:00:00Z"))).toBeNull();
  });

  test("P15: once per day of the shop's calendar, from 04:00 in Paris; a run that died is taken over after its lease", async () => {
    // 01:30 in Paris on 2 July: a new day, but before the purge's hour.
    expect(await runDailyRetention(db, new Date("2029-07-01T23:30:00Z"))).toBeNull();
    // 04:30 in Paris.
    const dayTwo = new Date("2029-07-02T02:30:00Z");
    expect(await runDailyRetention(db, dayTwo)).not.toBeNull();
    expect(await runDailyRetention(db, dayTwo)).toBeNull();

    // A process claimed 3 July and died mid-run: its claim holds while its lease does, then is taken over.
    const dayThree = new Date("2029-07-03T04:00:00Z");
    await db.jobRun.update({
      where: { name: "retention" },
      data: {
        runDay: "2029-07-03",
        startedAt: dayThree,
        leaseUntil: new Date(dayThree.getTime() + 3_600_000),
        finishedAt: null,
      },
    });
    expect(await runDailyRetention(db, new Date(dayThree.getTime() + 30 * 60_000))).toBeNull();
    expect(await runDailyRetention(db, new Date(dayThree.getTime() + 61 * 60_000))).not.toBeNull();
    expect(await runDailyRetention(db, new Date(dayThree.getTime() + 62 * 60_000))).toBeNull();
  });

  test("P15: the schedule is one table that says, for each line, how long, from when, what then and why", () => {
    for (const [line, rule] of Object.entries(RETENTION_SCHEDULE)) {
      expect(rule.days, line).toBeGreaterThan(0);
      expect(rule.why.length, line).toBeGreaterThan(10);
      expect(RETENTION_DAYS[line as keyof typeof RETENTION_DAYS]).toBe(rule.days);
    }
    // Legal periods are counted in full years, never a day short.
    expect(RETENTION_DAYS.guestOrderContact).toBeGreaterThanOrEqual(11 * 365 + 2);
    expect(RETENTION_DAYS.consentProofAfterExpiry).toBeGreaterThanOrEqual(5 * 365 + 1);
  });
});
