// P14: "download my data" and "delete my account". Both are checked generically against the database
// catalogue, so a table added by a later issue is covered without editing this file.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { createSession } from "@/lib/auth/sessions";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { deliverDueEmails, enqueueEmail, type EmailSender, type SendableEmail } from "@/lib/email/outbox";
import { placeOrder } from "@/lib/orders/place-order";
import { payDemoOrder } from "@/lib/payments/demo";
import { deleteOwnAccount } from "@/lib/privacy/account-deletion";
import { renderAccountDeletedEmail } from "@/lib/privacy/emails";
import { deleteAccount, ERASED_RECIPIENT } from "@/lib/privacy/erasure";
import { exportUserData, type UserDataExport } from "@/lib/privacy/export";
import { personalTables, quoteIdent } from "@/lib/privacy/personal-data";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, demoConfig } from "../helpers/commerce";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
// A sender that records what it is given: the Resend client itself is tested in outbox.test.ts, against
// its HTTP fake; here what matters is what the outbox hands over, and what it keeps afterwards.
const sent: SendableEmail[] = [];
const sender: EmailSender = {
  async send({ key, to, subject, html, text }) {
    sent.push({ key, to, subject, html, text });
    return { providerMessageId: `fake-${sent.length}` };
  },
};
const now = new Date("2026-11-25T10:00:00Z");
// E-mails are due from the database's clock: deliveries run a day after the real now.
const deliveryTime = () => new Date(Date.now() + 86_400_000);

const CUSTOMER = { name: "Camille Martin", email: "camille.martin@example.fr", phone: "+33612345678" };
const ADDRESS_LINE = "12 rue des Lilas";
const NEEDLES = [CUSTOMER.name, CUSTOMER.email, CUSTOMER.phone, ADDRESS_LINE];

let customerId: string;
let otherId: string;
let paidOrderId: string;
let pendingOrderId: string;
let teapotStockBeforePending: number;
let otherExportBefore: UserDataExport;
let savedListItemIds: string[];
let testimonialId: string;

const teapotStock = async () => (await db.product.findUniqueOrThrow({ where: { slug: "theiere-fonte" } })).stock;

function customerCheckout(person: { name: string; email: string; phone: string }, line1: string) {
  return checkoutInput({
    email: person.email,
    shipping: { name: person.name, line1, postalCode: "69003", city: "Lyon", country: "FR", phone: person.phone },
  });
}

