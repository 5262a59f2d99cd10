// "Download my data" (P14, GDPR art. 15 and 20): every personal record the shop holds about an account,
// as JSON. Known tables are exported with their relations and without secrets; any other table with a
// `userId` column (added by later issues: contact messages…) is exported row by row under its table
// name, so that a new table cannot be forgotten. A table that reaches the user only through another
// one (SavedListItem through SavedList) is invisible to that pass: it must be exported explicitly.
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { personalTables, quoteIdent, SECRET_COLUMN } from "./personal-data";

export const EXPORT_FORMAT = "plusuite-personal-data/1";

/** Tables exported explicitly below (with their relations); the generic pass skips them. */
export const EXPLICITLY_EXPORTED = new Set([
  "User",
  "UserSession",
  "AuthToken",
  "Account",
  "OrganizationMember",
  "Cart",
  "Order",
  "Address",
  "SavedList",
  "ProductView",
  "Testimonial",
  "NewsletterSubscription",
]);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type UserDataExport = {
  format: typeof EXPORT_FORMAT;
  generatedAt: string;
  user: Json;
  sessions: Json[];
  authTokens: Json[];
  signInProviders: Json[];
  memberships: Json[];
  /** invitations to join an organization sent to the account's address */
  invitations: Json[];
  carts: Json[];
  orders: Json[];
  addresses: Json[];
  /** named lists with their items (P13) */
  savedLists: Json[];
  /** products viewed while signed in (P4) */
  interests: Json[];
  /** testimonials (P21), each with its own name consent */
  testimonials: Json[];
  /** every choice the customer made about the use of their data, with its date where one is kept */
  consents: Json;
  /** newsletter and promotions subscriptions (P6): made signed in, or with the account's address (footer, checkout) */
  newsletterSubscriptions: Json[];
  /** messages sent through the contact form from the account's address (P3), with the shop's replies */
  contactMessages: Json[];
  emails: Json[];
  /** rows of other tables with a userId column, by table name */
  otherRecords: Record<string, Json[]>;
};

/** Enough of a product to say what a list item or a viewed product was, in both languages. */
const PRODUCT_LABEL = { select: { slug: true, name: true } } as const;
const VARIANT_LABEL = { select: { sku: true, size: true, colour: true } } as const;

/**
 * Orders of an account: those placed while signed in, and guest orders placed with its e-mail address
 * once that address is verified (before that, anyone could sign up with someone else's address and read
 * their orders).
 */
export function ordersOfUserWhere(user: {
  id: string;
  email: string;
  emailVerified: Date | null;
}): Prisma.OrderWhereInput {
  return user.emailVerified
    ? { OR: [{ userId: user.id }, { email: { equals: user.email, mode: "insensitive" } }] }
    : { userId: user.id };
}

