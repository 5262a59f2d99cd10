// Newsletter and promotions (P6, P7): double opt-in, campaigns only to confirmed subscribers of one language,
// RFC 8058 headers and a working one-click POST on every campaign e-mail, forged and expired links refused
// with nothing changed, the same answer whatever the address's state.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { updatePreferences } from "@/lib/accounts/preferences";
import type { Db } from "@/lib/db/client";
import { deliverDueEmails, type SendableEmail } from "@/lib/email/outbox";
import { createResendSender } from "@/lib/email/resend-sender";
import { sendCampaign } from "@/lib/newsletter/campaign";
import { purgeNewsletterSubscriptions } from "@/lib/newsletter/retention";
import {
  checkConfirmationLink,
  confirmSubscription,
  limitSubscriptionRequest,
  requestSubscription,
  SUBSCRIBE_LIMITS,
  subscriptionsOf,
  unsubscribe,
} from "@/lib/newsletter/subscriptions";
import { unsubscribeToken, verifyUnsubscribeToken } from "@/lib/newsletter/tokens";
import { handleOneClickUnsubscribe, redirectToUnsubscribePage } from "@/lib/newsletter/unsubscribe-request";
import { deleteAccount } from "@/lib/privacy/erasure";
import { SCRUBBED_BODY } from "@/lib/privacy/placeholders";
import { RETENTION_DAYS } from "@/lib/privacy/retention-schedule";
import { start } from "../fakes/resend";
import { SITE } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const env = { SITE_URL: SITE, COOKIE_SECRET: "newsletter-test-secret-0123456789abcdef" };
const now = new Date("2027-03-01T10:00:00Z");
const HOUR = 3_600_000;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => {
  await testDb.close();
});
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  await db.newsletterSubscription.deleteMany();
  await db.rateLimitWindow.deleteMany();
});

/** The confirmation token of the last confirmation e-mail sent to `email`. */
async function confirmationToken(email: string): Promise<string> {
  const sent = await db.emailOutbox.findFirstOrThrow({
    where: { to: email, template: "newsletter-confirm" },
    orderBy: { createdAt: "desc" },
  });
  const match = /newsletter\/confirm\?token=([A-Za-z0-9_%-]+)/.exec(sent.text);
  if (!match) throw new Error("no confirmation link in the e-mail");
  return decodeURIComponent(match[1]!);
}

async function subscribeAndConfirm(email: string, list: "newsletter" | "promotions", locale: "fr" | "en") {
  await requestSubscription(db, { email, list, locale }, now, env);
  expect(await confirmSubscription(db, await confirmationToken(email), now, env)).toEqual({
    status: "confirmed",
    list,
  });
}

const campaign = (key: string, locale: "fr" | "en" = "fr") => ({
  key,
  list: "newsletter" as const,
  locale,
  subject: "Nouveautés",
  html: "<p>Bonjour</p>",
  text: "Bonjour",
});

const campaignEmails = (key: string) =>
  db.emailOutbox.findMany({ where: { key: { startsWith: `campaign:${key}:` } }, orderBy: { to: "asc" } });

const state = (email: string, list: "newsletter" | "promotions" = "newsletter") =>
  db.newsletterSubscription.findUnique({ where: { email_list: { email, list } } });

