// The contact form (P3, P29) and the contact page's promises (P25): the real server action, run through the
// action builder with a fake request (as tests/integration/action-builder.test.ts does), on a real database.
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { sendContactMessageAction } from "@/app/[locale]/(shop)/contact/actions";
import { INPUT_LIMITS } from "@/lib/actions/input";
import { listContactMessages } from "@/lib/admin/contact-messages";
import { submitContactMessage } from "@/lib/contact/messages";
import type { Db } from "@/lib/db/client";
import { applyRetention, RETENTION_DAYS } from "@/lib/privacy/retention";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { readShopContact } from "@/lib/settings/shop-contact";
import { columnNames } from "../helpers/columns";
import { createTestDb, type TestDb } from "../helpers/test-db";

const request = vi.hoisted(() => ({
  db: undefined as unknown as import("@/lib/db/client").Db,
  now: new Date("2026-11-30T10:00:00Z"),
  ip: "1",
}));

// The action's own spec (schema, rate limit, handler) with the builder's real sequence; only Next.js is faked.
vi.mock("@/lib/actions/define", async () => {
  const { createActionBuilder } = await import("@/lib/actions/builder");
  return {
    defineAction: createActionBuilder({
      get db() {
        return request.db;
      },
      now: () => request.now,
      headers: async () => new Headers({ origin: "https://shop.example" }),
      currentUser: async () => null,
      allowedOrigins: () => ["https://shop.example"],
      clientIpKey: () => `ip-${request.ip}`,
      refuseSignedOut: () => {
        throw new Error("signed out");
      },
      refuseNotAdmin: () => {
        throw new Error("404");
      },
      refuseWithoutSecondFactor: () => {
        throw new Error("second factor");
      },
    }),
  };
});

const SECRET = "contact-test-secret-0123456789abcdef";
let testDb: TestDb;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  db = request.db = testDb.db;
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await db.contactMessage.deleteMany();
  await db.emailOutbox.deleteMany();
  await db.rateLimitWindow.deleteMany();
  request.ip = String(Math.random());
});

const typed = {
  kind: "question",
  name: "Camille Martin",
  email: "Camille@Example.fr",
  subject: "Taille du pull en laine",
  message: "Bonjour, le pull existe-t-il en XL ?",
  orderNumber: "ps-2026-000042",
};

