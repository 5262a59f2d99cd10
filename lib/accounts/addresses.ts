// The address book of Mon compte (P2, P13): the customer's shipping and billing addresses, validated with
// the checkout's rules (lib/address: countries, postal code per country, phone), with at most one
// default of each kind. The database enforces that rule too (partial unique indexes
// "Address_one_default_shipping"/"…_billing"), so the old default is unset in the same transaction
// before the new one is set. Every function takes the user id and makes it part of the query: another
// customer's address id is "not found".
import { z } from "zod";
import { emptyAddress, type AddressFields } from "@/lib/address/fields";
import { addressFieldsSchema, checkAddress, normalizeAddress, type Address } from "@/lib/address/rules";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { checkbox } from "@/lib/forms/fields";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type DefaultKind = "shipping" | "billing";
const FLAG = { shipping: "defaultShipping", billing: "defaultBilling" } as const satisfies Record<DefaultKind, string>;
export const DEFAULT_KINDS = Object.keys(FLAG) as DefaultKind[];

/** An address of the book with its two "use by default" flags, as the functions below take it. */
export type AddressBookInput = { address: Address; defaultShipping: boolean; defaultBilling: boolean };
/** The add/edit form's values as the page fills it in. */
export type AddressFormValues = AddressFields & { defaultShipping: boolean; defaultBilling: boolean };

// An empty id, or one far longer than ours (cuid), names no address: refused like another customer's.
const addressId = z.string().trim().min(1, "notFound").max(100, "notFound");

/**
 * The add/edit form: the checkout's address (inputs named like its fields, "postalCode"), the two "use
 * by default" boxes, and `addressId` when an address is edited.
 */
export const addressBookFormSchema = addressFieldsSchema
  .extend({ addressId: addressId.optional(), defaultShipping: checkbox, defaultBilling: checkbox })
  .superRefine(checkAddress)
  .transform(({ addressId, defaultShipping, defaultBilling, ...address }) => ({
    addressId,
    entry: { address: normalizeAddress(address), defaultShipping, defaultBilling } satisfies AddressBookInput,
  }));

/** The list's buttons: delete one address, or make it the default of one kind. */
export const addressIdSchema = z.object({ addressId });
export const defaultAddressSchema = z.object({
  addressId,
  kind: z.enum(["shipping", "billing"] as const satisfies readonly DefaultKind[], { error: "invalid" }),
});

const notFound = () => new DomainError("notFound");

function requireIds(...ids: string[]): void {
  // An undefined id in a Prisma `where` matches every row: refuse it loudly instead.
  if (ids.some((id) => typeof id !== "string" || id === "")) throw new Error("address book: ids are required");
}

const SELECT = {
  id: true,
  name: true,
  company: true,
  line1: true,
  line2: true,
  postalCode: true,
  city: true,
  country: true,
  phone: true,
  defaultShipping: true,
  defaultBilling: true,
} as const;

export type SavedAddress = Prisma.AddressGetPayload<{ select: typeof SELECT }>;

