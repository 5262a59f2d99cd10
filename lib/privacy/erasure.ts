// "Delete my account" (P14, GDPR art. 17): erases or anonymises every personal field in every table,
// keeping only what the law requires. Orders are invoices: French law keeps them 10 years (Code de
// commerce L123-22) and the tax administration 6 (LPF L102 B), so their amounts, dates, lines and VAT
// stay, stripped of who bought them.
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { enqueueEmail, type OutgoingEmail } from "@/lib/email/outbox";
import { cancelOrder } from "@/lib/orders/lifecycle";
import { ordersOfUserWhere } from "./export";
import { personalTables, quoteIdent } from "./personal-data";
import { ANONYMISED, ERASED_RECIPIENT } from "./placeholders";

export { ANONYMISED, ERASED_RECIPIENT };
export const anonymisedOrderEmail = (orderId: string) => `deleted-${orderId}@invalid`;

/** Rows changed per table (deleted or anonymised), plus the pending orders cancelled. Empty when there was no such user. */
export type ErasureReport = Record<string, number>;

/** Tables handled explicitly below; the generic pass deletes rows of any other table with a userId column. */
const HANDLED = new Set(["User", "UserSession", "AuthToken", "Account", "OrganizationMember", "Cart", "Order"]);

/** Deletion of a large account (hundreds of orders) runs in one transaction: allow it time. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 60_000 };

export type DeleteAccountOptions = {
  /**
   * The "your account is deleted" e-mail, enqueued in the same transaction as the erasure: both happen
   * or neither. It must have `scrubAfterSend: true` (the outbox then forgets the address once it is sent)
   * and a key that does not name the user (their id must not survive either).
   */
  confirmation?: OutgoingEmail;
  /**
   * Run in the erasure's transaction once the account is erased (not when there was no such user): the back
   * office writes its audit entry there (P9, P14), so that the entry exists exactly when the erasure does.
   */
  inTransaction?: (tx: Tx, report: ErasureReport) => Promise<void>;
};

export async function deleteAccount(
  db: Db,
  userId: string,
  now: Date,
  options: DeleteAccountOptions = {},
): Promise<ErasureReport> {
  return db.$transaction(async (tx) => {
    const report = await eraseUser(tx, userId, now);
    if (report.User && options.confirmation) {
      await enqueueEmail(tx, { ...options.confirmation, scrubAfterSend: true });
      report.confirmationEmail = 1;
    }
    if (report.User && options.inTransaction) await options.inTransaction(tx, report);
    if (report.User) await forgetAuditTarget(tx, userId, report);
    return report;
  }, TRANSACTION_OPTIONS);
}

/**
 * P9, P14: the back office's audit entries about the customer (an export, this erasure) stay, as the record that it
 * was done, but under one new random id: once the account is gone its id must not tie anything together.
 */
async function forgetAuditTarget(tx: Tx, userId: string, report: ErasureReport): Promise<void> {
  const { count } = await tx.auditEntry.updateMany({
    where: { targetType: "customer", targetId: userId },
    data: { targetId: `erased:${randomUUID()}` },
  });
  if (count > 0) report.AuditEntry = count;
}

