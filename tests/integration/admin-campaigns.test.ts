// Newsletter campaigns in the back office (P6, P7): written in French and English, previewed as e-mailed, tried on
// the admin's own address, sent once (a second click or a second admin mails nobody twice) to the confirmed
// subscribers of each language only, each e-mail with its subscriber's one-click unsubscribe link and headers.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  campaignFormSchema,
  campaignProgress,
  campaignSendSchema,
  countAudience,
  createCampaign,
  getCampaign,
  previewCampaign,
  sendCampaignTest,
  sendNewsletterCampaign,
  updateCampaign,
  type CampaignInput,
} from "@/lib/admin/campaigns";
import type { Db } from "@/lib/db/client";
import { deliverDueEmails, type SendableEmail } from "@/lib/email/outbox";
import { UNSUBSCRIBE_URL_SLOT } from "@/lib/newsletter/campaign";
import { unsubscribe } from "@/lib/newsletter/subscriptions";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const SITE = "https://shop.example";
const env = { SITE_URL: SITE, COOKIE_SECRET: "campaign-test-secret-of-at-least-32-chars" };
const now = new Date("2026-12-03T10:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
let admin: { id: string; role: "admin"; email: string };

const input: CampaignInput = {
  list: "newsletter",
  subjectFr: "Les nouveautés de décembre",
  bodyFr: "Bonjour,\n\nNos plaids <b>en laine</b> sont arrivés.\nÀ bientôt !",
  subjectEn: "December's new arrivals",
  bodyEn: "Hello,\n\nOur wool throws have arrived.",
};

async function subscriber(
  email: string,
  locale: "fr" | "en",
  status: "confirmed" | "pending" | "unsubscribed",
  list: "newsletter" | "promotions" = "newsletter",
) {
  await db.newsletterSubscription.create({
    data: { email, locale, status, list, confirmedAt: status === "confirmed" ? now : null },
  });
}

const draftRef = async (id: string) => ({ id, updatedAt: (await getCampaign(db, admin, id)).updatedAt.toISOString() });

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  const user = await db.user.create({
    data: { email: "admin@plusuite.test", role: "admin", emailVerified: now },
    select: { id: true, email: true },
  });
  admin = { ...user, role: "admin" };
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  await db.newsletterCampaign.deleteMany();
  await db.newsletterSubscription.deleteMany();
  await db.auditEntry.deleteMany();
});

describe("writing a campaign", () => {
  test("P6: a draft is created and edited by admins only; an edit over a newer one is refused", async () => {
    for (const viewer of [null, { id: admin.id, role: "customer" as const }]) {
      await expect(createCampaign(db, viewer, input, now)).rejects.toThrow("forbidden");
    }
    const { id } = await createCampaign(db, admin, input, now);
    const first = await draftRef(id);
    await updateCampaign(db, admin, { ...first, ...input, list: "promotions", subjectEn: "New" }, later(1));
    expect(await getCampaign(db, admin, id)).toMatchObject({ list: "promotions", subjectEn: "New", status: "draft" });
    // A second admin's form still carries the first version: told, nothing overwritten.
    await expect(updateCampaign(db, admin, { ...first, ...input, subjectEn: "Lost" }, later(2))).rejects.toMatchObject({
      code: "changedMeanwhile",
    });
    expect((await getCampaign(db, admin, id)).subjectEn).toBe("New");
    const audits = await db.auditEntry.findMany({ where: { targetId: id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.action, a.after])).toEqual([
      ["campaign.create", { list: "newsletter", status: "draft" }],
      ["campaign.update", { list: "promotions", status: "draft" }],
    ]);
    // Never the campaign's text (P9).
    expect(JSON.stringify(audits)).not.toMatch(/nouveautés|arrivals|New/);
  });

  test("P6: each language needs its subject and text, within limits; sending needs a ticked confirmation", () => {
    const refused = campaignFormSchema.safeParse({ ...input, subjectEn: " ", bodyFr: "x".repeat(10_001) });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message]).sort()).toEqual([
      ["bodyFr", "tooLong"],
      ["subjectEn", "required"],
    ]);
    const ref = { id: "c", updatedAt: now.toISOString() };
    expect(campaignSendSchema.safeParse(ref).error?.issues[0]).toMatchObject({
      path: ["confirm"],
      message: "confirmRequired",
    });
    expect(campaignSendSchema.safeParse({ ...ref, confirm: "on" }).success).toBe(true);
  });

  test("P6: the preview shows each language as e-mailed, the admin's text escaped, with a link that unsubscribes nobody", async () => {
    const { id } = await createCampaign(db, admin, input, now);
    const preview = await previewCampaign(db, admin, id, env);
    expect(preview.fr.subject).toBe("Les nouveautés de décembre");
    expect(preview.en.subject).toBe("December's new arrivals");
    expect(preview.fr.html).toContain('lang="fr"');
    expect(preview.en.html).toContain("Our wool throws have arrived.");
    // What the admin types is text, never markup.
    expect(preview.fr.html).toContain("&lt;b&gt;en laine&lt;/b&gt;");
    expect(preview.fr.html).not.toContain("<b>en laine</b>");
    expect(preview.fr.html).toContain(`${SITE}/fr/newsletter/unsubscribe"`);
    expect(preview.en.text).toContain(`${SITE}/en/newsletter/unsubscribe`);
    for (const email of [preview.fr, preview.en]) expect(email.html + email.text).not.toContain(UNSUBSCRIBE_URL_SLOT);
  });
});

