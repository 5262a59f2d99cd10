// P9: the audit log of the back office. Every admin write calls recordAudit() inside its own transaction, so an
// entry exists exactly when the change does. Only a few key fields of each target type are kept (AUDIT_FIELDS),
// and a field named like a credential or payment data is refused outright, even one the allow-list would have
// dropped: the caller passed it, so the code is wrong, and the write is undone rather than half-audited.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, shopDay, type ShopDay } from "@/lib/jobs/shop-day";
import { assertAdmin, type Viewer } from "./access";
import {
  defineTable,
  pageCount,
  parseTableParams,
  skipFor,
  type RawSearchParams,
  type TableParams,
} from "./table-params";

export const AUDIT_TARGET_TYPES = [
  "legalDisclosure",
  "product",
  "productVariant",
  "category",
  "order",
  "refund",
  "testimonial",
  "paymentGateway",
  "policyDocument",
  "contactMessage",
  "campaign",
  "customer",
  "adminAccount",
  "shopSettings",
  "productImage",
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/**
 * The key fields kept per target type; any other field given is dropped. Nothing that names a customer
 * (name, e-mail, address, message text): the log outlives neither its retention line nor an erasure's intent.
 * Each new admin write adds its target type here, with a label under AdminAudit.targetTypes in messages.
 */
export const AUDIT_FIELDS: { readonly [Type in AuditTargetType]: readonly string[] } = {
  legalDisclosure: ["authority", "legalBasis", "disclosedOn"],
  product: ["slug", "categoryId", "priceCents", "vatRateBp", "stock", "active", "featured"],
  productVariant: ["sku", "priceCents", "stock", "active"],
  category: ["slug", "parentId", "position"],
  order: ["status", "totalCents", "currency", "carrier", "contactChannel"],
  refund: ["orderId", "amountCents", "provider", "status"],
  testimonial: ["status"],
  paymentGateway: ["enabled"],
  policyDocument: ["kind", "version", "effectiveAt", "noticesQueued"],
  contactMessage: ["kind", "status"],
  // a newsletter campaign: which list and where it stands, never its text or its recipients
  campaign: ["list", "status"],
  // an account's role, or "guest" (kind) for an address without one; erasedRows: how many rows an erasure changed
  customer: ["role", "kind", "erasedRows"],
  // the admin's own second factor: that it happened is the record, no field of it is kept
  adminAccount: [],
  // the shop's own public contact details (lib/settings/shop-contact.ts), not a person's
  shopSettings: ["phone", "email", "address"],
  // a product photo: where it sits in the gallery and its size, never its alt texts
  productImage: ["productId", "position", "width", "height"],
};

/** Every action code, "<targetType>.<verb>"; each has its label under AdminAudit.actions in messages. */
export const AUDIT_ACTIONS = [
  "legalDisclosure.record",
  "order.ship",
  "order.cancel",
  "order.contactLog",
  "refund.create",
  "refund.retry",
  "customer.export",
  "customer.erase",
  "testimonial.approve",
  "testimonial.reject",
  "testimonial.hide",
  "contactMessage.reply",
  "contactMessage.reopen",
  "campaign.create",
  "campaign.update",
  "campaign.send",
  "campaign.test",
  "secondFactor.enrol",
  "secondFactor.renewRecoveryCodes",
  "policyDocument.draft",
  "policyDocument.publish",
  "paymentGateway.update",
  "shopSettings.update",
  "product.create",
  "product.update",
  "product.archive",
  "product.restore",
  "product.adjustStock",
  "productVariant.create",
  "productVariant.update",
  "productVariant.adjustStock",
  "productImage.upload",
  "productImage.update",
  "productImage.reorder",
  "productImage.delete",
  "category.create",
  "category.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);
export const isAuditTargetType = (value: string): value is AuditTargetType =>
  (AUDIT_TARGET_TYPES as readonly string[]).includes(value);

// Compared on the key with its separators removed ("card_number", "apiKey" → "cardnumber", "apikey")…
const SECRET_SUBSTRINGS =
  /password|passwd|passphrase|secret|token|iban|cvv|cvc|cardnumber|creditcard|apikey|privatekey/;
// …and, for short words that would match inside innocent ones ("footprint", "shipping"), word by word.
const SECRET_WORDS = new Set(["pwd", "pin", "pan", "card", "otp", "totp", "hash", "salt", "bic", "recovery"]);

/** Whether a field name looks like a password, token, secret, card or bank account detail. */
export function isSecretKey(key: string): boolean {
  if (SECRET_SUBSTRINGS.test(key.replace(/[^A-Za-z0-9]/g, "").toLowerCase())) return true;
  const words = key.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).map((word) => word.toLowerCase());
  return words.some((word) => SECRET_WORDS.has(word));
}

/** Thrown when a caller hands the audit log a field named like a secret: a bug, never stored. */
export class AuditSecretError extends Error {
  constructor(readonly key: string) {
    super(`The audit log refuses the field "${key}": it looks like a password, token, secret or payment data.`);
    this.name = "AuditSecretError";
  }
}

function refuseSecrets(value: unknown, path: string): void {
  if (Array.isArray(value)) value.forEach((item, index) => refuseSecrets(item, `${path}[${index}]`));
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (isSecretKey(key)) throw new AuditSecretError(keyPath);
      refuseSecrets(inner, keyPath);
    }
  }
}

