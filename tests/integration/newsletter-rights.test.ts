// P14 for newsletter subscriptions: "download my data" lists those of the account, including one made signed
// out in the footer with its address, and deleting the account removes them; another person's stay.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Db } from "@/lib/db/client";
import { requestSubscription } from "@/lib/newsletter/subscriptions";
import { deleteAccount } from "@/lib/privacy/erasure";
import { exportUserData } from "@/lib/privacy/export";
import { SITE } from "../helpers/accounts";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const env = { SITE_URL: SITE, COOKIE_SECRET: "newsletter-rights-test-secret-0123456789" };
const now = new Date("2027-03-01T10:00:00Z");

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => {
  await testDb.close();
});

const subscribe = (email: string, list: "newsletter" | "promotions", userId?: string) =>
  requestSubscription(db, { email, list, locale: "fr", userId }, now, env);

test("P14: the export lists the account's subscriptions, signed in or made signed out with its address, without token hashes", async () => {
  const user = await db.user.create({
    data: { email: "reader@example.fr", name: "Reader", emailVerified: now },
  });
  await subscribe("reader@example.fr", "newsletter"); // footer, signed out
  await subscribe("other-box@example.fr", "promotions", user.id); // checkout, signed in, another address
  await subscribe("stranger@example.fr", "newsletter");

  const exported = await exportUserData(db, user.id, now);
  const rows = exported!.newsletterSubscriptions as { email: string; list: string; status: string }[];
  expect(rows.map(({ email, list, status }) => ({ email, list, status }))).toEqual([
    { email: "reader@example.fr", list: "newsletter", status: "pending" },
    { email: "other-box@example.fr", list: "promotions", status: "pending" },
  ]);
  const json = JSON.stringify(exported);
  expect(json).not.toContain("stranger@example.fr");
  expect(json).not.toContain("confirmTokenHash");
  const hashes = await db.newsletterSubscription.findMany({ select: { confirmTokenHash: true } });
  for (const { confirmTokenHash } of hashes) expect(json).not.toContain(confirmTokenHash!);
});

test("P14: an account whose address is not verified gets only the subscriptions it made signed in", async () => {
  const user = await db.user.create({ data: { email: "unverified@example.fr", name: "Unverified" } });
  await subscribe("unverified@example.fr", "newsletter");
  await subscribe("unverified@example.fr", "promotions", user.id);
  const exported = await exportUserData(db, user.id, now);
  const rows = exported!.newsletterSubscriptions as { list: string }[];
  expect(rows.map((row) => row.list)).toEqual(["promotions"]);
});

test("P14: deleting the account removes its subscriptions, those of its address included, and no one else's", async () => {
  const user = await db.user.create({
    data: { email: "leaver@example.fr", name: "Leaver", emailVerified: now },
  });
  await subscribe("leaver@example.fr", "newsletter");
  await subscribe("leaver-box@example.fr", "promotions", user.id);
  await subscribe("neighbour@example.fr", "newsletter");
  const before = await db.newsletterSubscription.count();

  const report = await deleteAccount(db, user.id, now);
  expect(report.NewsletterSubscription).toBe(2);
  expect(await db.newsletterSubscription.count()).toBe(before - 2);
  const left = await db.newsletterSubscription.findMany({ where: { email: { contains: "leaver" } } });
  expect(left).toEqual([]);
  expect(await db.newsletterSubscription.count({ where: { email: "neighbour@example.fr" } })).toBe(1);
});
