// P14: "delete my account" as the customer asks for it: the confirmation, the current password and its
// rate limit. What the erasure removes is checked in privacy.test.ts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/builder";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { accountDeletionSchema, deleteOwnAccount } from "@/lib/privacy/account-deletion";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
/** another customer, whose password must not delete the account */
let otherId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  otherId = (
    await db.user.create({
      data: { name: "Bruno Lefèvre", email: "bruno.lefevre@example.fr", phone: "+33698765432", emailVerified: now },
    })
  ).id;
});
afterAll(async () => {
  await testDb?.close();
});

describe("delete my account, as the customer asks for it (P14)", () => {
  const PASSWORD = "le mot de passe de Dominique";
  let dominiqueId: string;
  const later = new Date(now.getTime() + 3_600_000);

  beforeAll(async () => {
    const hash = await hashPassword(PASSWORD);
    dominiqueId = (
      await db.user.create({
        data: {
          name: "Dominique Petit",
          email: "dominique.petit@example.fr",
          locale: "en",
          passwordHash: hash,
          emailVerified: now,
        },
      })
    ).id;
    // Bruno knows his own password: it must not delete Dominique's account.
    await db.user.update({
      where: { id: otherId },
      data: { passwordHash: await hashPassword("le mot de passe de Bruno") },
    });
  });

  const attempt = (password: string, at = later) =>
    deleteOwnAccount(
      db,
      dominiqueId,
      { password, confirm: true },
      { now: at, limit: { limit: 4, windowSeconds: 900 } },
    );
  const wrongPassword = { name: "DomainError", code: "wrongPassword", field: "password" };
  const refusals = (posted: Record<string, unknown>) => {
    const parsed = accountDeletionSchema.safeParse(posted);
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  };

  test("P14: deleting needs the explicit confirmation and the current password (not another account's)", async () => {
    // An empty password and an unticked box (a browser does not post it).
    expect(refusals({ password: "" })).toEqual({ password: "required", confirm: "confirmRequired" });
    expect(refusals({ password: PASSWORD, confirm: "off" })).toEqual({ confirm: "confirmRequired" });
    expect(refusals({ password: { password: PASSWORD }, confirm: "on" })).toEqual({ password: "invalid" });
    // The ticked box as a browser posts it.
    expect(refusals({ password: PASSWORD, confirm: "on" })).toEqual({});
    await expect(attempt("le mot de passe de Bruno")).rejects.toMatchObject(wrongPassword);
    expect(await db.user.count({ where: { id: { in: [dominiqueId, otherId] } } })).toBe(2);
  });

  test("P14: password guesses are rate-limited per account, even the right one once the limit is reached", async () => {
    const at = new Date(later.getTime() + 3_600_000);
    for (let i = 0; i < 4; i++) await expect(attempt("devine", at)).rejects.toMatchObject(wrongPassword);
    await expect(attempt(PASSWORD, at)).rejects.toMatchObject({ code: "limited", retryAfterSeconds: 900 });
    expect(await db.user.findUnique({ where: { id: dominiqueId } })).not.toBeNull();
  });

  test("P14: with the password, the account is erased and a goodbye e-mail in the customer's language is enqueued, marked to be scrubbed once sent", async () => {
    const at = new Date(later.getTime() + 5 * 3_600_000);
    expect(await attempt(PASSWORD, at)).toEqual({ status: "deleted" });
    expect(await db.user.findUnique({ where: { id: dominiqueId } })).toBeNull();
    // The rate-limit windows of this account named its id: they went with it.
    expect(await db.rateLimitWindow.count({ where: { key: { contains: dominiqueId } } })).toBe(0);

    const goodbye = await db.emailOutbox.findFirstOrThrow({ where: { to: "dominique.petit@example.fr" } });
    expect(goodbye).toMatchObject({
      template: "account-deleted",
      locale: "en",
      subject: "Your PluSuite account has been deleted",
      scrubAfterSend: true,
      status: "pending",
    });
    expect(goodbye.key).toMatch(/^account-deleted:[0-9a-f-]{36}$/);
    expect(goodbye.text).toContain("contact@plusuite.com");
    expect(goodbye.text).not.toContain("Dominique");

    // A second tab posting the form again finds no one.
    expect(await attempt(PASSWORD, at)).toEqual({ status: "notFound" });
    expect(
      await db.emailOutbox.count({ where: { template: "account-deleted", to: "dominique.petit@example.fr" } }),
    ).toBe(1);
  });
});