async function paidOrderFor(userId: string, person: { name: string; email: string; phone: string }, line1: string) {
  const cartId = await cartWith(db, [{ slug: "confiture-abricot", quantity: 2 }]);
  const placed = await placeOrder(
    db,
    { config: demoConfig, now },
    { cartId, locale: "fr", input: customerCheckout(person, line1), userId },
  );
  if (!placed.ok) throw new Error(placed.reason);
  expect(await payDemoOrder(db, demoConfig, placed.order.id, now)).toBe("paid");
  return placed.order.id;
}

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });

  const customer = await db.user.create({
    data: { ...CUSTOMER, emailVerified: now, passwordHash: "scrypt$secret-hash-of-camille" },
  });
  customerId = customer.id;
  const other = await db.user.create({
    data: { name: "Bruno Lefèvre", email: "bruno.lefevre@example.fr", phone: "+33698765432", emailVerified: now },
  });
  otherId = other.id;

  // The customer: a paid order placed while signed in, a pending one placed as a guest with the same
  // (verified) address, a cart, a session, a token, two organizations (one shared with Bruno).
  paidOrderId = await paidOrderFor(customerId, CUSTOMER, ADDRESS_LINE);
  teapotStockBeforePending = await teapotStock();
  const pendingCart = await cartWith(db, [{ slug: "theiere-fonte", quantity: 2 }]);
  const pending = await placeOrder(
    db,
    { config: demoConfig, now },
    { cartId: pendingCart, locale: "fr", input: customerCheckout(CUSTOMER, ADDRESS_LINE) },
  );
  if (!pending.ok) throw new Error(pending.reason);
  pendingOrderId = pending.order.id;
  const cartId = await cartWith(db, [{ slug: "theiere-fonte", quantity: 1 }]);
  await db.cart.update({ where: { id: cartId }, data: { userId: customerId } });
  await createSession(db, customerId, "Firefox on Linux", now);
  await db.authToken.create({
    data: {
      userId: customerId,
      purpose: "changeEmail",
      tokenHash: "token-hash-camille",
      newEmail: "c.martin@example.org",
      expiresAt: new Date(now.getTime() + 3_600_000),
    },
  });
  await db.organization.create({
    data: {
      name: "Atelier des Lilas",
      country: "FR",
      vatNumber: "FR40123456789",
      members: { create: { userId: customerId, role: "owner", jobTitle: "Gérante", attestedAt: now } },
    },
  });
  await db.organization.create({
    data: {
      name: "Coopérative du Rhône",
      country: "FR",
      vatNumber: "FR83987654321",
      members: { create: [{ userId: otherId, role: "owner" }, { userId: customerId }] },
      invitations: {
        create: { email: CUSTOMER.email, tokenHash: "invite-hash-camille", invitedById: otherId, expiresAt: now },
      },
    },
  });
  // What Mon compte adds (P4, P13, P21): an address, a named list with items (which reach the user only
  // through the list), products viewed, a testimonial shown with the name.
  const [teapot, jam] = await Promise.all(
    ["theiere-fonte", "confiture-abricot"].map((slug) => db.product.findUniqueOrThrow({ where: { slug } })),
  );
  await db.address.create({
    data: {
      userId: customerId,
      name: CUSTOMER.name,
      line1: ADDRESS_LINE,
      postalCode: "69003",
      city: "Lyon",
      country: "FR",
      phone: CUSTOMER.phone,
      defaultShipping: true,
    },
  });
  const list = await db.savedList.create({
    data: {
      userId: customerId,
      name: `Cadeaux de ${CUSTOMER.name}`,
      items: { create: [{ productId: teapot!.id }, { productId: jam!.id, quantity: 3 }] },
    },
    include: { items: true },
  });
  savedListItemIds = list.items.map((item) => item.id);
  await db.productView.createMany({
    data: [teapot!, jam!].map((product) => ({ userId: customerId, productId: product.id, lastViewedAt: now })),
  });
  testimonialId = (
    await db.testimonial.create({
      data: {
        userId: customerId,
        rating: 5,
        body: "Théière superbe, livrée vite.",
        locale: "fr",
        showName: true,
        nameConsentAt: now,
      },
    })
  ).id;

  await db.rateLimitWindow.create({ data: { key: `signin:account:${CUSTOMER.email}`, windowStart: now, count: 2 } });
  await db.verificationToken.create({ data: { identifier: CUSTOMER.email, token: "vt-hash", expires: now } });

  // Tables a later issue might add, which lib/privacy has never heard of: a list with a foreign key that
  // refuses the user's deletion, and its items, which refuse the list's: the list (first in name order) is
  // deleted on a second pass.
  await db.$executeRawUnsafe(`CREATE TABLE "LaterListItem" ("id" text PRIMARY KEY, "listId" text NOT NULL,
    "userId" text NOT NULL, "note" text NOT NULL)`);
  await db.$executeRawUnsafe(`CREATE TABLE "LaterList" ("id" text PRIMARY KEY,
    "userId" text NOT NULL REFERENCES "User"("id") ON DELETE RESTRICT, "title" text NOT NULL, "details" jsonb)`);
  await db.$executeRawUnsafe(
    `ALTER TABLE "LaterListItem" ADD FOREIGN KEY ("listId") REFERENCES "LaterList"("id") ON DELETE RESTRICT`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "LaterList" VALUES ('list-camille', $1, 'Liste de Camille Martin', $2::jsonb)`,
    customerId,
    JSON.stringify({ deliverTo: ADDRESS_LINE }),
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "LaterListItem" VALUES ('item-camille', 'list-camille', $1, 'bol')`,
    customerId,
  );

  // Someone else, to prove the deletion stays within its account.
  await paidOrderFor(
    otherId,
    { name: "Bruno Lefèvre", email: other.email, phone: other.phone! },
    "3 quai Saint-Vincent",
  );
  await createSession(db, otherId, "Safari on macOS", now);
  // Order confirmations go out now, as they would have long before the account is deleted; the welcome
  // e-mail is still waiting when it is.
  await deliverDueEmails(db, sender, deliveryTime());
  sent.length = 0;
  await enqueueEmail(db, {
    key: `welcome:${customerId}`,
    template: "welcome",
    locale: "fr",
    to: CUSTOMER.email,
    subject: "Bienvenue",
    html: `<p>Bonjour ${CUSTOMER.name}</p>`,
    text: `Bonjour ${CUSTOMER.name}`,
  });
  otherExportBefore = (await exportUserData(db, otherId, now))!;
});
afterAll(async () => {
  await testDb?.close();
});