/** Defaults first, then the oldest first (the order they were added). */
export async function listAddresses(db: Db | Tx, userId: string): Promise<SavedAddress[]> {
  requireIds(userId);
  return db.address.findMany({
    where: { userId },
    orderBy: [{ defaultShipping: "desc" }, { defaultBilling: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
}

export async function findAddress(db: Db | Tx, userId: string, addressId: string): Promise<SavedAddress | null> {
  requireIds(userId, addressId);
  return db.address.findFirst({ where: { id: addressId, userId }, select: SELECT });
}

/** For the checkout: the address to pre-fill for a signed-in customer, if they chose one. */
export async function defaultShippingAddress(db: Db | Tx, userId: string): Promise<SavedAddress | null> {
  requireIds(userId);
  return db.address.findFirst({ where: { userId, defaultShipping: true }, select: SELECT });
}

/**
 * Runs a change of defaults in a transaction. Two of them at the same moment (two tabs) can both unset
 * the old default and then collide on the unique index: the loser runs once more on the new state.
 */
async function inDefaultsTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.$transaction(work);
  }
}

/** Unsets the user's current defaults of the kinds asked for, except on `keepId`. */
async function clearDefaults(tx: Tx, userId: string, kinds: DefaultKind[], keepId?: string): Promise<void> {
  for (const kind of kinds) {
    await tx.address.updateMany({
      where: { userId, [FLAG[kind]]: true, ...(keepId ? { id: { not: keepId } } : {}) },
      data: { [FLAG[kind]]: false },
    });
  }
}

const chosenKinds = (input: AddressBookInput) => DEFAULT_KINDS.filter((kind) => input[FLAG[kind]]);

function addressData(input: AddressBookInput) {
  const { address } = input;
  return {
    name: address.name,
    company: address.company ?? null,
    line1: address.line1,
    line2: address.line2 ?? null,
    postalCode: address.postalCode,
    city: address.city,
    country: address.country,
    phone: address.phone ?? null,
    defaultShipping: input.defaultShipping,
    defaultBilling: input.defaultBilling,
  };
}

export async function createAddress(db: Db, userId: string, input: AddressBookInput, now: Date): Promise<string> {
  requireIds(userId);
  return inDefaultsTransaction(db, async (tx) => {
    await clearDefaults(tx, userId, chosenKinds(input));
    const created = await tx.address.create({
      data: { ...addressData(input), userId, createdAt: now, updatedAt: now },
      select: { id: true },
    });
    return created.id;
  });
}

/** Unticking a box removes that default. Another customer's address (or none) is DomainError "notFound". */
export async function updateAddress(
  db: Db,
  userId: string,
  addressId: string,
  input: AddressBookInput,
  now: Date,
): Promise<void> {
  requireIds(userId, addressId);
  await inDefaultsTransaction(db, async (tx) => {
    if (!(await tx.address.findFirst({ where: { id: addressId, userId }, select: { id: true } }))) throw notFound();
    await clearDefaults(tx, userId, chosenKinds(input), addressId);
    await tx.address.update({ where: { id: addressId }, data: { ...addressData(input), updatedAt: now } });
  });
}

/** A deleted default leaves no default of that kind. Another customer's address is DomainError "notFound". */
export async function deleteAddress(db: Db, userId: string, addressId: string): Promise<void> {
  requireIds(userId, addressId);
  const { count } = await db.address.deleteMany({ where: { id: addressId, userId } });
  if (count !== 1) throw notFound();
}

/**
 * Makes the address the default of `kind`, unsetting the previous one. Another customer's address is
 * DomainError "notFound".
 */
export async function setDefaultAddress(
  db: Db,
  userId: string,
  addressId: string,
  kind: DefaultKind,
  now: Date,
): Promise<void> {
  requireIds(userId, addressId);
  if (!DEFAULT_KINDS.includes(kind)) throw new Error(`unknown default kind: ${String(kind)}`);
  await inDefaultsTransaction(db, async (tx) => {
    if (!(await tx.address.findFirst({ where: { id: addressId, userId }, select: { id: true } }))) throw notFound();
    await clearDefaults(tx, userId, [kind], addressId);
    await tx.address.update({ where: { id: addressId }, data: { [FLAG[kind]]: true, updatedAt: now } });
  });
}

const asFields = (address: SavedAddress): AddressFields => ({
  name: address.name,
  company: address.company ?? "",
  line1: address.line1,
  line2: address.line2 ?? "",
  postalCode: address.postalCode,
  city: address.city,
  country: address.country,
  phone: address.phone ?? "",
});

/**
 * The checkout's starting values for a signed-in customer: their e-mail and default addresses. Without a
 * default billing address (or with the same one), billing stays "same as shipping".
 */
export async function checkoutPrefill(db: Db | Tx, userId: string, email: string) {
  requireIds(userId);
  const defaults = await db.address.findMany({
    where: { userId, OR: [{ defaultShipping: true }, { defaultBilling: true }] },
    select: SELECT,
  });
  const shipping = defaults.find((a) => a.defaultShipping);
  const billing = defaults.find((a) => a.defaultBilling);
  return {
    email,
    shipping: shipping ? asFields(shipping) : emptyAddress(),
    billingSameAsShipping: !billing || billing.id === shipping?.id,
    billing: billing ? asFields(billing) : emptyAddress(),
  };
}
