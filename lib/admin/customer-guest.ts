// P14 for people without an account: what the shop holds about an e-mail address (orders placed as a guest,
// newsletter subscriptions, contact messages and the e-mails about them), exported or erased when they ask,
// usually through the contact form. The erasure is the one the retention job applies to old guest orders
// (lib/privacy/erasure.ts: anonymiseOrders, eraseEmails): orders stay as invoices, stripped of the person.
// The audit log names the address only by a keyed hash (guestTargetId), never the address itself (P9).
import { z } from "zod";
import { emailSchema } from "@/lib/address/email";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type {
  ContactMessageKind,
  ContactMessageStatus,
  NewsletterList,
  NewsletterStatus,
  OrderStatus,
} from "@/lib/generated/prisma/client";
import { cancelOrder } from "@/lib/orders/lifecycle";
import { anonymiseOrders, eraseEmails } from "@/lib/privacy/erasure";
import { toJson } from "@/lib/privacy/export";
import { assertAdmin, type Viewer } from "./access";
import { recordAudit, type AuditActor } from "./audit";
import { confirmationField, confirms } from "./customer-privacy";
import { guestTargetId } from "./customer-target";

export const GUEST_EXPORT_FORMAT = "plusuite-guest-data/1";

export const guestEmailSchema = emailSchema;
export const eraseGuestSchema = z.object({ email: emailSchema, confirmation: confirmationField });
export type EraseGuestInput = z.output<typeof eraseGuestSchema>;

const insensitive = (email: string) => ({ equals: email, mode: "insensitive" as const });
/** Orders placed without an account with this address (anonymised ones carry another address by then). */
const guestOrdersWhere = (email: string) => ({ userId: null, email: insensitive(email) });

export type GuestRecords = {
  email: string;
  /** the account with this address, if there is one: its profile is where to act, not here */
  accountId: string | null;
  orders: { id: string; number: string; status: OrderStatus; totalCents: number; currency: string; createdAt: Date }[];
  subscriptions: { id: string; list: NewsletterList; status: NewsletterStatus; createdAt: Date }[];
  contactMessages: {
    id: string;
    kind: ContactMessageKind;
    subject: string;
    status: ContactMessageStatus;
    createdAt: Date;
  }[];
  /** invitations to join an organization sent to the address (it has no account to accept them with yet) */
  invitations: { id: string; createdAt: Date; expiresAt: Date; acceptedAt: Date | null }[];
};

/** What the shop holds about an address used without an account. */
export async function findGuestRecords(db: Db, viewer: Viewer, email: string): Promise<GuestRecords> {
  assertAdmin(viewer);
  const [account, orders, subscriptions, contactMessages, invitations] = await Promise.all([
    db.user.findFirst({ where: { email: insensitive(email) }, select: { id: true } }),
    db.order.findMany({
      where: guestOrdersWhere(email),
      orderBy: { createdAt: "desc" },
      select: { id: true, number: true, status: true, totalCents: true, currency: true, createdAt: true },
    }),
    db.newsletterSubscription.findMany({
      where: { email: insensitive(email) },
      orderBy: { createdAt: "asc" },
      select: { id: true, list: true, status: true, createdAt: true },
    }),
    db.contactMessage.findMany({
      where: { email: insensitive(email) },
      orderBy: { createdAt: "desc" },
      select: { id: true, kind: true, subject: true, status: true, createdAt: true },
    }),
    db.organizationInvitation.findMany({
      where: { email: insensitive(email) },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true, expiresAt: true, acceptedAt: true },
    }),
  ]);
  return { email, accountId: account?.id ?? null, orders, subscriptions, contactMessages, invitations };
}

/** Whether anything is held about the address as a guest. */
export const holdsGuestData = (records: GuestRecords) =>
  records.orders.length + records.subscriptions.length + records.contactMessages.length + records.invitations.length >
  0;