/** Primary-key values of the customer's rows in every table the registry says is personal. */
async function customerRowsByTable(): Promise<Map<string, string[][]>> {
  const orderIds = (
    await db.order.findMany({
      where: { OR: [{ userId: customerId }, { email: CUSTOMER.email }] },
      select: { id: true },
    })
  ).map((o) => o.id);
  const rows = new Map<string, string[][]>();
  for (const table of await personalTables(db)) {
    const conditions: string[] = [];
    if (table.kind === "user") conditions.push(`t."id" = p.user_id`);
    if (table.kind === "order") conditions.push(`t."id" = ANY(p.order_ids)`);
    for (const column of table.userColumns) conditions.push(`t.${quoteIdent(column)} = p.user_id`);
    for (const column of table.orderColumns) conditions.push(`t.${quoteIdent(column)} = ANY(p.order_ids)`);
    for (const column of table.emailColumns) conditions.push(`lower(t.${quoteIdent(column)}) = p.email`);
    const keys = table.primaryKey.map((key) => `t.${quoteIdent(key)}`).join(", ");
    // Parameters go through a CTE so that each is typed even when a table does not use it.
    const found = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `WITH p AS (SELECT $1::text AS user_id, $2::text[] AS order_ids, $3::text AS email)
       SELECT ${keys} FROM ${quoteIdent(table.table)} t, p WHERE ${conditions.join(" OR ")}`,
      customerId,
      orderIds,
      CUSTOMER.email,
    );
    rows.set(
      table.table,
      found.map((row) => table.primaryKey.map((key) => String(row[key]))),
    );
  }
  return rows;
}

/**
 * Every occurrence of the needles in every text, varchar, json or array column of every table of the
 * current schema. Reads the catalogue itself (not lib/privacy) so that a gap in the registry cannot hide
 * a leak.
 */
async function scanDatabase(needles: string[]) {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT c.table_name::text AS table_name, c.column_name::text AS column_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
    ORDER BY c.table_name, c.ordinal_position`;
  const matches: string[] = [];
  for (const { table_name, column_name } of columns) {
    for (const needle of needles) {
      const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${quoteIdent(table_name)} WHERE strpos(lower(${quoteIdent(column_name)}::text), lower($1)) > 0`,
        needle,
      );
      if (row && row.n > 0) matches.push(`${table_name}.${column_name} ∋ ${needle} (${row.n})`);
    }
  }
  const tables = [...new Set(columns.map((c) => c.table_name))];
  return { matches, tables, columns: columns.length };
}

