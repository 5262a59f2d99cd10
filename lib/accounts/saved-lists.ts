// Saved lists (P13 "listes précédentes"): named lists of products a customer keeps for later. Every
// function takes the customer's id and finds lists and items through it, so another customer's list or
// item id behaves exactly like an id that does not exist (SavedListError "notFound", shown as a 404).
import { z } from "zod";
import { addToCart, CartError } from "@/lib/cart/cart";
import { MAX_LINE_QUANTITY } from "@/lib/checkout/totals";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export const LIST_NAME_MAX_LENGTH = 60;

const id = z.string().regex(/^[a-z0-9]{10,40}$/);
// Messages are keys of "AccountLists.errors".
export const listNameSchema = z.string().trim().min(1, "required").max(LIST_NAME_MAX_LENGTH, "tooLong");
const quantity = z.coerce.number().int("quantity").min(1, "quantity").max(MAX_LINE_QUANTITY, "quantity");

export const createListSchema = z.object({ name: listNameSchema });
export const renameListSchema = z.object({ listId: id, name: listNameSchema });
export const listIdSchema = z.object({ listId: id });
export const itemIdSchema = z.object({ itemId: id });
export const itemQuantitySchema = z.object({ itemId: id, quantity });
export const moveToCartSchema = z.object({ listId: id, itemId: id.optional() });
/** From the product page: into an existing list, or into a new one named there. */
export const saveToListSchema = z.object({
  productId: id,
  variantId: id.nullish(),
  target: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("list"), listId: id }),
    z.object({ kind: z.literal("new"), name: listNameSchema }),
  ]),
});

export class SavedListError extends Error {
  constructor(readonly code: "notFound" | "duplicateName" | "productUnavailable" | "variantRequired" | "quantity") {
    super(code);
  }
}

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
  if (!userId) throw new SavedListError("notFound");
  const clean = listNameSchema.parse(name);
  await assertNameFree(db, userId, clean, null);
  return uniqueName(() => db.savedList.create({ data: { userId, name: clean }, select: { id: true, name: true } }));
}

export async function renameSavedList(db: Db | Tx, userId: string, listId: string, name: string): Promise<void> {
  const list = await ownList(db, userId, listId);
  const clean = listNameSchema.parse(name);
  await assertNameFree(db, userId, clean, list.id);
  await uniqueName(() => db.savedList.update({ where: { id: list.id }, data: { name: clean } }));
}

export async function deleteSavedList(db: Db | Tx, userId: string, listId: string): Promise<void> {
  const list = await ownList(db, userId, listId);
  await db.savedList.delete({ where: { id: list.id } });
}