/** The e-mails to the address, about its orders, and the team's copies of its contact messages. */
async function emailsOfGuest(tx: Tx, email: string, orderIds: string[], messageIds: string[]) {
  return tx.emailOutbox.findMany({
    where: {
      OR: [
        { to: insensitive(email) },
        { orderId: { in: orderIds } },
        { key: { in: messageIds.map((id) => `contact-team:${id}`) } },
      ],
    },
    select: {
      id: true,
      template: true,
      locale: true,
      to: true,
      subject: true,
      status: true,
      orderId: true,
      createdAt: true,
      sentAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
}

/** An address with an account is handled on its profile: the account's rules decide which orders are its. */
async function refuseAccount(tx: Tx, email: string) {
  if (await tx.user.findFirst({ where: { email: insensitive(email) }, select: { id: true } })) {
    throw new DomainError("accountExists");
  }
}

export type GuestDataExport = {
  format: typeof GUEST_EXPORT_FORMAT;
  generatedAt: string;
  email: string;
  orders: unknown[];
  newsletterSubscriptions: unknown[];
  contactMessages: unknown[];
  organizationInvitations: unknown[];
  emails: unknown[];
};

/** The data of an address without an account, as JSON-safe values, recorded in the audit log. */
export async function exportGuestData(
  db: Db,
  viewer: AuditActor,
  email: string,
  context: { now: Date; secret: string },
): Promise<GuestDataExport> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    await refuseAccount(tx, email);
    const [orders, subscriptions, messages, invitations] = await Promise.all([
      tx.order.findMany({
        where: guestOrdersWhere(email),
        include: { lines: true, addresses: true, events: { orderBy: { createdAt: "asc" } }, refunds: true },
        orderBy: { createdAt: "asc" },
      }),
      tx.newsletterSubscription.findMany({
        where: { email: insensitive(email) },
        omit: { confirmTokenHash: true },
        orderBy: { createdAt: "asc" },
      }),
      tx.contactMessage.findMany({ where: { email: insensitive(email) }, orderBy: { createdAt: "asc" } }),
      // As "Mes données" gives an account its invitations: which organization, when; never the token.
      tx.organizationInvitation.findMany({
        where: { email: insensitive(email) },
        select: {
          id: true,
          createdAt: true,
          expiresAt: true,
          acceptedAt: true,
          organization: { select: { name: true } },
        },
        orderBy: { createdAt: "asc" },
      }),
    ]);
    if (orders.length + subscriptions.length + messages.length + invitations.length === 0)
      throw new DomainError("notFound");
    const emails = await emailsOfGuest(
      tx,
      email,
      orders.map((o) => o.id),
      messages.map((m) => m.id),
    );
    await recordAudit(tx, viewer, {
      action: "customer.export",
      target: { type: "customer", id: guestTargetId(email, context.secret) },
      after: { kind: "guest" },
      at: context.now,
    });
    return {
      format: GUEST_EXPORT_FORMAT,
      generatedAt: context.now.toISOString(),
      email,
      orders: orders.map(toJson),
      newsletterSubscriptions: subscriptions.map(toJson),
      contactMessages: messages.map(toJson),
      organizationInvitations: invitations.map(toJson),
      emails: emails.map(toJson),
    };
  });
}

/**
 * Erases an address used without an account: unpaid orders are cancelled (their stock returns), every order
 * is anonymised and kept as an invoice, the e-mails forget their recipient and body, subscriptions and contact
 * messages are deleted. The confirmation must be the address. "notFound" when nothing is held about it.
 */
export async function eraseGuest(
  db: Db,
  viewer: AuditActor,
  input: EraseGuestInput,
  context: { now: Date; secret: string },
): Promise<{ erasedRows: number }> {
  assertAdmin(viewer);
  if (!confirms(input.confirmation, input.email)) {
    throw new DomainError("confirmationMismatch", { field: "confirmation" });
  }
  const { email } = input;
  const { now } = context;
  return db.$transaction(
    async (tx) => {
      await refuseAccount(tx, email);
      const orders = await tx.order.findMany({ where: guestOrdersWhere(email), select: { id: true, status: true } });
      const messages = await tx.contactMessage.findMany({ where: { email: insensitive(email) }, select: { id: true } });
      const orderIds = orders.map((o) => o.id);
      const emails = await emailsOfGuest(
        tx,
        email,
        orderIds,
        messages.map((m) => m.id),
      );
      // An unpaid order will never be paid by someone asking to be forgotten: cancelling returns its stock.
      for (const order of orders) if (order.status === "pending") await cancelOrder(tx, order, "erased on request");
      const anonymised = await anonymiseOrders(tx, orderIds, "erased on request: contact anonymised", now);
      const erasedEmails = await eraseEmails(
        tx,
        emails.map((e) => e.id),
      );
      const subscriptions = await tx.newsletterSubscription.deleteMany({ where: { email: insensitive(email) } });
      const contactMessages = await tx.contactMessage.deleteMany({ where: { email: insensitive(email) } });
      // As "delete my account" does for an account: invitations addressed to the person go (their e-mails above).
      const invitations = await tx.organizationInvitation.deleteMany({ where: { email: insensitive(email) } });
      const rows =
        anonymised.orders +
        anonymised.addresses +
        erasedEmails +
        subscriptions.count +
        contactMessages.count +
        invitations.count;
      if (orders.length + subscriptions.count + contactMessages.count + invitations.count === 0)
        throw new DomainError("notFound");
      await recordAudit(tx, viewer, {
        action: "customer.erase",
        target: { type: "customer", id: guestTargetId(email, context.secret) },
        before: { kind: "guest" },
        after: { erasedRows: rows },
        at: now,
      });
      return { erasedRows: rows };
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
}
