// Issue 14, faults: the mail provider failing for an hour of simulated time (docs/decisions/0017). The real
// Resend SDK talks to a local fake that keeps Resend's idempotency rules (same key within 24 hours: the first
// answer, no second e-mail; after 24 hours the key is forgotten). The outbox runs every simulated minute with
// an injected clock. What must hold (P5): every e-mail is sent once, none twice, however the outage looks.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import {
  countUnsentEmails,
  deliverDueEmails,
  enqueueEmail,
  RETRY_DELAYS_MINUTES,
  SEND_WINDOW_MINUTES,
  type EmailSender,
} from "@/lib/email/outbox";
import { createResendSender } from "@/lib/email/resend-sender";
import { start, type FakeResend, type ResendOutage } from "../fakes/resend";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let fake: FakeResend;
let sender: EmailSender;
const previousBaseUrl = process.env.RESEND_BASE_URL;
/** The simulated clock, shared by the outbox and the fake's idempotency window. */
let simulated = new Date();
const T0 = new Date("2026-12-01T08:00:00Z");
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  fake = await start();
  fake.setClock(() => simulated);
  // The SDK reads its base URL when a client is constructed: set it before creating the sender.
  process.env.RESEND_BASE_URL = fake.url;
  // A short timeout, so that a hanging Resend costs the test milliseconds (the shop's is RESEND_TIMEOUT_MS).
  sender = createResendSender({ apiKey: "re_test_faults", from: "PluSuite <commandes@plusuite.com>", timeoutMs: 100 });
});
afterAll(async () => {
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
  await fake?.close();
  await testDb?.close();
});
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  fake.setOutage(null);
});

/** An order confirmation due at `at`, under a key no other test uses. */
async function enqueueConfirmation(at: Date): Promise<string> {
  const key = `order-confirmation:${randomUUID()}`;
  await enqueueEmail(db, {
    key,
    template: "order-confirmation",
    locale: "fr",
    to: "camille@example.com",
    subject: "Votre commande est confirmée",
    html: `<p>${key}</p>`,
    text: key,
    nextAttemptAt: at,
  });
  return key;
}

/** Runs the outbox once per `stepMinutes` of simulated time, the outage chosen by the minute. */
async function runOutbox(from: Date, minutes: number, outageAt: (minute: number) => ResendOutage, stepMinutes = 1) {
  for (let minute = 0; minute <= minutes; minute += stepMinutes) {
    simulated = minutesAfter(from, minute);
    fake.setOutage(outageAt(minute));
    await deliverDueEmails(db, sender, simulated);
  }
  fake.setOutage(null);
}

const deliveriesOf = (key: string) => fake.delivered.filter((email) => email.idempotencyKey === key);

describe("P5: the mail provider failing for an hour", () => {
  test.each([
    ["answering 500", "error"],
    ["accepting e-mails but cutting the connection before answering", "reset"],
    ["accepting e-mails but never answering (timeout)", "hang"],
  ] as const)("Resend %s for an hour: every e-mail sent once, none twice", async (_, mode) => {
    const keys = [];
    for (let i = 0; i < 5; i++) keys.push(await enqueueConfirmation(T0));
    const requestsBefore = fake.requests.length;
    let lastSentMinute = 0;
    for (let minute = 0; minute <= 180; minute++) {
      // Orders keep being paid during the outage: three more confirmations half-way through.
      if (minute === 30) for (let i = 0; i < 3; i++) keys.push(await enqueueConfirmation(minutesAfter(T0, 30)));
      simulated = minutesAfter(T0, minute);
      fake.setOutage(minute < 60 ? mode : null);
      if ((await deliverDueEmails(db, sender, simulated)).sent > 0) lastSentMinute = minute;
    }
    fake.setOutage(null);

    const rows = await db.emailOutbox.findMany({ where: { key: { in: keys } } });
    expect(rows.map((row) => row.status)).toEqual(Array(8).fill("sent"));
    for (const row of rows) {
      const delivered = deliveriesOf(row.key);
      expect(delivered).toHaveLength(1);
      expect(row.providerMessageId).toBe(delivered[0]!.id);
    }
    const requests = fake.requests.length - requestsBefore;
    console.info(
      `[mail-outage] ${testDb.kind}, Resend ${mode} for 60 simulated minutes: 8 e-mails, ${requests} requests, ` +
        `${keys.reduce((sum, key) => sum + deliveriesOf(key).length, 0)} sent, the last at minute ${lastSentMinute}`,
    );
  });
});

describe("P5: Resend's 24-hour idempotency window against the outbox's retries", () => {
  test("every planned attempt falls within the window from the first one", () => {
    const lastAttempt = RETRY_DELAYS_MINUTES.reduce((sum, delay) => sum + delay, 0);
    expect(lastAttempt).toBeLessThan(SEND_WINDOW_MINUTES);
    expect(SEND_WINDOW_MINUTES).toBeLessThan(24 * 60);
  });

  test("an e-mail Resend accepted, whose answers are lost for 25 hours, is sent once and left for an operator", async () => {
    const key = await enqueueConfirmation(T0);
    // Every 5 simulated minutes for two days; Resend sends the first attempt and loses every answer for 25 hours.
    await runOutbox(T0, 48 * 60, (minute) => (minute < 25 * 60 ? "reset" : null), 5);

    expect(deliveriesOf(key)).toHaveLength(1);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { key } });
    // We never heard that it was sent: an operator checks Resend's log (the admin counts it unsent).
    expect(row).toMatchObject({ status: "failed", sentAt: null, firstAttemptAt: T0 });
    expect(await countUnsentEmails(db)).toBe(1);
  });

  test("after a worker down past the window, an e-mail whose answer was lost is not sent a second time", async () => {
    const key = await enqueueConfirmation(T0);
    simulated = T0;
    fake.setOutage("reset");
    expect(await deliverDueEmails(db, sender, T0)).toEqual({ sent: 0, retried: 1, failed: 0 });
    fake.setOutage(null);
    const requests = fake.requests.length;

    // The next run comes 30 hours later: Resend has forgotten the key, a retry would send it again.
    simulated = minutesAfter(T0, 30 * 60);
    expect(await deliverDueEmails(db, sender, simulated)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(fake.requests.length).toBe(requests);
    expect(deliveriesOf(key)).toHaveLength(1);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { key } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toMatch(/idempotency window/);
  });
});