describe("double opt-in", () => {
  test("P6: a request records a pending subscription and e-mails a single-use link, scrubbed once sent", async () => {
    await requestSubscription(db, { email: " Alice@Example.fr ", list: "newsletter", locale: "en" }, now, env);
    const row = await state("alice@example.fr");
    expect(row).toMatchObject({ status: "pending", locale: "en", confirmedAt: null });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { to: "alice@example.fr" } });
    expect(email).toMatchObject({ template: "newsletter-confirm", locale: "en", scrubBodyAfterSend: true });
    const token = await confirmationToken("alice@example.fr");
    expect(row!.confirmTokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);

    const sent: SendableEmail[] = [];
    await deliverDueEmails(db, { send: async (e) => (sent.push(e), { providerMessageId: "m1" }) }, now);
    expect(sent).toHaveLength(1);
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).text).toBe(SCRUBBED_BODY);
  });

  test("P6: the answer is the same for an unknown, a pending and a confirmed address; confirmed gets no e-mail", async () => {
    await subscribeAndConfirm("confirmed@example.fr", "newsletter", "fr");
    await requestSubscription(db, { email: "pending@example.fr", list: "newsletter", locale: "fr" }, now, env);
    const before = await db.emailOutbox.count();
    const answers = [];
    for (const email of ["unknown@example.fr", "pending@example.fr", "confirmed@example.fr"]) {
      answers.push(await requestSubscription(db, { email, list: "newsletter", locale: "fr" }, now, env));
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    // unknown and pending get a (fresh) link, confirmed gets nothing and stays confirmed
    expect(await db.emailOutbox.count()).toBe(before + 2);
    expect(await state("confirmed@example.fr")).toMatchObject({ status: "confirmed" });
  });

  test("P6: opening the confirmation link confirms nothing; it says which list the button would confirm", async () => {
    await requestSubscription(db, { email: "scanner@example.fr", list: "promotions", locale: "fr" }, now, env);
    const token = await confirmationToken("scanner@example.fr");
    expect(await checkConfirmationLink(db, token, now)).toEqual({ status: "pending", list: "promotions" });
    expect(await checkConfirmationLink(db, token, now)).toEqual({ status: "pending", list: "promotions" });
    expect(await state("scanner@example.fr", "promotions")).toMatchObject({ status: "pending", confirmedAt: null });
    expect(await checkConfirmationLink(db, "forged-token", now)).toEqual({ status: "invalid" });
    expect(await checkConfirmationLink(db, token, new Date(now.getTime() + 73 * HOUR))).toEqual({ status: "expired" });
    expect(await confirmSubscription(db, token, now, env)).toEqual({ status: "confirmed", list: "promotions" });
    expect(await checkConfirmationLink(db, token, now)).toEqual({ status: "invalid" });
  });

  test("P6: a new request voids the older link; a used link does not work twice", async () => {
    await requestSubscription(db, { email: "bob@example.fr", list: "promotions", locale: "fr" }, now, env);
    const first = await confirmationToken("bob@example.fr");
    await requestSubscription(
      db,
      { email: "bob@example.fr", list: "promotions", locale: "fr" },
      new Date(now.getTime() + 1000),
      env,
    );
    const second = await confirmationToken("bob@example.fr");
    expect(second).not.toBe(first);
    expect(await confirmSubscription(db, first, now, env)).toEqual({ status: "invalid" });
    expect(await state("bob@example.fr", "promotions")).toMatchObject({ status: "pending" });
    expect(await confirmSubscription(db, second, now, env)).toEqual({ status: "confirmed", list: "promotions" });
    expect(await confirmSubscription(db, second, now, env)).toEqual({ status: "invalid" });
  });

  test("P6: forged and expired confirmation links are refused and change nothing", async () => {
    await requestSubscription(db, { email: "carol@example.fr", list: "newsletter", locale: "fr" }, now, env);
    const token = await confirmationToken("carol@example.fr");
    const before = await state("carol@example.fr");
    expect(await confirmSubscription(db, "forged-token", now, env)).toEqual({ status: "invalid" });
    expect(await confirmSubscription(db, `${token}x`, now, env)).toEqual({ status: "invalid" });
    expect(await confirmSubscription(db, token, new Date(now.getTime() + 73 * HOUR), env)).toEqual({
      status: "expired",
    });
    expect(await state("carol@example.fr")).toEqual(before);
  });

  test("P6: requests are limited per address and per client", async () => {
    const input = { email: "dave@example.fr", ipKey: "ip-1" };
    for (let i = 0; i < SUBSCRIBE_LIMITS.perAddress.limit; i++)
      await limitSubscriptionRequest(db, input, env.COOKIE_SECRET, now);
    await expect(limitSubscriptionRequest(db, input, env.COOKIE_SECRET, now)).rejects.toMatchObject({
      code: "limited",
    });
    // the table holds no address
    const keys = (await db.rateLimitWindow.findMany()).map((row) => row.key).join(" ");
    expect(keys).not.toContain("dave");
  });
});

