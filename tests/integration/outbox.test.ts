import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { listOutboxEmails, readOutboxEmail } from "@/lib/admin/outbox";
import type { Db } from "@/lib/db/client";
import { deliverOutboxNow, isOutboxViewerEnabled } from "@/lib/email/deliver";
import {
  countUnsentEmails,
  deliverDueEmails,
  enqueueEmail,
  MAX_ATTEMPTS,
  RETRY_DELAYS_MINUTES,
  type EmailSender,
  type OutgoingEmail,
} from "@/lib/email/outbox";
import { createResendSender, DEFAULT_EMAIL_FROM } from "@/lib/email/resend-sender";
import { parseEnv } from "@/lib/env";
import { requestEmailChange } from "@/lib/accounts/email-change";
import { inviteMember } from "@/lib/accounts/invitations";
import { requestPasswordReset } from "@/lib/accounts/passwords";
import { resendVerificationEmail } from "@/lib/accounts/sign-up";
import { hashPassword } from "@/lib/auth/password";
import { sendSignInLink } from "@/lib/auth/sign-in-link";
import { ERASED_RECIPIENT, SCRUBBED_BODY } from "@/lib/privacy/placeholders";
import { start, type FakeResend } from "../fakes/resend";
import { SITE } from "../helpers/accounts";
import { recordingSender } from "../helpers/privacy-fixture";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let fake: FakeResend;
let sender: EmailSender;
const previousBaseUrl = process.env.RESEND_BASE_URL;

const API_KEY = "re_test_0123456789";
const FROM = "PluSuite <commandes@plusuite.com>";
// Enqueued e-mails are due from the database's now(): deliveries run "a day from now", so every e-mail
// enqueued by this file is due however slowly the machine runs it.
const T0 = new Date(Math.ceil(Date.now() / 1000) * 1000 + 24 * 60 * 60_000);
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  fake = await start();
  // The SDK reads its base URL when a client is constructed: set it before creating any sender.
  process.env.RESEND_BASE_URL = fake.url;
  sender = createResendSender({ apiKey: API_KEY, from: FROM });
});
afterAll(async () => {
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
  await fake?.close();
  await testDb?.close();
});
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  fake.requests.length = 0;
  fake.failNext(0);
});

function outgoing(key: string, overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    key,
    template: "order-confirmation",
    locale: "fr",
    to: "camille@example.com",
    subject: `Votre commande ${key} est confirmée`,
    html: `<p>${key}</p>`,
    text: key,
    ...overrides,
  };
}

const stored = (key: string) => db.emailOutbox.findUniqueOrThrow({ where: { key } });