function form(fields: Record<string, string>, locale = "fr"): FormData {
  const data = new FormData();
  data.append("locale", locale);
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("the contact form", () => {
  test("P3: a message is stored once and acknowledged by one e-mail through the outbox, in the form's language", async () => {
    const state = await sendContactMessageAction(form(typed, "en"));
    expect(state).toEqual({ attempt: 1, data: { email: "camille@example.fr", acknowledged: true } });

    const [stored, ...others] = await db.contactMessage.findMany();
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      kind: "question",
      name: "Camille Martin",
      email: "camille@example.fr",
      subject: "Taille du pull en laine",
      message: "Bonjour, le pull existe-t-il en XL ?",
      orderNumber: "PS-2026-000042",
      locale: "en",
      status: "open",
      answeredAt: null,
    });

    const emails = await db.emailOutbox.findMany({ orderBy: { template: "asc" } });
    expect(emails.map((e) => [e.template, e.to])).toEqual([
      ["contact-acknowledgement", "camille@example.fr"],
      // The team reads it in the shop's mailbox (until the back-office inbox), with the message and who to answer.
      ["contact-team-copy", (await readShopContact(db)).email],
    ]);
    const [email, copy] = emails;
    expect(copy!.text).toContain("Bonjour, le pull existe-t-il en XL ?");
    expect(copy!.text).toContain("camille@example.fr");
    expect(copy!.key).toBe(`contact-team:${stored!.id}`);
    expect(email).toMatchObject({ to: "camille@example.fr", template: "contact-acknowledgement", locale: "en" });
    expect(email!.key).toBe(`contact-acknowledgement:${stored!.id}`);
    expect(email!.subject).toBe("We received your message");
    // It restates what was received and how the shop answers (e-mail, phone), and promises no delay.
    expect(email!.text).toContain("Taille du pull en laine");
    expect(email!.text).toContain("PS-2026-000042");
    expect(email!.text).toContain((await readShopContact(db)).phone);
    expect(email!.text).not.toMatch(/within|working days|jours ouvrés|sous \d/i);
    // The message itself is not relayed to the address typed (it may be someone else's).
    expect(email!.text).not.toContain("existe-t-il en XL");
  });

  test("P3: a privacy request from a guest (P14) is stored as such and acknowledged in French", async () => {
    await sendContactMessageAction(form({ ...typed, kind: "privacyDeletion", orderNumber: "" }));
    const stored = await db.contactMessage.findFirstOrThrow();
    expect(stored).toMatchObject({ kind: "privacyDeletion", orderNumber: null, locale: "fr" });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { template: "contact-acknowledgement" } });
    expect(email.subject).toBe("Nous avons bien reçu votre message");
    expect(email.text).toContain("Effacer mes données");
    // What happens next, truthfully: a person handles it; nothing automatic, no delay is promised.
    expect(email.text).toContain("Une personne de l’équipe traitera votre demande");
    expect(email.text).not.toMatch(/automatiquement|jours ouvrés|sous \d|dans les \d/i);
  });

  test("P29: a robot filling in the honeypot gets the same answer, and nothing is stored or sent", async () => {
    const person = await sendContactMessageAction(form(typed));
    await db.contactMessage.deleteMany();
    await db.emailOutbox.deleteMany();
    const robot = await sendContactMessageAction(form({ ...typed, website: "https://spam.example" }));
    expect(robot).toEqual(person);
    expect(await db.contactMessage.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  test("P3: past a few acknowledgements a day to one address, messages are still stored but not acknowledged", async () => {
    const { limit } = RATE_LIMITS.contactAcknowledgementsPerAddress;
    const day = new Date("2026-11-10T10:00:00Z");
    const input = { ...typed, kind: "question", locale: "fr" } as const;
    // From as many clients as it takes: the form's per-client limit does not protect the recipient.
    const receipts = [];
    for (let sent = 0; sent <= limit; sent++) receipts.push(await submitContactMessage(db, input, day, SECRET));
    // The form says so instead of announcing an acknowledgement that will not come.
    expect(receipts.map((receipt) => receipt.acknowledged)).toEqual([...Array(limit).fill(true), false]);
    expect(await db.contactMessage.count()).toBe(limit + 1);
    expect(await db.emailOutbox.count({ where: { template: "contact-acknowledgement" } })).toBe(limit);
    // The next day, acknowledged again.
    await submitContactMessage(db, input, new Date(day.getTime() + 86_400_000), SECRET);
    expect(await db.emailOutbox.count({ where: { template: "contact-acknowledgement" } })).toBe(limit + 1);
  });

  test("P29: a burst from one client is rate-limited with a wait, what was typed kept; another client is not", async () => {
    const { limit } = RATE_LIMITS.contactPerIp;
    for (let i = 0; i < limit; i++) expect((await sendContactMessageAction(form(typed))).data).toBeDefined();
    const refused = await sendContactMessageAction(form(typed));
    expect(refused.error).toBe("limited");
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.values).toMatchObject({ name: "Camille Martin", subject: "Taille du pull en laine" });
    expect(await db.contactMessage.count()).toBe(limit);
    // (acknowledged only up to the per-recipient limit: the test below)
    expect(await db.emailOutbox.count({ where: { template: "contact-acknowledgement" } })).toBe(
      RATE_LIMITS.contactAcknowledgementsPerAddress.limit,
    );
    expect(await db.emailOutbox.count({ where: { template: "contact-team-copy" } })).toBe(limit);
    request.ip = "another";
    expect((await sendContactMessageAction(form(typed))).data).toBeDefined();
  });

  test("P3: a message over 5,000 characters is refused on its field, everything else typed kept, nothing stored", async () => {
    const long = "a".repeat(5_001);
    const state = await sendContactMessageAction(form({ ...typed, message: long }));
    expect(state.error).toBe("invalid");
    expect(state.fieldErrors).toEqual({ message: "tooLong" });
    expect(state.values).toMatchObject({
      kind: "question",
      name: "Camille Martin",
      email: "Camille@Example.fr",
      subject: "Taille du pull en laine",
      orderNumber: "ps-2026-000042",
    });
    expect(await db.contactMessage.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  test("P3: a 1 MB message is refused on its field, never a 500: the rest typed and the message's start come back", async () => {
    const state = await sendContactMessageAction(form({ ...typed, message: "x".repeat(1024 * 1024) }));
    expect(state).toEqual({
      attempt: 1,
      error: "invalid",
      fieldErrors: { message: "tooLong" },
      values: { ...typed, message: "x".repeat(INPUT_LIMITS.echoedLength) },
    });
    expect(await db.contactMessage.count()).toBe(0);
    expect(await db.emailOutbox.count()).toBe(0);
  });

  test("P3: missing fields and a malformed order number are refused on their fields", async () => {
    const state = await sendContactMessageAction(
      form({ kind: "other", name: " ", email: "not-an-address", subject: "", message: "", orderNumber: "42" }),
    );
    expect(state.fieldErrors).toEqual({
      kind: "invalid",
      name: "required",
      email: "email",
      subject: "required",
      message: "required",
      orderNumber: "invalid",
    });
    expect(await db.contactMessage.count()).toBe(0);
  });

  test("P25: no IP address is stored with a message: the table has no column for it", async () => {
    expect(await columnNames(db, "ContactMessage")).toEqual(
      [
        "answeredAt",
        "createdAt",
        "email",
        "id",
        "kind",
        "locale",
        "message",
        "name",
        "orderNumber",
        "status",
        "subject",
      ].sort(),
    );
  });
});

describe("the inbox and the retention of messages", () => {
  const day = 86_400_000;
  const input = {
    kind: "question",
    name: "C",
    email: "c@example.fr",
    subject: "S",
    message: "M",
    locale: "fr",
  } as const;

  test("P3: the inbox lists messages newest first, by status, for admins only", async () => {
    await submitContactMessage(db, { ...input, subject: "older" }, new Date("2026-11-01T10:00:00Z"), SECRET);
    await submitContactMessage(db, { ...input, subject: "newer" }, new Date("2026-11-02T10:00:00Z"), SECRET);
    await db.contactMessage.updateMany({ where: { subject: "older" }, data: { status: "answered" } });
    const admin = { role: "admin" } as const;
    expect((await listContactMessages(db, admin, {})).messages.map((m) => m.subject)).toEqual(["newer", "older"]);
    const open = await listContactMessages(db, admin, { status: "open" });
    expect(open).toMatchObject({ total: 1, page: 1 });
    expect(open.messages.map((m) => m.subject)).toEqual(["newer"]);
    await expect(listContactMessages(db, { role: "customer" }, {})).rejects.toThrow("forbidden");
    await expect(listContactMessages(db, null, {})).rejects.toThrow("forbidden");
  });

  test("P3: questions are deleted 3 years after the last exchange, privacy requests (P14) 5 years after", async () => {
    const now = new Date("2032-06-01T00:00:00Z");
    const ago = (days: number) => new Date(now.getTime() - days * day);
    const questionDays = RETENTION_DAYS.contactMessageAfterLastExchange;
    const privacyDays = RETENTION_DAYS.privacyRequestAfterLastExchange;
    expect(questionDays).toBeGreaterThanOrEqual(3 * 365);
    expect(privacyDays).toBeGreaterThanOrEqual(5 * 365);
    const rows = [
      { subject: "old question", kind: "question", createdAt: ago(questionDays + 1) },
      { subject: "recent question", kind: "question", createdAt: ago(questionDays - 1) },
      // Old, but answered recently: the clock starts at the answer.
      { subject: "answered lately", kind: "question", createdAt: ago(questionDays + 50), answeredAt: ago(10) },
      {
        subject: "answered long ago",
        kind: "question",
        createdAt: ago(questionDays + 50),
        answeredAt: ago(questionDays + 1),
      },
      { subject: "request in its proof period", kind: "privacyDeletion", createdAt: ago(questionDays + 1) },
      { subject: "old request", kind: "privacyAccess", createdAt: ago(privacyDays + 1) },
    ] as const;
    for (const row of rows) {
      await db.contactMessage.create({
        data: { ...input, ...row, status: "answeredAt" in row ? "answered" : "open" },
      });
    }
    const report = await applyRetention(db, now);
    expect(report.contactMessages).toBe(3);
    const kept = await db.contactMessage.findMany({ orderBy: { subject: "asc" } });
    expect(kept.map((m) => m.subject)).toEqual(["answered lately", "recent question", "request in its proof period"]);
  });
});