describe("campaigns", () => {
  test("P6: unconfirmed addresses and confirmed ones of the other language or list never receive a campaign", async () => {
    await subscribeAndConfirm("fr1@example.fr", "newsletter", "fr");
    await subscribeAndConfirm("fr2@example.fr", "newsletter", "fr");
    await subscribeAndConfirm("en1@example.fr", "newsletter", "en");
    await subscribeAndConfirm("promo@example.fr", "promotions", "fr");
    await requestSubscription(db, { email: "pending@example.fr", list: "newsletter", locale: "fr" }, now, env);
    await subscribeAndConfirm("gone@example.fr", "newsletter", "fr");
    const gone = await state("gone@example.fr");
    await unsubscribe(db, unsubscribeToken(gone!.id, env.COOKIE_SECRET), now, env.COOKIE_SECRET);

    const report = await sendCampaign(db, campaign("c1"), now, { batchSize: 1, env });
    expect(report).toEqual({ enqueued: 2, batches: 2 });
    expect((await campaignEmails("c1")).map((e) => e.to)).toEqual(["fr1@example.fr", "fr2@example.fr"]);
    // sending again enqueues nothing twice
    await sendCampaign(db, campaign("c1"), now, { batchSize: 10, env });
    expect(await campaignEmails("c1")).toHaveLength(2);
  });

  test("P7: every marketing e-mail (campaigns, the welcome after confirming) carries both RFC 8058 headers, passed to the sender, and the link in its body", async () => {
    await subscribeAndConfirm("h1@example.fr", "newsletter", "fr");
    await subscribeAndConfirm("h2@example.fr", "newsletter", "fr");
    await sendCampaign(db, campaign("c2"), now, { batchSize: 500, env });
    // the double opt-in e-mail is not marketing: it goes to an address not subscribed yet
    await db.emailOutbox.deleteMany({ where: { template: "newsletter-confirm" } });
    const sent: SendableEmail[] = [];
    await deliverDueEmails(db, { send: async (e) => (sent.push(e), { providerMessageId: e.key }) }, now);
    expect(sent.map((e) => e.key.split(":")[0]).sort()).toEqual([
      "campaign",
      "campaign",
      "newsletter-welcome",
      "newsletter-welcome",
    ]);
    for (const email of sent) {
      const header = email.headers?.["List-Unsubscribe"] ?? "";
      expect(header).toMatch(
        new RegExp(
          `^<${SITE}/api/newsletter/unsubscribe\\?token=[^>]+>, <mailto:contact@plusuite\\.com\\?subject=[^>]+>$`,
        ),
      );
      expect(email.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(email.html).toContain(`${SITE}/fr/newsletter/unsubscribe?token=`);
      expect(email.text).toContain(`${SITE}/fr/newsletter/unsubscribe?token=`);
    }
  });

  test("P7: the one-click POST of each e-mail unsubscribes at once, without sign-in; twice gives the same answer", async () => {
    await subscribeAndConfirm("k1@example.fr", "newsletter", "fr");
    await subscribeAndConfirm("k2@example.fr", "newsletter", "fr");
    await sendCampaign(db, campaign("c3"), now, { env });
    for (const email of await campaignEmails("c3")) {
      expect(email.scrubBodyAfterSend).toBe(true);
      const headers = email.headers as Record<string, string>;
      const url = /^<(https:[^>]+)>/.exec(headers["List-Unsubscribe"]!)![1]!;
      const post = () =>
        handleOneClickUnsubscribe(
          new Request(url, {
            method: "POST",
            body: "List-Unsubscribe=One-Click",
            headers: { "content-type": "application/x-www-form-urlencoded" },
          }),
          { db, env, now },
        );
      const first = await post();
      expect(first.status).toBe(200);
      expect(await state(email.to)).toMatchObject({ status: "unsubscribed", unsubscribedAt: now });
      const second = await post();
      expect([second.status, await second.text()]).toEqual([200, "unsubscribed"]);
    }
    expect(await sendCampaign(db, campaign("c4"), now, { env })).toEqual({ enqueued: 0, batches: 0 });
  });

  test("P7: the welcome e-mail's one-click POST unsubscribes without sign-in; its page link answers the same twice", async () => {
    await subscribeAndConfirm("w1@example.fr", "newsletter", "en");
    const welcome = await db.emailOutbox.findFirstOrThrow({
      where: { to: "w1@example.fr", template: "newsletter-welcome" },
    });
    expect(welcome).toMatchObject({ locale: "en", scrubBodyAfterSend: true });
    const headers = welcome.headers as Record<string, string>;
    const oneClick = /^<(https:[^>]+)>/.exec(headers["List-Unsubscribe"]!)![1]!;
    const pageToken = decodeURIComponent(/\/en\/newsletter\/unsubscribe\?token=([^\s"&<]+)/.exec(welcome.text)![1]!);

    const response = await handleOneClickUnsubscribe(
      new Request(oneClick, { method: "POST", body: "List-Unsubscribe=One-Click" }),
      { db, env, now },
    );
    expect([response.status, await response.text()]).toEqual([200, "unsubscribed"]);
    expect(await state("w1@example.fr")).toMatchObject({ status: "unsubscribed", unsubscribedAt: now });
    const later = new Date(now.getTime() + HOUR);
    const answers = [await unsubscribe(db, pageToken, later, env.COOKIE_SECRET)];
    answers.push(await unsubscribe(db, pageToken, later, env.COOKIE_SECRET));
    expect(answers).toEqual([
      { status: "unsubscribed", list: "newsletter" },
      { status: "unsubscribed", list: "newsletter" },
    ]);
    // the first unsubscription's date stands
    expect(await state("w1@example.fr")).toMatchObject({ unsubscribedAt: now });
    // exactly one welcome: a used link sends nothing more
    expect(await db.emailOutbox.count({ where: { to: "w1@example.fr", template: "newsletter-welcome" } })).toBe(1);
  });

  test("P7: a forged unsubscribe token is refused and changes nothing", async () => {
    await subscribeAndConfirm("f1@example.fr", "newsletter", "fr");
    const row = await state("f1@example.fr");
    const forged = [
      `${row!.id}.not-the-signature`,
      unsubscribeToken(row!.id, "another-secret-0123456789abcdef-xyz"),
      row!.id,
      "",
    ];
    for (const token of forged) {
      expect(verifyUnsubscribeToken(token, env.COOKIE_SECRET)).toBeNull();
      expect(await unsubscribe(db, token, now, env.COOKIE_SECRET)).toEqual({ status: "invalid" });
      const response = await handleOneClickUnsubscribe(
        new Request(`${SITE}/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST" }),
        { db, env, now },
      );
      expect(response.status).toBe(400);
    }
    expect(await state("f1@example.fr")).toEqual(row);
  });

  test("P7: a GET on the one-click address leads to the page in the subscriber's language", async () => {
    await subscribeAndConfirm("g1@example.fr", "newsletter", "en");
    const token = unsubscribeToken((await state("g1@example.fr"))!.id, env.COOKIE_SECRET);
    const response = await redirectToUnsubscribePage(
      new Request(`${SITE}/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`),
      { db, env },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `${SITE}/en/newsletter/unsubscribe?token=${encodeURIComponent(token)}`,
    );
    // the redirect itself changes nothing: the page does, when opened
    expect(await state("g1@example.fr")).toMatchObject({ status: "confirmed" });
  });
});

test("P6: Mon compte sees the account's subscriptions, made signed in or with its address", async () => {
  const user = await db.user.create({ data: { email: "member@example.fr", name: "Member" } });
  await requestSubscription(db, { email: "member@example.fr", list: "newsletter", locale: "fr" }, now, env);
  await subscribeAndConfirm("member@example.fr", "promotions", "fr");
  expect((await subscriptionsOf(db, user.id)).map(({ list, status }) => ({ list, status }))).toEqual([
    { list: "newsletter", status: "pending" },
    { list: "promotions", status: "confirmed" },
  ]);
});

test("P7: the Resend sender passes the RFC 8058 headers to the provider", async () => {
  const fake = await start();
  const previous = process.env.RESEND_BASE_URL;
  process.env.RESEND_BASE_URL = fake.url;
  try {
    const sender = createResendSender({ apiKey: "re_test_newsletter", from: "PluSuite <news@plusuite.com>" });
    const headers = { "List-Unsubscribe": "<https://shop.example/api/newsletter/unsubscribe?token=a.b>" };
    await sender.send({ key: "k1", to: "r@example.fr", subject: "s", html: "<p>h</p>", text: "t", headers });
    await sender.send({ key: "k2", to: "r@example.fr", subject: "s", html: "<p>h</p>", text: "t" });
    expect(fake.requests.map((request) => request.body.headers)).toEqual([headers, undefined]);
  } finally {
    if (previous === undefined) delete process.env.RESEND_BASE_URL;
    else process.env.RESEND_BASE_URL = previous;
    await fake.close();
  }
});

test("P6: unconfirmed and unsubscribed addresses are forgotten on schedule; confirmed ones stay", async () => {
  const DAY = 24 * HOUR;
  const ago = (days: number, hours: number) => new Date(now.getTime() - days * DAY + hours * HOUR);
  const row = (email: string, data: Record<string, unknown>) =>
    db.newsletterSubscription.create({ data: { email, list: "newsletter", locale: "fr", ...data } });
  const pendingDays = RETENTION_DAYS.newsletterPendingAfterExpiry;
  const leftDays = RETENTION_DAYS.newsletterAfterUnsubscribe;
  await row("pending-old@example.fr", { status: "pending", confirmExpiresAt: ago(pendingDays, -1) });
  await row("pending-new@example.fr", { status: "pending", confirmExpiresAt: ago(pendingDays, 1) });
  await row("left-old@example.fr", { status: "unsubscribed", unsubscribedAt: ago(leftDays, -1) });
  await row("left-new@example.fr", { status: "unsubscribed", unsubscribedAt: ago(leftDays, 1) });
  await row("confirmed@example.fr", { status: "confirmed", confirmedAt: ago(5000, 0) });
  expect(await purgeNewsletterSubscriptions(db, now)).toBe(2);
  const left = await db.newsletterSubscription.findMany({ select: { email: true }, orderBy: { email: "asc" } });
  expect(left.map((r) => r.email)).toEqual(["confirmed@example.fr", "left-new@example.fr", "pending-new@example.fr"]);
});

test("P6: Mon compte's switches subscribe by double opt-in and unsubscribe at once", async () => {
  const user = await db.user.create({ data: { email: "switch@example.fr", name: "Switch", locale: "en" } });
  await subscribeAndConfirm("switch@example.fr", "promotions", "en");
  const on = await updatePreferences(db, user.id, { newsletter: true, promotions: true }, now, env);
  // the state shown is the real one: the newsletter waits for its link, the promotions were confirmed
  expect(on).toEqual({ newsletter: "pending", promotions: "confirmed" });
  const sent = await db.emailOutbox.findMany({ where: { to: "switch@example.fr", template: "newsletter-confirm" } });
  // one e-mail for the promotions confirmed earlier, one for the newsletter just switched on, in English
  expect(sent.map((e) => e.locale)).toEqual(["en", "en"]);
  expect(await state("switch@example.fr")).toMatchObject({ status: "pending", userId: user.id });

  const off = await updatePreferences(db, user.id, { newsletter: false, promotions: false }, now, env);
  expect(off).toEqual({ newsletter: "none", promotions: "none" });
  expect(await state("switch@example.fr", "promotions")).toMatchObject({ status: "unsubscribed", unsubscribedAt: now });
  // the newsletter's pending link no longer confirms anything
  expect(await confirmSubscription(db, await confirmationToken("switch@example.fr"), now, env)).toEqual({
    status: "invalid",
  });
});

test("P6: deleting an account ends its subscriptions and those of its address", async () => {
  const user = await db.user.create({ data: { email: "leaving@example.fr", name: "Leaving" } });
  await subscribeAndConfirm("leaving@example.fr", "newsletter", "fr");
  await requestSubscription(
    db,
    { email: "other@example.fr", list: "promotions", locale: "fr", userId: user.id },
    now,
    env,
  );
  await subscribeAndConfirm("stays@example.fr", "newsletter", "fr");
  await deleteAccount(db, user.id, now);
  const left = await db.newsletterSubscription.findMany({ select: { email: true } });
  expect(left.map((row) => row.email)).toEqual(["stays@example.fr"]);
});