describe("outbox", () => {
  test("P5: enqueueing the same key twice stores one e-mail, the first one", async () => {
    await enqueueEmail(db, outgoing("order-confirmation:o1"));
    await enqueueEmail(db, outgoing("order-confirmation:o1", { subject: "a second rendering" }));
    const rows = await db.emailOutbox.findMany({ where: { key: "order-confirmation:o1" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "pending",
      attempts: 0,
      subject: "Votre commande order-confirmation:o1 est confirmée",
    });
  });

  test("P5: delivered through Resend with the outbox key as idempotency key; the provider id is stored", async () => {
    await enqueueEmail(
      db,
      outgoing("order-confirmation:o2", {
        to: "dominique@example.com",
        subject: "Votre commande PS-2026-000002 est confirmée",
      }),
    );
    const report = await deliverDueEmails(db, sender, T0);

    expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({
      status: 200,
      idempotencyKey: "order-confirmation:o2",
      authorization: `Bearer ${API_KEY}`,
      body: {
        from: FROM,
        to: "dominique@example.com",
        subject: "Votre commande PS-2026-000002 est confirmée",
        html: "<p>order-confirmation:o2</p>",
        text: "order-confirmation:o2",
      },
    });
    const row = await stored("order-confirmation:o2");
    expect(row).toMatchObject({
      status: "sent",
      attempts: 1,
      providerMessageId: request!.id,
      lastError: null,
      sentAt: T0,
    });
    expect(row.providerMessageId).toMatch(/^[0-9a-f-]{36}$/);

    // Sent e-mails are never sent again.
    expect(await deliverDueEmails(db, sender, minutesAfter(T0, 10_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.requests).toHaveLength(1);
  });

  test("P5: a failing provider leaves the e-mail pending with backoff, then it is delivered; never dropped", async () => {
    await enqueueEmail(db, outgoing("order-confirmation:o3"));
    fake.failNext(2, 500);

    expect(await deliverDueEmails(db, sender, T0)).toEqual({ sent: 0, retried: 1, failed: 0 });
    let row = await stored("order-confirmation:o3");
    expect(row).toMatchObject({
      status: "pending",
      attempts: 1,
      nextAttemptAt: minutesAfter(T0, RETRY_DELAYS_MINUTES[0]),
      lockedUntil: null,
    });
    expect(row.lastError).toContain("Something went wrong (fake)");

    // Not due yet: nothing is sent before the backoff delay.
    expect(await deliverDueEmails(db, sender, minutesAfter(T0, RETRY_DELAYS_MINUTES[0] - 0.5))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    expect(fake.requests).toHaveLength(1);

    const secondTry = row.nextAttemptAt;
    expect(await deliverDueEmails(db, sender, secondTry)).toEqual({ sent: 0, retried: 1, failed: 0 });
    row = await stored("order-confirmation:o3");
    expect(row).toMatchObject({
      status: "pending",
      attempts: 2,
      nextAttemptAt: minutesAfter(secondTry, RETRY_DELAYS_MINUTES[1]),
    });

    expect(await deliverDueEmails(db, sender, row.nextAttemptAt)).toEqual({ sent: 1, retried: 0, failed: 0 });
    row = await stored("order-confirmation:o3");
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(row.providerMessageId).toBe(fake.requests.at(-1)!.id);
    // Every attempt carried the same idempotency key, so Resend sends at most one e-mail.
    expect(fake.requests.map((request) => [request.status, request.idempotencyKey])).toEqual([
      [500, "order-confirmation:o3"],
      [500, "order-confirmation:o3"],
      [200, "order-confirmation:o3"],
    ]);
  });

  test(`after ${MAX_ATTEMPTS} failed attempts the e-mail is marked failed and kept`, async () => {
    await enqueueEmail(db, outgoing("order-confirmation:o4"));
    fake.failNext(MAX_ATTEMPTS + 5, 429);

    let now = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await deliverDueEmails(db, sender, now);
      const row = await stored("order-confirmation:o4");
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(report).toEqual({ sent: 0, retried: 1, failed: 0 });
        expect(row.status).toBe("pending");
        expect(row.nextAttemptAt).toEqual(minutesAfter(now, RETRY_DELAYS_MINUTES[attempt - 1]!));
        now = row.nextAttemptAt;
      } else {
        expect(report).toEqual({ sent: 0, retried: 0, failed: 1 });
      }
    }

    const row = await stored("order-confirmation:o4");
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, providerMessageId: null, sentAt: null });
    expect(row.lastError).toContain("Too many requests (fake)");
    // A failed e-mail is not retried by later runs, but stays in the outbox to be looked at.
    expect(await deliverDueEmails(db, sender, minutesAfter(now, 100_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.requests).toHaveLength(MAX_ATTEMPTS);
  });

  test("P14: an e-mail marked scrubAfterSend forgets its recipient and body once sent; others keep theirs", async () => {
    await enqueueEmail(db, outgoing("account-deleted:a1", { to: "leaving@example.com", scrubAfterSend: true }));
    await enqueueEmail(db, outgoing("order-confirmation:o6", { to: "staying@example.com" }));

    expect(await deliverDueEmails(db, sender, T0)).toEqual({ sent: 2, retried: 0, failed: 0 });
    // Sent as written…
    expect(fake.requests.find((r) => r.idempotencyKey === "account-deleted:a1")?.body).toMatchObject({
      to: "leaving@example.com",
      html: "<p>account-deleted:a1</p>",
    });
    // …then forgotten, like the rest of the deleted account (lib/privacy/erasure.ts).
    expect(await stored("account-deleted:a1")).toMatchObject({
      status: "sent",
      to: ERASED_RECIPIENT,
      html: "",
      text: "",
      subject: "Votre commande account-deleted:a1 est confirmée",
    });
    expect(await stored("order-confirmation:o6")).toMatchObject({
      status: "sent",
      to: "staying@example.com",
      html: "<p>order-confirmation:o6</p>",
    });
  });

  test("P14: a scrubAfterSend e-mail is kept whole while it is retried, and scrubbed once given up on", async () => {
    await enqueueEmail(db, outgoing("account-deleted:a2", { to: "leaving@example.com", scrubAfterSend: true }));
    fake.failNext(MAX_ATTEMPTS, 500);

    let now = T0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDueEmails(db, sender, now);
      const row = await stored("account-deleted:a2");
      if (attempt < MAX_ATTEMPTS) {
        // The retries need the address.
        expect(row).toMatchObject({ status: "pending", to: "leaving@example.com", text: "account-deleted:a2" });
        now = row.nextAttemptAt;
      }
    }
    const row = await stored("account-deleted:a2");
    expect(row).toMatchObject({ status: "failed", to: ERASED_RECIPIENT, html: "", text: "" });
    expect(row.lastError).not.toContain("leaving@example.com");
    expect(fake.requests.every((r) => r.body.to === "leaving@example.com")).toBe(true);
  });

  test("P12: once sent, no outbox row keeps a token of a sign-in, reset, verification, e-mail change or invitation link", async () => {
    const flowNow = new Date("2026-11-25T10:00:00Z");
    const password = "un mot de passe solide";
    const customer = await db.user.create({
      data: {
        email: "tokens@example.fr",
        name: "Camille",
        emailVerified: flowNow,
        passwordHash: await hashPassword(password),
      },
    });
    const unverified = await db.user.create({ data: { email: "unverified@example.fr", name: "Sam" } });
    const organization = await db.organization.create({
      data: {
        name: "Atelier Bleu",
        country: "FR",
        vatNumber: "FR40303265045",
        members: { create: { userId: customer.id, role: "owner", createdAt: flowNow } },
      },
    });
    // Every e-mail of the shop that carries a link with a token, written by the code that sends it.
    await resendVerificationEmail(db, unverified.id, SITE, flowNow);
    await requestPasswordReset(db, customer.email, SITE, flowNow);
    await requestEmailChange(
      db,
      customer.id,
      { newEmail: "new-address@example.fr", currentPassword: password },
      SITE,
      flowNow,
    );
    await inviteMember(db, organization.id, customer.id, "colleague@example.fr", SITE, flowNow);
    const authJsToken = "c2lnbi1pbi1saW5rLXRva2VuLWZyb20tYXV0aGpz";
    await sendSignInLink(
      db,
      {
        email: customer.email,
        token: authJsToken,
        url: `${SITE}/api/auth/callback/link?callbackUrl=%2Ffr%2Faccount&token=${authJsToken}&email=tokens%40example.fr`,
      },
      SITE,
      flowNow,
    );
    // An e-mail without a token keeps its body (it is the record of what was sent).
    await enqueueEmail(db, outgoing("order-confirmation:kept"));

    const { sent, sender: recording } = recordingSender();
    expect(await deliverDueEmails(db, recording, T0)).toMatchObject({ sent: 6, failed: 0 });

    const tokensByTemplate = new Map<string, string[]>();
    for (const email of sent) {
      const tokens = [...`${email.text}\n${email.html}`.matchAll(/[?&](?:amp;)?token=([\w%-]{16,})/g)].map(
        (m) => m[1]!,
      );
      if (tokens.length > 0) tokensByTemplate.set(email.key.split(":")[0]!, [...new Set(tokens)]);
    }
    // The customer got working links…
    expect([...tokensByTemplate.keys()].sort()).toEqual(
      ["change-email", "organization-invitation", "reset-password", "sign-in-link", "verify-email"].sort(),
    );
    expect(tokensByTemplate.get("sign-in-link")).toContain(authJsToken);

    // …and the outbox keeps none of them, in any column; the bodies say why they are gone.
    const rows = await db.emailOutbox.findMany();
    for (const [template, tokens] of tokensByTemplate) {
      for (const token of tokens) {
        expect(
          rows.filter((row) => JSON.stringify(row).includes(token)).map((row) => row.key),
          template,
        ).toEqual([]);
      }
      const row = rows.find((r) => r.template === template)!;
      expect(row).toMatchObject({ status: "sent", html: SCRUBBED_BODY, text: SCRUBBED_BODY });
      // The recipient stays, for "did you send me the link?" questions.
      expect(row.to).not.toBe(ERASED_RECIPIENT);
    }
    expect(await stored("order-confirmation:kept")).toMatchObject({ html: "<p>order-confirmation:kept</p>" });
  });

  test("P12: a token e-mail keeps its body while it is retried and loses it once given up on", async () => {
    await enqueueEmail(
      db,
      outgoing("reset-password:t1", { text: "?token=secret-token-value", scrubBodyAfterSend: true }),
    );
    fake.failNext(MAX_ATTEMPTS, 500);
    let now = T0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      await deliverDueEmails(db, sender, now);
      const row = await stored("reset-password:t1");
      expect(row).toMatchObject({ status: "pending", text: "?token=secret-token-value" });
      now = row.nextAttemptAt;
    }
    await deliverDueEmails(db, sender, now);
    expect(await stored("reset-password:t1")).toMatchObject({
      status: "failed",
      to: "camille@example.com",
      html: SCRUBBED_BODY,
      text: SCRUBBED_BODY,
    });
  });

  test("P5: two deliveries running at once send each e-mail once", async () => {
    const keys = Array.from({ length: 6 }, (_, index) => `order-confirmation:parallel-${index}`);
    for (const key of keys) await enqueueEmail(db, outgoing(key));

    const reports = await Promise.all([deliverDueEmails(db, sender, T0), deliverDueEmails(db, sender, T0)]);

    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(keys.length);
    expect(fake.requests.map((request) => request.idempotencyKey).sort()).toEqual([...keys].sort());
    const rows = await db.emailOutbox.findMany({ where: { key: { in: keys } } });
    expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
  });

  test("without RESEND_API_KEY nothing is sent and e-mails stay pending; with it they go out from the default sender", async () => {
    await enqueueEmail(db, outgoing("order-confirmation:o5"));

    expect(await deliverOutboxNow(db, parseEnv({}), T0)).toBeNull();
    expect(await stored("order-confirmation:o5")).toMatchObject({ status: "pending", attempts: 0 });
    expect(fake.requests).toHaveLength(0);

    expect(await deliverOutboxNow(db, parseEnv({ RESEND_API_KEY: API_KEY }), T0)).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
    });
    expect(fake.requests[0]?.body.from).toBe(DEFAULT_EMAIL_FROM);
    expect(await stored("order-confirmation:o5")).toMatchObject({ status: "sent" });
  });

  test("the dev outbox lists the newest e-mails first, to admins only; the admin counts the pending and failed ones", async () => {
    const statuses = [
      ["order-confirmation:a", "sent"],
      ["order-confirmation:b", "failed"],
      ["order-confirmation:c", "pending"],
    ] as const;
    for (const [index, [key, status]] of statuses.entries()) {
      await enqueueEmail(db, outgoing(key));
      await db.emailOutbox.update({ where: { key }, data: { status, createdAt: minutesAfter(T0, index) } });
    }

    expect(await countUnsentEmails(db)).toBe(2);
    const admin = { role: "admin" } as const;
    const listed = await listOutboxEmails(db, admin, 2);
    expect(listed.map((email) => email.subject)).toEqual([
      "Votre commande order-confirmation:c est confirmée",
      "Votre commande order-confirmation:b est confirmée",
    ]);
    expect(listed[0]).not.toHaveProperty("html");
    expect(await readOutboxEmail(db, admin, listed[1]!.id)).toMatchObject({
      status: "failed",
      html: "<p>order-confirmation:b</p>",
    });
    expect(await readOutboxEmail(db, admin, "unknown")).toBeNull();
    // It shows reset links: a customer or nobody reads nothing.
    for (const viewer of [null, { role: "customer" } as const]) {
      await expect(listOutboxEmails(db, viewer, 2)).rejects.toMatchObject({ code: "forbidden" });
      await expect(readOutboxEmail(db, viewer, listed[1]!.id)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  test("the outbox viewer is off in production unless DEV_OUTBOX=1", () => {
    const production = {
      NODE_ENV: "production",
      SITE_URL: "https://plusuite.com",
      COOKIE_SECRET: "x".repeat(32),
      DEMO_PAYMENTS: "1",
      TRUSTED_PROXY_HOPS: "1",
    };
    expect(isOutboxViewerEnabled(parseEnv(production))).toBe(false);
    expect(isOutboxViewerEnabled(parseEnv({ ...production, DEV_OUTBOX: "0" }))).toBe(false);
    expect(isOutboxViewerEnabled(parseEnv({ ...production, DEV_OUTBOX: "1" }))).toBe(true);
    expect(isOutboxViewerEnabled(parseEnv({ NODE_ENV: "development" }))).toBe(true);
    expect(isOutboxViewerEnabled(parseEnv({ NODE_ENV: "test" }))).toBe(true);
  });
});