describe("trying and sending", () => {
  test("P6: a test goes to the acting admin only, in both languages, marked as a test, without a subscriber's token", async () => {
    await subscriber("fr1@example.fr", "fr", "confirmed");
    const { id } = await createCampaign(db, admin, input, now);
    expect(await sendCampaignTest(db, admin, id, now, env)).toEqual({ to: "admin@plusuite.test" });
    const emails = await db.emailOutbox.findMany({ orderBy: { locale: "desc" } });
    expect(emails.map((e) => [e.to, e.locale, e.template, e.subject, e.campaignId, e.headers])).toEqual([
      ["admin@plusuite.test", "fr", "campaign-test", "[Essai] Les nouveautés de décembre", null, null],
      ["admin@plusuite.test", "en", "campaign-test", "[Test] December's new arrivals", null, null],
    ]);
    expect(emails[0]!.text).toContain("Essai : cet e-mail n’a été envoyé qu’à vous.");
    expect(emails[0]!.html).not.toContain("token=");
    // Still a draft; a test counts nowhere in the campaign's progress.
    expect(await getCampaign(db, admin, id)).toMatchObject({ status: "draft" });
    expect(await campaignProgress(db, admin, id)).toEqual({ queued: 0, sent: 0, failed: 0 });
    expect(await db.auditEntry.count({ where: { action: "campaign.test", targetId: id } })).toBe(1);
  });

  test("P6: only confirmed subscribers of the list receive it, each in their language; P7: each with their own one-click link", async () => {
    await subscriber("fr1@example.fr", "fr", "confirmed");
    await subscriber("fr2@example.fr", "fr", "confirmed");
    await subscriber("en1@example.com", "en", "confirmed");
    await subscriber("pending@example.fr", "fr", "pending");
    await subscriber("gone@example.fr", "fr", "unsubscribed");
    await subscriber("promo@example.fr", "fr", "confirmed", "promotions");
    const { id } = await createCampaign(db, admin, input, now);
    expect(await countAudience(db, admin, "newsletter")).toEqual({ fr: 2, en: 1 });

    const result = await sendNewsletterCampaign(db, admin, await draftRef(id), later(1), env, { batchSize: 1 });
    expect(result.recipients).toEqual({ fr: 2, en: 1 });
    expect(await getCampaign(db, admin, id)).toMatchObject({
      status: "sent",
      recipientsFr: 2,
      recipientsEn: 1,
      sentAt: later(1),
    });
    const emails = await db.emailOutbox.findMany({ where: { campaignId: id }, orderBy: { to: "asc" } });
    expect(emails.map((e) => [e.to, e.locale, e.subject])).toEqual([
      ["en1@example.com", "en", "December's new arrivals"],
      ["fr1@example.fr", "fr", "Les nouveautés de décembre"],
      ["fr2@example.fr", "fr", "Les nouveautés de décembre"],
    ]);
    const links: [string, string][] = [];
    for (const email of emails) {
      expect(email).toMatchObject({ template: "campaign-newsletter", scrubBodyAfterSend: true });
      const link = new RegExp(`${SITE}/${email.locale}/newsletter/unsubscribe\\?token=([^"&\\s]+)`).exec(email.html);
      expect(link, email.to).not.toBeNull();
      expect(email.text).toContain(link![0]);
      expect(email.html).not.toContain(UNSUBSCRIBE_URL_SLOT);
      // The link sits inside the e-mail's frame, not after its end.
      expect(email.html.indexOf(link![0])).toBeLessThan(email.html.indexOf("</html>"));
      expect((email.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      links.push([email.to, decodeURIComponent(link![1]!)]);
    }

    expect(await campaignProgress(db, admin, id)).toEqual({ queued: 3, sent: 0, failed: 0 });
    const sent: SendableEmail[] = [];
    await deliverDueEmails(db, { send: async (e) => (sent.push(e), { providerMessageId: e.key }) }, later(3));
    expect(sent).toHaveLength(3);
    expect(await campaignProgress(db, admin, id)).toEqual({ queued: 0, sent: 3, failed: 0 });
    // Each link unsubscribes its own subscriber.
    for (const [to, token] of links) {
      expect(await unsubscribe(db, token, later(4), env.COOKIE_SECRET)).toMatchObject({ status: "unsubscribed" });
      expect(await db.newsletterSubscription.findFirst({ where: { email: to } })).toMatchObject({
        status: "unsubscribed",
      });
    }
    // What was sent stays sent.
    expect(await campaignProgress(db, admin, id)).toEqual({ queued: 0, sent: 3, failed: 0 });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "campaign.send" } });
    expect([audit.before, audit.after]).toEqual([
      { list: "newsletter", status: "draft" },
      { list: "newsletter", status: "sending" },
    ]);
  });

  test("P6: a campaign is sent once: concurrent sends, a second click and a late edit mail nobody twice", async () => {
    for (let i = 0; i < 5; i++) await subscriber(`s${i}@example.fr`, "fr", "confirmed");
    const { id } = await createCampaign(db, admin, input, now);
    const ref = await draftRef(id);
    const attempts = await Promise.allSettled([
      sendNewsletterCampaign(db, admin, ref, later(1), env),
      sendNewsletterCampaign(db, admin, ref, later(1), env),
    ]);
    expect(attempts.map((a) => a.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refusal = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(refusal.reason).toMatchObject({ code: "campaignNotDraft" });
    expect(await db.emailOutbox.count({ where: { campaignId: id } })).toBe(5);

    await expect(sendNewsletterCampaign(db, admin, ref, later(5), env)).rejects.toMatchObject({
      code: "campaignNotDraft",
    });
    await expect(updateCampaign(db, admin, { ...ref, ...input }, later(6))).rejects.toMatchObject({
      code: "campaignNotDraft",
    });
    expect(await db.emailOutbox.count()).toBe(5);
    expect(await db.auditEntry.count({ where: { action: "campaign.send" } })).toBe(1);
  });

  test("P6: a subscriber erased or unsubscribed between two batches does not cut the campaign short", async () => {
    for (let i = 0; i < 4; i++) await subscriber(`b${i}@example.fr`, "fr", "confirmed");
    const { id } = await createCampaign(db, admin, input, now);
    // After each batch's transaction, the subscriber just queued leaves (an account erased, a row deleted): the
    // next batch must still find the ones after it.
    const leaving = new Proxy(db, {
      get(target, property, receiver) {
        if (property !== "$transaction") return Reflect.get(target, property, receiver);
        return async (work: (tx: unknown) => Promise<unknown>, options?: unknown) => {
          const result = await (target.$transaction as (w: typeof work, o?: unknown) => Promise<unknown>)(
            work,
            options,
          );
          const queued = await target.emailOutbox.findMany({ where: { campaignId: id }, select: { to: true } });
          await target.newsletterSubscription.deleteMany({ where: { email: { in: queued.map((e) => e.to) } } });
          return result;
        };
      },
    }) as Db;
    const result = await sendNewsletterCampaign(leaving, admin, await draftRef(id), later(1), env, { batchSize: 1 });
    expect(result.recipients).toEqual({ fr: 4, en: 0 });
    const emails = await db.emailOutbox.findMany({ where: { campaignId: id }, orderBy: { to: "asc" } });
    expect(emails.map((e) => e.to)).toEqual(["b0@example.fr", "b1@example.fr", "b2@example.fr", "b3@example.fr"]);
  });

  test("P7: a subscriber who unsubscribes while the campaign is being delivered receives nothing more", async () => {
    await subscriber("leaves@example.fr", "fr", "confirmed");
    await subscriber("stays@example.fr", "fr", "confirmed");
    const { id } = await createCampaign(db, admin, input, now);
    await sendNewsletterCampaign(db, admin, await draftRef(id), later(1), env);
    await sendCampaignTest(db, admin, id, later(1), env);
    const queued = await db.emailOutbox.findFirstOrThrow({ where: { campaignId: id, to: "leaves@example.fr" } });
    const token = /unsubscribe\?token=([^"&\s]+)/.exec(queued.text)![1]!;
    // The outbox sends a few e-mails a minute: this one is still waiting when its reader unsubscribes.
    expect(await unsubscribe(db, decodeURIComponent(token), later(2), env.COOKIE_SECRET)).toMatchObject({
      status: "unsubscribed",
    });

    const sent: SendableEmail[] = [];
    await deliverDueEmails(db, { send: async (e) => (sent.push(e), { providerMessageId: e.key }) }, later(3));
    expect(sent.map((e) => e.to).sort()).toEqual([admin.email, admin.email, "stays@example.fr"]);
    expect(await campaignProgress(db, admin, id)).toEqual({ queued: 0, sent: 1, failed: 0 });
  });

  test("P6: sending a draft edited since the page was shown is refused: the admin sends what they previewed", async () => {
    await subscriber("fr1@example.fr", "fr", "confirmed");
    const { id } = await createCampaign(db, admin, input, now);
    const shown = await draftRef(id);
    await updateCampaign(db, admin, { ...shown, ...input, subjectFr: "Autre chose" }, later(1));
    await expect(sendNewsletterCampaign(db, admin, shown, later(2), env)).rejects.toMatchObject({
      code: "changedMeanwhile",
    });
    expect(await db.emailOutbox.count()).toBe(0);
    await expect(sendNewsletterCampaign(db, { role: "customer", id: admin.id }, shown, later(2), env)).rejects.toThrow(
      "forbidden",
    );
  });
});