async function eraseUser(tx: Tx, userId: string, now: Date): Promise<ErasureReport> {
  const report: ErasureReport = {};
  const count = (table: string, n: number) => {
    if (n > 0) report[table] = (report[table] ?? 0) + n;
  };

  // Locks the row: a concurrent sign-in or second deletion waits for this one.
  const [user] = await tx.$queryRaw<{ id: string; email: string; emailVerified: Date | null }[]>`
    SELECT id, email, "emailVerified" FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!user) return report;

  // Orders: an unpaid order will never be paid by someone who is leaving; cancelling it returns its stock.
  const orders = await tx.order.findMany({ where: ordersOfUserWhere(user), select: { id: true, status: true } });
  for (const order of orders) {
    if (order.status !== "pending") continue;
    await cancelOrder(tx, order, "account deleted");
    count("cancelledOrders", 1);
  }
  // Every order is now kept (paid, fulfilled, refunded or cancelled ones are invoices or the record of
  // one): anonymise the contact and the addresses.
  const orderIds = orders.map((o) => o.id);
  const anonymised = await anonymiseOrders(tx, orderIds, "account deleted: contact anonymised", now);
  count("Order", anonymised.orders);
  count("OrderAddress", anonymised.addresses);

  // E-mails: bodies (and delivery errors) repeat names and addresses; subjects name only the order
  // number and stay, as the record of what was sent. Unsent ones must not go out to the placeholder.
  const emailIds = (
    await tx.emailOutbox.findMany({
      where: {
        OR: [
          { to: { equals: user.email, mode: "insensitive" } },
          { orderId: { in: orderIds } },
          // sent to an address the customer had before changing it
          { key: { contains: userId } },
        ],
      },
      select: { id: true },
    })
  ).map((e) => e.id);
  const erasedEmails = await eraseEmails(tx, emailIds);
  // Some keys name the user ("inactivity-warning:<userId>:<date>"): once the user is gone the id would be
  // the last thread tying these rows together. The key is only an idempotency guard for the sending.
  const keyedByUser = await tx.emailOutbox.findMany({
    where: { id: { in: emailIds }, key: { contains: userId } },
    select: { id: true },
  });
  for (const { id } of keyedByUser) await tx.emailOutbox.update({ where: { id }, data: { key: `erased:${id}` } });
  count("EmailOutbox", erasedEmails);

  const carts = await tx.cart.deleteMany({ where: { userId } });
  count("Cart", carts.count);
  count("UserSession", (await tx.userSession.deleteMany({ where: { userId } })).count);
  count("AuthToken", (await tx.authToken.deleteMany({ where: { userId } })).count);
  count("Account", (await tx.account.deleteMany({ where: { userId } })).count);
  // Newsletter and promotions (P6): the account's subscriptions and those of its address (made signed out in
  // the footer or at checkout) end with it.
  const subscriptions = await tx.newsletterSubscription.deleteMany({
    where: { OR: [{ userId }, { email: { equals: user.email, mode: "insensitive" } }] },
  });
  count("NewsletterSubscription", subscriptions.count);
  // Messages sent through the contact form from the address (P3), with the shop's replies: the answer was given.
  const messages = await tx.contactMessage.deleteMany({
    where: { email: { equals: user.email, mode: "insensitive" } },
  });
  count("ContactMessage", messages.count);

  const memberships = await tx.organizationMember.findMany({ where: { userId }, select: { organizationId: true } });
  count("OrganizationMember", (await tx.organizationMember.deleteMany({ where: { userId } })).count);
  // An organization nobody belongs to any more is an account holder with no one to act for it (P27).
  const orphans = await tx.organization.deleteMany({
    where: { id: { in: memberships.map((m) => m.organizationId) }, members: { none: {} } },
  });
  count("Organization", orphans.count);
  // Invitations addressed to this person go; those they sent stay with the organization, unsigned.
  count(
    "OrganizationInvitation",
    (await tx.organizationInvitation.deleteMany({ where: { email: { equals: user.email, mode: "insensitive" } } }))
      .count,
  );
  await tx.organizationInvitation.updateMany({ where: { invitedById: userId }, data: { invitedById: null } });

  // Auth.js sign-in links are keyed by address. Rate-limit keys name the user id ("email-link:<userId>",
  // "delete-account:<userId>") or a keyed hash of an address; rows written before issue 10 named the address
  // itself ("signin:account:<email>") and may still exist for a day.
  count("VerificationToken", (await tx.verificationToken.deleteMany({ where: { identifier: user.email } })).count);
  count(
    "RateLimitWindow",
    (
      await tx.rateLimitWindow.deleteMany({
        where: { OR: [{ key: { contains: user.email, mode: "insensitive" } }, { key: { contains: userId } }] },
      })
    ).count,
  );

  // Tables added later with a userId column: delete their rows before the user, so that a foreign key
  // with onDelete: Restrict does not block the deletion, and rows without a foreign key do not survive.
  await deleteGenericRows(tx, userId, count);

  await tx.user.delete({ where: { id: userId } });
  count("User", 1);
  return report;
}

/**
 * Strips kept orders of who placed them (P14, P15): contact e-mail, phone, account and cart links, and the
 * names and addresses, with an event in each order's history saying why. What makes them invoices stays:
 * number, dates, lines, amounts, VAT, country. providerReference/providerPaymentId stay too: they are the
 * gateway's ids, needed to reconcile payouts and to refund, and name no one in our database.
 */
export async function anonymiseOrders(
  tx: Tx,
  orderIds: string[],
  reason: string,
  now: Date,
): Promise<{ orders: number; addresses: number }> {
  for (const orderId of orderIds) {
    const { status } = await tx.order.update({
      where: { id: orderId },
      data: { email: anonymisedOrderEmail(orderId), phone: null, userId: null, cartId: null },
      select: { status: true },
    });
    // The order's history says why its contact changed (same status on both sides, like a partial refund).
    await tx.orderEvent.create({ data: { orderId, fromStatus: status, toStatus: status, reason, createdAt: now } });
  }
  // Country stays: it decides which VAT applied (French VAT, another member state's through OSS, or
  // none outside the EU) and an inspector may ask why. Postal code and city go: the VAT actually charged
  // is already recorded on the order and its lines, and with them an address becomes findable again in a
  // small town. Caveat: overseas departments (FR, postal codes 97x) are outside the EU VAT area; should
  // their orders ever be taxed differently, keep the first three digits of the postal code as evidence.
  const addresses = await tx.orderAddress.updateMany({
    where: { orderId: { in: orderIds } },
    data: { name: ANONYMISED, company: null, line1: ANONYMISED, line2: null, postalCode: "", city: "", phone: null },
  });
  // P5: the contacts customer service noted about the order name or describe the person: they go with it. The
  // tracking number goes too: the carrier's records tie it to the delivery address.
  await tx.orderContactLog.deleteMany({ where: { orderId: { in: orderIds } } });
  await tx.order.updateMany({ where: { id: { in: orderIds } }, data: { trackingNumber: null } });
  return { orders: orderIds.length, addresses: addresses.count };
}

/**
 * Forgets the recipient, bodies and delivery errors of these e-mails (bodies repeat names and addresses);
 * subjects name only an order number and stay, as the record of what was sent. Unsent ones are given up:
 * they must not go out to the placeholder. Returns how many e-mails were erased.
 */
export async function eraseEmails(tx: Tx, emailIds: string[]): Promise<number> {
  const emails = await tx.emailOutbox.updateMany({
    where: { id: { in: emailIds } },
    data: { to: ERASED_RECIPIENT, html: "", text: "", lastError: null },
  });
  await tx.emailOutbox.updateMany({
    where: { id: { in: emailIds }, status: { in: ["pending", "sending"] } },
    data: { status: "failed", lastError: "recipient erased", lockedUntil: null },
  });
  return emails.count;
}

/**
 * Deletes the user's rows in every unhandled table with a userId column. Tables may reference each other
 * (a list and its items): a delete refused by a foreign key is rolled back to a savepoint and retried after
 * the others, until a pass makes no progress.
 */
async function deleteGenericRows(tx: Tx, userId: string, count: (table: string, n: number) => void) {
  let pending = (await personalTables(tx))
    .filter((t) => !HANDLED.has(t.table))
    .flatMap((t) => t.userColumns.map((column) => ({ table: t.table, column })));
  while (pending.length > 0) {
    const failed: typeof pending = [];
    let lastError: unknown;
    for (const target of pending) {
      await tx.$executeRawUnsafe("SAVEPOINT privacy_erasure");
      try {
        const n = await tx.$executeRawUnsafe(
          `DELETE FROM ${quoteIdent(target.table)} WHERE ${quoteIdent(target.column)} = $1`,
          userId,
        );
        await tx.$executeRawUnsafe("RELEASE SAVEPOINT privacy_erasure");
        count(target.table, n);
      } catch (error) {
        await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT privacy_erasure");
        failed.push(target);
        lastError = error;
      }
    }
    if (failed.length === pending.length) throw lastError;
    pending = failed;
  }
}