export async function exportUserData(
  db: Db | Tx,
  userId: string,
  now: Date = new Date(),
): Promise<UserDataExport | null> {
  const user = await db.user.findUnique({ where: { id: userId }, omit: { passwordHash: true } });
  if (!user) return null;

  const [sessions, tokens, accounts, memberships, invitations, carts, orders, addresses, lists, views, testimonials] =
    await Promise.all([
      db.userSession.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
      // Only what the token was for and when: the hash is a credential and newEmail is not needed to
      // understand the record.
      db.authToken.findMany({
        where: { userId },
        select: { id: true, purpose: true, createdAt: true, expiresAt: true, usedAt: true },
        orderBy: { createdAt: "asc" },
      }),
      db.account.findMany({
        where: { userId },
        select: { id: true, type: true, provider: true, providerAccountId: true },
      }),
      db.organizationMember.findMany({
        where: { userId },
        include: {
          organization: { select: { id: true, name: true, country: true, vatNumber: true, createdAt: true } },
        },
      }),
      db.organizationInvitation.findMany({
        where: { email: { equals: user.email, mode: "insensitive" } },
        select: {
          id: true,
          organization: { select: { name: true } },
          createdAt: true,
          expiresAt: true,
          acceptedAt: true,
        },
      }),
      db.cart.findMany({ where: { userId }, include: { lines: true }, orderBy: { createdAt: "asc" } }),
      db.order.findMany({
        where: ordersOfUserWhere(user),
        include: { lines: true, addresses: true, events: { orderBy: { createdAt: "asc" } }, refunds: true },
        orderBy: { createdAt: "asc" },
      }),
      db.address.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
      db.savedList.findMany({
        where: { userId },
        include: {
          items: { include: { product: PRODUCT_LABEL, variant: VARIANT_LABEL }, orderBy: { createdAt: "asc" } },
        },
        orderBy: { createdAt: "asc" },
      }),
      db.productView.findMany({
        where: { userId },
        include: { product: PRODUCT_LABEL },
        orderBy: { lastViewedAt: "desc" },
      }),
      db.testimonial.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    ]);

  // E-mails sent to the account's address or about its orders. Bodies are left out: they are
  // re-renderings of the records above and would make the file large; subject, dates and status say what
  // was sent and when.
  const emails = await db.emailOutbox.findMany({
    where: {
      OR: [
        { to: { equals: user.email, mode: "insensitive" } },
        { orderId: { in: orders.map((o) => o.id) } },
        // keyed by the account ("inactivity-warning:<userId>:…"), possibly sent to a former address
        { key: { contains: user.id } },
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

  // Those of the address count once it is verified, as for guest orders: the footer form asks no account.
  const newsletterSubscriptions = await db.newsletterSubscription.findMany({
    where: user.emailVerified
      ? { OR: [{ userId }, { email: { equals: user.email, mode: "insensitive" } }] }
      : { userId },
    omit: { confirmTokenHash: true },
    orderBy: { createdAt: "asc" },
  });

  // Like subscriptions: the contact form asks no account, so the address counts once it is verified.
  const contactMessages = user.emailVerified
    ? await db.contactMessage.findMany({
        where: { email: { equals: user.email, mode: "insensitive" } },
        include: { replies: { select: { body: true, sentAt: true }, orderBy: { sentAt: "asc" } } },
        orderBy: { createdAt: "asc" },
      })
    : [];

  const otherRecords: Record<string, Json[]> = {};
  for (const table of await personalTables(db)) {
    if (EXPLICITLY_EXPORTED.has(table.table)) continue;
    for (const column of table.userColumns) {
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT * FROM ${quoteIdent(table.table)} WHERE ${quoteIdent(column)} = $1`,
        userId,
      );
      if (rows.length === 0) continue;
      const withoutSecrets = rows.map((row) =>
        Object.fromEntries(Object.entries(row).filter(([name]) => !SECRET_COLUMN.test(name))),
      );
      otherRecords[table.table] = [...(otherRecords[table.table] ?? []), ...withoutSecrets.map(toJson)];
    }
  }

  return {
    format: EXPORT_FORMAT,
    generatedAt: now.toISOString(),
    user: toJson(user),
    sessions: sessions.map(toJson),
    authTokens: tokens.map(toJson),
    signInProviders: accounts.map(toJson),
    memberships: memberships.map(toJson),
    invitations: invitations.map(toJson),
    carts: carts.map(toJson),
    orders: orders.map(toJson),
    addresses: addresses.map(toJson),
    savedLists: lists.map(toJson),
    interests: views.map(toJson),
    testimonials: testimonials.map(toJson),
    consents: toJson({
      newsletter: user.newsletter,
      promotions: user.promotions,
      recordInterests: user.recordInterests,
      testimonialNames: testimonials.map((t) => ({
        testimonialId: t.id,
        showName: t.showName,
        nameConsentAt: t.nameConsentAt,
      })),
    }),
    newsletterSubscriptions: newsletterSubscriptions.map(toJson),
    contactMessages: contactMessages.map(toJson),
    emails: emails.map(toJson),
    otherRecords,
  };
}

/** Makes a database value JSON-safe: dates as ISO strings, bigints and decimals as strings, bytes as base64. */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") {
    // Prisma.Decimal and similar value objects serialise through toJSON.
    if ("toJSON" in value && typeof value.toJSON === "function") return toJson(value.toJSON());
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, toJson(v)]));
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
