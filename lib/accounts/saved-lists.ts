// Saved lists (P13 "listes précédentes"): named lists of products a customer keeps for later. Every
// function takes the customer's id and finds lists and items through it, so another customer's list or
// item id behaves exactly like an id that does not exist (DomainError "notFound", shown as a 404).
// What goes into a list and out of it (product page, quantities, move to the cart) is in ./saved-list-items.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/errors";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export const LIST_NAME_MAX_LENGTH = 60;

// Zod messages are error codes (lib/errors.ts). A malformed id is a list or item that does not exist.
export const savedListIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "notFound");
export const listNameSchema = z.string().trim().min(1, "required").max(LIST_NAME_MAX_LENGTH, "tooLong");

/** The lists page: intent "create" (name), "rename" (listId, name) or "delete" (listId). */
export const listsFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), name: listNameSchema }),
  z.object({ intent: z.literal("rename"), listId: savedListIdSchema, name: listNameSchema }),
  z.object({ intent: z.literal("delete"), listId: savedListIdSchema }),
]);

export type SavedListSummary = { id: string; name: string; itemCount: number };

export type SavedItemStatus = "available" | "insufficientStock" | "outOfStock" | "unavailable";

export type SavedListItemView = {
  id: string;
  productId: string;
  variantId: string | null;
  slug: string;
  name: string;
  size: string | null;
  /** colour code, named through messages `colours.<code>` */
  colour: string | null;
  imageUrl: string | null;
  imageAlt: string;
  priceCents: number;
  quantity: number;
  stock: number;
  status: SavedItemStatus;
};

export type SavedListView = { id: string; name: string; items: SavedListItemView[] };

export async function listSavedLists(db: Db | Tx, userId: string): Promise<SavedListSummary[]> {
  if (!userId) return [];
  const lists = await db.savedList.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, items: { select: { quantity: true } } },
  });
  return lists.map(({ items, ...list }) => ({ ...list, itemCount: items.reduce((sum, i) => sum + i.quantity, 0) }));
}

/** Creates a list; a name the customer already uses (whatever its case) is refused. */
export async function createSavedList(
  db: Db | Tx,
  userId: string,
  name: string,
): Promise<{ id: string; name: string }> {
  if (!userId) throw new DomainError("notFound");
  const clean = listNameSchema.parse(name);
  await assertNameFree(db, userId, clean, null);
  return uniqueName(() => db.savedList.create({ data: { userId, name: clean }, select: { id: true, name: true } }));
}

export async function renameSavedList(
  db: Db | Tx,
  userId: string,
  listId: string,
  name: string,
): Promise<{ id: string; name: string }> {
  const list = await getOwnListOrThrow(db, userId, listId);
  const clean = listNameSchema.parse(name);
  await assertNameFree(db, userId, clean, list.id);
  return uniqueName(() =>
    db.savedList.update({ where: { id: list.id }, data: { name: clean }, select: { id: true, name: true } }),
  );
}

/** Deletes a list with its items; returns what it was called, for the confirmation. */
export async function deleteSavedList(
  db: Db | Tx,
  userId: string,
  listId: string,
): Promise<{ id: string; name: string }> {
  const list = await getOwnListOrThrow(db, userId, listId);
  await db.savedList.delete({ where: { id: list.id } });
  return list;
}

/** A list with its items as the shopper sees them today (price, stock, availability), or null (→ 404). */
export async function getSavedList(
  db: Db | Tx,
  userId: string,
  listId: string,
  locale: Locale,
): Promise<SavedListView | null> {
  if (!userId || !savedListIdSchema.safeParse(listId).success) return null;
  const list = await db.savedList.findFirst({
    where: { id: listId, userId },
    include: {
      items: {
        orderBy: { createdAt: "asc" },
        include: {
          product: {
            include: { images: { orderBy: { position: "asc" }, take: 1 }, variants: { select: { id: true } } },
          },
          variant: true,
        },
      },
    },
  });
  if (!list) return null;
  const items = list.items.map((item): SavedListItemView => {
    const { product, variant } = item;
    // A product that gained variants since it was saved needs a size/colour choice: not movable as is.
    const active = product.active && (variant ? variant.active : product.variants.length === 0);
    const stock = Math.max(variant ? variant.stock : product.stock, 0);
    const image = product.images[0];
    return {
      id: item.id,
      productId: product.id,
      variantId: variant?.id ?? null,
      slug: product.slug,
      name: localize(product.name, locale),
      size: variant?.size ?? null,
      colour: variant?.colour ?? null,
      imageUrl: image?.url ?? null,
      imageAlt: image ? localize(image.alt, locale) : "",
      priceCents: variant?.priceCents ?? product.priceCents,
      quantity: item.quantity,
      stock,
      status: !active
        ? "unavailable"
        : stock === 0
          ? "outOfStock"
          : stock < item.quantity
            ? "insufficientStock"
            : "available",
    };
  });
  return { id: list.id, name: list.name, items };
}

/** One of the customer's lists (id and name); "notFound" for any other id, whoever's it is. */
export async function getOwnListOrThrow(db: Db | Tx, userId: string, listId: string) {
  if (!userId || !savedListIdSchema.safeParse(listId).success) throw new DomainError("notFound");
  const list = await db.savedList.findFirst({ where: { id: listId, userId }, select: { id: true, name: true } });
  if (!list) throw new DomainError("notFound");
  return list;
}

/** "Courses" and "courses" side by side would be confusing: names are unique per customer, case aside. */
async function assertNameFree(db: Db | Tx, userId: string, name: string, exceptListId: string | null) {
  const clash = await db.savedList.findFirst({
    where: {
      userId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptListId ? { NOT: { id: exceptListId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw new DomainError("duplicateName", { field: "name" });
}

/** Two tabs creating the same name at once: the unique index decides, reported like the check above. */
async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("duplicateName", { field: "name" });
    throw error;
  }
}