describe("personal data export and account deletion (P14)", () => {
  test("P14: export contains every personal table", async () => {
    const exported = await exportUserData(db, customerId, now);
    expect(exported).not.toBeNull();
    const json = JSON.stringify(exported);
    // Serialisable as is: no Date, BigInt or Buffer left for JSON.stringify to mangle or throw on.
    expect(JSON.parse(json)).toEqual(exported);

    const checked: string[] = [];
    for (const [table, keys] of await customerRowsByTable()) {
      if (keys.length === 0) continue;
      checked.push(table);
      for (const key of keys) {
        for (const value of key) expect(json, `${table} row ${key.join("/")} missing from the export`).toContain(value);
      }
    }
    // The fixture has rows in these tables at least: the generic loop above really ran over them.
    expect(checked).toEqual(
      expect.arrayContaining([
        "User",
        "Order",
        "OrderLine",
        "OrderAddress",
        "OrderEvent",
        "Cart",
        "UserSession",
        "AuthToken",
        "OrganizationMember",
        "OrganizationInvitation",
        "EmailOutbox",
        "Address",
        "SavedList",
        "ProductView",
        "Testimonial",
        "LaterList",
        "LaterListItem",
      ]),
    );
    // Tables exported explicitly are not repeated by the generic pass, which still catches unknown ones.
    expect(Object.keys(exported!.otherRecords).sort()).toEqual(["LaterList", "LaterListItem"]);
    // List items have no userId column: the generic checks above cannot see them, so check each one.
    expect(savedListItemIds).toHaveLength(2);
    for (const id of savedListItemIds) expect(json, `SavedListItem ${id} missing from the export`).toContain(id);
    expect(exported!.savedLists).toEqual([
      expect.objectContaining({
        name: `Cadeaux de ${CUSTOMER.name}`,
        items: expect.arrayContaining([
          expect.objectContaining({ quantity: 3, product: expect.objectContaining({ slug: "confiture-abricot" }) }),
        ]),
      }),
    ]);
    expect(exported!.addresses).toEqual([expect.objectContaining({ line1: ADDRESS_LINE, phone: CUSTOMER.phone })]);
    expect(exported!.interests).toHaveLength(2);
    expect(exported!.testimonials).toEqual([
      expect.objectContaining({ id: testimonialId, body: "Théière superbe, livrée vite.", showName: true }),
    ]);
    expect(exported!.consents).toEqual({
      newsletter: false,
      promotions: false,
      recordInterests: true,
      testimonialNames: [{ testimonialId, showName: true, nameConsentAt: now.toISOString() }],
    });
    expect(exported!.sessions).toHaveLength(1);
    expect(exported!.otherRecords.LaterList).toEqual([
      {
        id: "list-camille",
        userId: customerId,
        title: "Liste de Camille Martin",
        details: { deliverTo: ADDRESS_LINE },
      },
    ]);

    expect(exported!.format).toMatch(/^plusuite-personal-data\//);
    expect(exported!.generatedAt).toBe(now.toISOString());
    expect(exported!.user).toMatchObject({ id: customerId, name: CUSTOMER.name, email: CUSTOMER.email });
    expect(exported!.user).not.toHaveProperty("passwordHash");
    expect(json).not.toContain("secret-hash-of-camille");
    expect(json).not.toContain("token-hash-camille");
    expect(json).not.toContain("invite-hash-camille");
    const orders = exported!.orders as { id: string; addresses: { line1: string }[]; lines: unknown[] }[];
    expect(orders.map((o) => o.id).sort()).toEqual([paidOrderId, pendingOrderId].sort());
    for (const order of orders) {
      expect(order.addresses.map((a) => a.line1)).toEqual([ADDRESS_LINE, ADDRESS_LINE]);
      expect(order.lines.length).toBeGreaterThan(0);
    }
    expect(exported!.memberships).toHaveLength(2);
    // Bruno's order is not Camille's.
    expect(json).not.toContain("Bruno");
  });

  test("P14: after account deletion, a scan of every table finds none of the customer's name, e-mail, phone or address", async () => {
    const paidBefore = await db.order.findUniqueOrThrow({ where: { id: paidOrderId }, include: { lines: true } });
    // The user id too: keys of e-mails and rate limits name it, and nothing may tie rows to it afterwards.
    const needles = [...NEEDLES, customerId];
    const before = await scanDatabase(needles);
    // The scan can see the customer: before the deletion it finds them all over the database, the
    // tables of Mon compte included.
    expect(before.matches.length).toBeGreaterThan(5);
    for (const needle of needles) expect(before.matches.some((m) => m.includes(`∋ ${needle} `))).toBe(true);
    for (const table of ["Address", "SavedList", "User"])
      expect(before.matches.some((m) => m.startsWith(`${table}.`))).toBe(true);

    // As "delete my account" does it: the goodbye e-mail is enqueued in the erasure's transaction.
    const goodbye = await renderAccountDeletedEmail({ locale: "fr", deletedAt: now });
    const report = await deleteAccount(db, customerId, now, {
      confirmation: {
        key: "account-deleted:test",
        template: "account-deleted",
        locale: "fr",
        to: CUSTOMER.email,
        ...goodbye,
      },
    });

    // Until it is sent, the goodbye e-mail is the one place that still knows the address…
    const waiting = await scanDatabase(needles);
    expect(waiting.matches).toEqual([`EmailOutbox.to ∋ ${CUSTOMER.email} (1)`]);
    // …and once it is sent, nothing does.
    expect(await deliverDueEmails(db, sender, deliveryTime())).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent.map((email) => [email.to, email.subject])).toEqual([
      [CUSTOMER.email, "Votre compte PluSuite est supprimé"],
    ]);
    expect(await db.emailOutbox.findUniqueOrThrow({ where: { key: "account-deleted:test" } })).toMatchObject({
      status: "sent",
      scrubAfterSend: true,
      to: ERASED_RECIPIENT,
      html: "",
      text: "",
    });
    const after = await scanDatabase(needles);
    console.info(
      `P14 deletion scan: ${after.columns} text columns in ${after.tables.length} tables: ${after.tables.join(", ")}`,
    );
    expect(after.matches).toEqual([]);
    expect(after.tables).toEqual(
      expect.arrayContaining([
        "User",
        "Order",
        "OrderAddress",
        "EmailOutbox",
        "Address",
        "SavedList",
        "SavedListItem",
        "ProductView",
        "Testimonial",
      ]),
    );

    expect(report).toMatchObject({
      LaterList: 1,
      LaterListItem: 1,
      Address: 1,
      SavedList: 1,
      ProductView: 2,
      Testimonial: 1,
      User: 1,
      cancelledOrders: 1,
      Order: 2,
      OrderAddress: 4,
      Cart: 1,
      UserSession: 1,
      confirmationEmail: 1,
    });
    // The list's items went with it (they cascade from the list).
    expect(await db.savedListItem.count({ where: { id: { in: savedListItemIds } } })).toBe(0);
    expect(await db.user.findUnique({ where: { id: customerId } })).toBeNull();

    // The unpaid order is cancelled and its two teapots are back in stock.
    const pending = await db.order.findUniqueOrThrow({ where: { id: pendingOrderId } });
    expect(pending.status).toBe("cancelled");
    expect(await teapotStock()).toBe(teapotStockBeforePending);

    // The paid order stays as an invoice: same number, amounts, dates and lines, anonymous.
    const paid = await db.order.findUniqueOrThrow({
      where: { id: paidOrderId },
      include: { lines: true, addresses: true },
    });
    expect(paid).toMatchObject({
      number: paidBefore.number,
      status: "paid",
      subtotalCents: paidBefore.subtotalCents,
      shippingCents: paidBefore.shippingCents,
      vatCents: paidBefore.vatCents,
      totalCents: paidBefore.totalCents,
      paidAt: paidBefore.paidAt,
      createdAt: paidBefore.createdAt,
      email: `deleted-${paidOrderId}@invalid`,
      phone: null,
      userId: null,
    });
    expect(paid.lines).toEqual(paidBefore.lines);
    expect(paid.addresses.map((a) => a.country)).toEqual(["FR", "FR"]);

    // The unsent welcome e-mail will never go out; the organization only Camille belonged to is gone.
    // Its key named the user: it is re-keyed, and the scan above proves the id is nowhere else.
    expect(await db.emailOutbox.findUnique({ where: { key: `welcome:${customerId}` } })).toBeNull();
    const welcome = await db.emailOutbox.findFirstOrThrow({ where: { template: "welcome" } });
    expect(welcome).toMatchObject({
      key: `erased:${welcome.id}`,
      status: "failed",
      to: "deleted@invalid",
      html: "",
      text: "",
    });
    expect(await db.organization.findMany({ select: { name: true } })).toEqual([{ name: "Coopérative du Rhône" }]);
  });

  test("P14: deleting an account twice is harmless: the second call finds no one and changes nothing", async () => {
    const orders = await db.order.findMany({ orderBy: { id: "asc" }, include: { addresses: true } });
    expect(await deleteAccount(db, customerId, now)).toEqual({});
    expect(await db.order.findMany({ orderBy: { id: "asc" }, include: { addresses: true } })).toEqual(orders);
    expect(await exportUserData(db, customerId, now)).toBeNull();
  });

  test("P14: deleting one account leaves another customer's data untouched", async () => {
    const otherExportAfter = await exportUserData(db, otherId, now);
    expect(otherExportAfter).toEqual(otherExportBefore);
    const { matches } = await scanDatabase(["Bruno Lefèvre", "bruno.lefevre@example.fr", "3 quai Saint-Vincent"]);
    expect(matches).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^User\.name/),
        expect.stringMatching(/^OrderAddress\.line1/),
        expect.stringMatching(/^EmailOutbox\.to/),
      ]),
    );
    // The shared organization keeps its other member and forgets the invitation sent to Camille.
    const shared = await db.organization.findFirstOrThrow({ include: { members: true, invitations: true } });
    expect(shared.members.map((m) => m.userId)).toEqual([otherId]);
    expect(shared.invitations).toEqual([]);
  });
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

  const attempt = (password: unknown, confirm: unknown, at = later) =>
    deleteOwnAccount(db, dominiqueId, { password, confirm }, { now: at, limit: { limit: 4, windowSeconds: 900 } });

  test("P14: deleting needs the explicit confirmation and the current password (not another account's)", async () => {
    expect(await attempt("", false)).toEqual({
      status: "invalid",
      fieldErrors: { password: "required", confirm: "confirmRequired" },
    });
    expect(await attempt(PASSWORD, "on")).toMatchObject({
      status: "invalid",
      fieldErrors: { confirm: "confirmRequired" },
    });
    expect(await attempt("le mot de passe de Bruno", true)).toEqual({ status: "wrongPassword" });
    expect(await attempt({ password: PASSWORD }, true)).toMatchObject({ status: "invalid" });
    expect(await db.user.count({ where: { id: { in: [dominiqueId, otherId] } } })).toBe(2);
  });

  test("P14: password guesses are rate-limited per account, even the right one once the limit is reached", async () => {
    const at = new Date(later.getTime() + 3_600_000);
    for (let i = 0; i < 4; i++) expect((await attempt("devine", true, at)).status).toBe("wrongPassword");
    expect(await attempt(PASSWORD, true, at)).toMatchObject({ status: "limited" });
    expect(await db.user.findUnique({ where: { id: dominiqueId } })).not.toBeNull();
  });

  test("P14: with the password, the account is erased and a goodbye e-mail in the customer's language is enqueued, marked to be scrubbed once sent", async () => {
    const at = new Date(later.getTime() + 5 * 3_600_000);
    expect(await attempt(PASSWORD, true, at)).toEqual({ status: "deleted" });
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
    expect(await attempt(PASSWORD, true, at)).toEqual({ status: "notFound" });
    expect(
      await db.emailOutbox.count({ where: { template: "account-deleted", to: "dominique.petit@example.fr" } }),
    ).toBe(1);
  });
});