type Json = Prisma.InputJsonValue | null;

function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value as string | number | boolean;
}

/** The allow-listed fields of `fields`, as JSON; undefined (stored as NULL) when there is nothing to keep. */
function keyFields(type: AuditTargetType, fields: Record<string, unknown> | null | undefined) {
  if (!fields) return undefined;
  refuseSecrets(fields, "");
  const kept = AUDIT_FIELDS[type].filter((key) => fields[key] !== undefined).map((key) => [key, toJson(fields[key])]);
  return kept.length > 0 ? (Object.fromEntries(kept) as Prisma.InputJsonObject) : undefined;
}

/** The admin doing the write, as requireAdmin() returns it. */
export type AuditActor = (NonNullable<Viewer> & { id: string }) | null;

export type AuditRecord = {
  action: AuditAction;
  target: { type: AuditTargetType; id: string };
  /** the target's fields before the write (null for a creation); only AUDIT_FIELDS[type] are kept */
  before?: Record<string, unknown> | null;
  /** the target's fields after the write (null for a deletion) */
  after?: Record<string, unknown> | null;
  /** when; the database's clock if omitted */
  at?: Date;
};

/** Writes one audit entry, inside the transaction of the write it describes. */
export async function recordAudit(tx: Tx, viewer: AuditActor, record: AuditRecord): Promise<{ id: string }> {
  assertAdmin(viewer);
  const { action, target, at } = record;
  return tx.auditEntry.create({
    data: {
      at,
      actorId: viewer.id,
      actorRole: viewer.role,
      action,
      targetType: target.type,
      targetId: target.id,
      before: keyFields(target.type, record.before),
      after: keyFields(target.type, record.after),
    },
    select: { id: true },
  });
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * The page's URL parameters (lib/admin/table-params.ts): newest first by default, filters by actor, action,
 * target and days of the shop's calendar ("YYYY-MM-DD", both included). A malformed value is no filter.
 */
export const AUDIT_TABLE = defineTable({
  sorts: { at: "desc" },
  defaultSort: "at",
  filters: {
    actor: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    action: z.enum(AUDIT_ACTIONS),
    targetType: z.enum(AUDIT_TARGET_TYPES),
    targetId: z.string().trim().min(1).max(100),
    from: z.iso.date(),
    to: z.iso.date(),
  },
});
export type AuditTableParams = TableParams<"at", (typeof AUDIT_TABLE)["filters"]>;

/** Reads the page's parameters from its searchParams: anything malformed falls back to the default. */
export function parseAuditParams(searchParams: RawSearchParams): AuditTableParams {
  return parseTableParams(AUDIT_TABLE, searchParams);
}

/** The first instant of a day of the shop's calendar (its offset to UTC is whole hours, between -12 and +14). */
function startOfShopDay(day: ShopDay): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  for (let hours = 14; hours >= -12; hours--) {
    const instant = new Date(midnightUtc - hours * 3_600_000);
    if (shopDay(instant) === day) return instant;
  }
  return new Date(midnightUtc);
}

export type AuditEntryView = {
  id: string;
  at: Date;
  /** the admin, or null once that account is gone */
  actor: { id: string; name: string | null; email: string } | null;
  action: string;
  targetType: string;
  targetId: string;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
};

/** One page of the log, newest first, with the total matching the filters; a page past the end shows the last. */
export async function listAuditEntries(
  db: Db,
  viewer: Viewer,
  params: AuditTableParams,
): Promise<{ entries: AuditEntryView[]; total: number; page: number }> {
  assertAdmin(viewer);
  const { filters } = params;
  const where: Prisma.AuditEntryWhereInput = {
    actorId: filters.actor,
    action: filters.action,
    targetType: filters.targetType,
    targetId: filters.targetId,
    at: {
      gte: filters.from ? startOfShopDay(filters.from) : undefined,
      lt: filters.to ? startOfShopDay(addDays(filters.to, 1)) : undefined,
    },
  };
  const total = await db.auditEntry.count({ where });
  const page = Math.min(params.page, pageCount(total, AUDIT_PAGE_SIZE));
  const entries = await db.auditEntry.findMany({
    where,
    orderBy: [{ at: params.direction }, { id: params.direction }],
    skip: skipFor(page, AUDIT_PAGE_SIZE),
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      at: true,
      action: true,
      targetType: true,
      targetId: true,
      before: true,
      after: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  return { entries, total, page };
}

/** The admins who appear in the log, for the page's actor filter. */
export async function listAuditActors(
  db: Db,
  viewer: Viewer,
): Promise<{ id: string; name: string | null; email: string }[]> {
  assertAdmin(viewer);
  return db.user.findMany({
    where: { auditEntries: { some: {} } },
    select: { id: true, name: true, email: true },
    orderBy: { email: "asc" },
  });
}
