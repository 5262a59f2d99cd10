// The customer whose data P14 exports and erases (privacy-export.test.ts, privacy.test.ts): an account
// touching every kind of personal row the shop keeps, tables a later issue might add, and another customer
// that the erasure must leave alone.
import { expect } from "vitest";
import { createSession } from "@/lib/auth/sessions";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import { deliverDueEmails, enqueueEmail, type EmailSender, type SendableEmail } from "@/lib/email/outbox";
import { placeOrder } from "@/lib/orders/place-order";
import { payDemoOrder } from "@/lib/payments/demo";
import { exportUserData, type UserDataExport } from "@/lib/privacy/export";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { cartWith, checkoutInput, demoConfig } from "./commerce";

export const now = new Date("2026-11-25T10:00:00Z");
// E-mails are due from the database's clock: deliveries run a day after the real now.
export const deliveryTime = () => new Date(Date.now() + 86_400_000);

export const CUSTOMER = { name: "Camille Martin", email: "camille.martin@example.fr", phone: "+33612345678" };
export const ADDRESS_LINE = "12 rue des Lilas";
export const NEEDLES = [CUSTOMER.name, CUSTOMER.email, CUSTOMER.phone, ADDRESS_LINE];

export type RecordingSender = { sent: SendableEmail[]; sender: EmailSender };

// A sender that records what it is given: the Resend client itself is tested in outbox.test.ts, against
// its HTTP fake; here what matters is what the outbox hands over, and what it keeps afterwards.
export function recordingSender(): RecordingSender {
  const sent: SendableEmail[] = [];
  const sender: EmailSender = {
    async send({ key, to, subject, html, text }) {
      sent.push({ key, to, subject, html, text });
      return { providerMessageId: `fake-${sent.length}` };
    },
  };
  return { sent, sender };
}

export type PrivacyFixture = {
  customerId: string;
  otherId: string;
  paidOrderId: string;
  pendingOrderId: string;
  teapotStockBeforePending: number;
  otherExportBefore: UserDataExport;
  savedListItemIds: string[];
  testimonialId: string;
};

type Person = { name: string; email: string; phone: string };

const teapotStock = async (db: Db) => (await db.product.findUniqueOrThrow({ where: { slug: "theiere-fonte" } })).stock;

function customerCheckout(person: Person, line1: string) {
  return checkoutInput({
    email: person.email,
    shipping: { name: person.name, line1, postalCode: "69003", city: "Lyon", country: "FR", phone: person.phone },
  });
}

async function paidOrderFor(db: Db, userId: string, person: Person, line1: string) {
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

export async function seedPrivacyFixture(db: Db, mail: RecordingSender): Promise<PrivacyFixture> {
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });

  const customer = await db.user.create({
    data: { ...CUSTOMER, emailVerified: now, passwordHash: "scrypt$secret-hash-of-camille" },
  });
  const customerId = customer.id;
  const other = await db.user.create({
    data: { name: "Bruno Lefèvre", email: "bruno.lefevre@example.fr", phone: "+33698765432", emailVerified: now },
  });
  const otherId = other.id;

  // The customer: a paid order placed while signed in, a pending one placed as a guest with the same
  // (verified) address, a cart, a session, a token, two organizations (one shared with Bruno).
  const paidOrderId = await paidOrderFor(db, customerId, CUSTOMER, ADDRESS_LINE);
  const teapotStockBeforePending = await teapotStock(db);
  const pendingCart = await cartWith(db, [{ slug: "theiere-fonte", quantity: 2 }]);
  const pending = await placeOrder(
    db,
    { config: demoConfig, now },
    { cartId: pendingCart, locale: "fr", input: customerCheckout(CUSTOMER, ADDRESS_LINE) },
  );
  if (!pending.ok) throw new Error(pending.reason);
  const pendingOrderId = pending.order.id;
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
  const savedListItemIds = list.items.map((item) => item.id);
  await db.productView.createMany({
    data: [teapot!, jam!].map((product) => ({ userId: customerId, productId: product.id, lastViewedAt: now })),
  });
  const testimonialId = (
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

  // A row in the format used before issue 10 (keys now hold a keyed hash of the address): erased all the same.
  await db.rateLimitWindow.create({ data: { key: `signin:account:${CUSTOMER.email}`, windowStart: now, count: 2 } });
  await db.verificationToken.create({ data: { identifier: CUSTOMER.email, token: "vt-hash", expires: now } });
  // A question sent through the contact form from the account's address (in other case), and the shop's reply.
  await db.contactMessage.create({
    data: {
      name: CUSTOMER.name,
      email: CUSTOMER.email.toUpperCase(),
      subject: "Livraison",
      message: `Bonjour, c'est ${CUSTOMER.name} : ma commande arrive quand ?`,
      locale: "fr",
      replies: { create: { body: `Bonjour ${CUSTOMER.name}, elle part demain.`, sentAt: now } },
    },
  });

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
    db,
    otherId,
    { name: "Bruno Lefèvre", email: other.email, phone: other.phone! },
    "3 quai Saint-Vincent",
  );
  await createSession(db, otherId, "Safari on macOS", now);
  // Order confirmations go out now, as they would have long before the account is deleted; the welcome
  // e-mail is still waiting when it is.
  await deliverDueEmails(db, mail.sender, deliveryTime());
  mail.sent.length = 0;
  await enqueueEmail(db, {
    key: `welcome:${customerId}`,
    template: "welcome",
    locale: "fr",
    to: CUSTOMER.email,
    subject: "Bienvenue",
    html: `<p>Bonjour ${CUSTOMER.name}</p>`,
    text: `Bonjour ${CUSTOMER.name}`,
  });
  const otherExportBefore = (await exportUserData(db, otherId, now))!;
  return {
    customerId,
    otherId,
    paidOrderId,
    pendingOrderId,
    teapotStockBeforePending,
    otherExportBefore,
    savedListItemIds,
    testimonialId,
  };
}
