// P15: guest orders (placed without an account) lose the person once the accounting period is over (see
// guestOrderContact in ./retention-schedule.ts): contact, phone, names and addresses are anonymised as on
// account deletion, and the e-mails about the order forget their recipient. The order stays: its number,
// date, lines, amounts, VAT and country.
import type { Db } from "@/lib/db/client";
import { anonymiseOrders, eraseEmails } from "./erasure";
import { RETENTION_DAYS } from "./retention-schedule";

const DAY_MS = 86_400_000;
/** Orders anonymised already carry an address that can receive nothing (RFC 6761), like the erased e-mails. */
const ANONYMISED_DOMAIN = "@invalid";

/** Anonymises guest orders past their date, oldest first. Returns how many orders were anonymised. */
export async function anonymiseExpiredGuestOrders(db: Db, now: Date, batch: number): Promise<number> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS.guestOrderContact * DAY_MS);
  // A guest order placed with the address of a verified account is in that account's history (see
  // ordersOfUserWhere): it lives as long as the account, and goes with it.
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Order" o
    WHERE o."userId" IS NULL
      AND o."createdAt" < ${cutoff}
      AND o.email NOT LIKE ${`%${ANONYMISED_DOMAIN}`}
      AND NOT EXISTS (
        SELECT 1 FROM "User" u WHERE lower(u.email) = lower(o.email) AND u."emailVerified" IS NOT NULL
      )
    ORDER BY o."createdAt"
    LIMIT ${batch}`;
  if (due.length === 0) return 0;
  const orderIds = due.map((order) => order.id);
  await db.$transaction(async (tx) => {
    await anonymiseOrders(tx, orderIds, "retention period over: contact anonymised", now);
    const emails = await tx.emailOutbox.findMany({ where: { orderId: { in: orderIds } }, select: { id: true } });
    await eraseEmails(
      tx,
      emails.map((email) => email.id),
    );
  });
  return orderIds.length;
}