/** A list with its items as the shopper sees them today (price, stock, availability), or null (→ 404). */
export async function getSavedList(
  db: Db | Tx,
  userId: string,
  listId: string,
  locale: Locale,
): Promise<SavedListView | null> {
  if (!userId || !id.safeParse(listId).success) return null;
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

export type SaveItemInput = { productId: string; variantId?: string | null; quantity?: number };

/**
 * Adds a product (the chosen variant when it has variants) to one of the customer's lists; the same
 * item again adds to its quantity. Out-of-stock items may be saved (for later), retired ones may not.
 */
export async function addToSavedList(db: Db | Tx, userId: string, listId: string, input: SaveItemInput): Promise<void> {
  const list = await ownList(db, userId, listId);
  const added = input.quantity ?? 1;
  if (!quantity.safeParse(added).success) throw new SavedListError("quantity");
  const product = await db.product.findFirst({
    where: { id: input.productId, active: true },
    include: { variants: { where: { active: true }, select: { id: true } } },
  });
  if (!product) throw new SavedListError("productUnavailable");
  const hasVariants = product.variants.length > 0;
  if (hasVariants && !input.variantId) throw new SavedListError("variantRequired");
  if (input.variantId && !product.variants.some((v) => v.id === input.variantId))
    throw new SavedListError("productUnavailable");
  const variantId = hasVariants ? input.variantId! : null;

  const existing = await db.savedListItem.findFirst({ where: { listId: list.id, productId: product.id, variantId } });
  if (existing) {
    const total = Math.min(existing.quantity + added, MAX_LINE_QUANTITY);
    await db.savedListItem.update({ where: { id: existing.id }, data: { quantity: total } });
  } else {
    await db.savedListItem.create({ data: { listId: list.id, productId: product.id, variantId, quantity: added } });
  }
  await db.savedList.update({ where: { id: list.id }, data: { updatedAt: new Date() } });
}

/** "Create a list" from the product page: the list and its first item, or neither. */
export async function saveToNewList(db: Db, userId: string, name: string, input: SaveItemInput) {
  return db.$transaction(async (tx) => {
    const list = await createSavedList(tx, userId, name);
    await addToSavedList(tx, userId, list.id, input);
    return list;
  });
}

export async function updateSavedListItem(db: Db | Tx, userId: string, itemId: string, newQuantity: number) {
  if (!quantity.safeParse(newQuantity).success) throw new SavedListError("quantity");
  const item = await ownItem(db, userId, itemId);
  await db.savedListItem.update({ where: { id: item.id }, data: { quantity: newQuantity } });
}

export async function removeSavedListItem(db: Db | Tx, userId: string, itemId: string): Promise<void> {
  const item = await ownItem(db, userId, itemId);
  await db.savedListItem.delete({ where: { id: item.id } });
}

export type MoveResult = {
  /** the cart the items went into (created when the shopper had none), or the one given */
  cartId: string | null;
  moved: number;
  notMoved: { itemId: string; name: string; reason: "unavailable" | "outOfStock" }[];
};

/**
 * Moves one item (or the whole list) to the cart: an item that made it into the cart leaves the list;
 * one that is retired or short of stock stays, and is reported.
 */
export async function moveSavedItemsToCart(
  db: Db,
  userId: string,
  params: { listId: string; itemId?: string; cartId: string | null; locale: Locale },
): Promise<MoveResult> {
  const list = await getSavedList(db, userId, params.listId, params.locale);
  if (!list) throw new SavedListError("notFound");
  const items = params.itemId ? list.items.filter((item) => item.id === params.itemId) : list.items;
  if (params.itemId && items.length === 0) throw new SavedListError("notFound");

  let cartId = params.cartId;
  const result: MoveResult = { cartId, moved: 0, notMoved: [] };
  for (const item of items) {
    if (item.status !== "available") {
      result.notMoved.push({
        itemId: item.id,
        name: item.name,
        reason: item.status === "unavailable" ? "unavailable" : "outOfStock",
      });
      continue;
    }
    try {
      cartId = await addToCart(db, cartId, {
        productId: item.productId,
        variantId: item.variantId,
        quantity: item.quantity,
      });
    } catch (error) {
      if (!(error instanceof CartError)) throw error;
      // Stock taken meanwhile, or the cart already holds as many as there are: the item stays listed.
      const reason = error.code === "outOfStock" || error.code === "quantity" ? "outOfStock" : "unavailable";
      result.notMoved.push({ itemId: item.id, name: item.name, reason });
      continue;
    }
    await db.savedListItem.deleteMany({ where: { id: item.id, listId: list.id } });
    result.moved += item.quantity;
  }
  return { ...result, cartId };
}

async function ownList(db: Db | Tx, userId: string, listId: string) {
  if (!userId || !id.safeParse(listId).success) throw new SavedListError("notFound");
  const list = await db.savedList.findFirst({ where: { id: listId, userId }, select: { id: true } });
  if (!list) throw new SavedListError("notFound");
  return list;
}

async function ownItem(db: Db | Tx, userId: string, itemId: string) {
  if (!userId || !id.safeParse(itemId).success) throw new SavedListError("notFound");
  const item = await db.savedListItem.findFirst({ where: { id: itemId, list: { userId } }, select: { id: true } });
  if (!item) throw new SavedListError("notFound");
  return item;
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
  if (clash) throw new SavedListError("duplicateName");
}

/** Two tabs creating the same name at once: the unique index decides, reported like the check above. */
async function uniqueName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new SavedListError("duplicateName");
    throw error;
  }
}
