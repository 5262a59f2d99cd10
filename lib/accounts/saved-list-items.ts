// The items of a saved list (P13): saved from the product page (into a list, or a new one named there),
// their quantity changed, removed, moved to the cart. Like ./saved-lists, every function finds lists and
// items through the customer's id: another customer's id is "notFound", like one that does not exist.
import { z } from "zod";
import { addToCart, attachCartToUser, claimCart } from "@/lib/cart/cart";
import { MAX_LINE_QUANTITY } from "@/lib/orders/totals";
import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import {
  createSavedList,
  getOwnListOrThrow,
  getSavedList,
  listNameSchema,
  savedListIdSchema as id,
  type SavedListItemView,
} from "./saved-lists";

const quantity = z.coerce.number().int("quantity").min(1, "quantity").max(MAX_LINE_QUANTITY, "quantity");

/** A list's page: intent "quantity" (itemId, quantity), "remove" or "move" (itemId), or "moveAll". */
export const listItemsFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("quantity"), listId: id, itemId: id, quantity }),
  z.object({ intent: z.literal("remove"), listId: id, itemId: id }),
  z.object({ intent: z.literal("move"), listId: id, itemId: id }),
  z.object({ intent: z.literal("moveAll"), listId: id }),
]);

const savedProduct = { productId: id, variantId: id.nullish() };
/** From the product page: into one of the customer's lists (listId), or into a new one named there (name). */
export const saveToListSchema = z.discriminatedUnion("target", [
  z.object({ ...savedProduct, target: z.literal("list"), listId: id }),
  z.object({ ...savedProduct, target: z.literal("new"), name: listNameSchema }),
]);

export type SaveItemInput = { productId: string; variantId?: string | null; quantity?: number };

/**
 * Adds a product (the chosen variant when it has variants) to one of the customer's lists; the same
 * item again adds to its quantity. Out-of-stock items may be saved (for later), retired ones may not.
 * Returns the list (id and name).
 */
export async function addToSavedList(db: Db | Tx, userId: string, listId: string, input: SaveItemInput) {
  const list = await getOwnListOrThrow(db, userId, listId);
  const added = input.quantity ?? 1;
  if (!quantity.safeParse(added).success) throw new DomainError("quantity");
  const product = await db.product.findFirst({
    where: { id: input.productId, active: true },
    include: { variants: { where: { active: true }, select: { id: true } } },
  });
  if (!product) throw new DomainError("productUnavailable");
  const hasVariants = product.variants.length > 0;
  if (hasVariants && !input.variantId) throw new DomainError("variantRequired");
  if (input.variantId && !product.variants.some((v) => v.id === input.variantId))
    throw new DomainError("productUnavailable");
  const variantId = hasVariants ? input.variantId! : null;

  const existing = await db.savedListItem.findFirst({ where: { listId: list.id, productId: product.id, variantId } });
  if (existing) {
    const total = Math.min(existing.quantity + added, MAX_LINE_QUANTITY);
    await db.savedListItem.update({ where: { id: existing.id }, data: { quantity: total } });
  } else {
    await db.savedListItem.create({ data: { listId: list.id, productId: product.id, variantId, quantity: added } });
  }
  await db.savedList.update({ where: { id: list.id }, data: { updatedAt: new Date() } });
  return list;
}

/** "Create a list" from the product page: the list and its first item, or neither. */
export async function saveToNewList(db: Db, userId: string, name: string, input: SaveItemInput) {
  return db.$transaction(async (tx) => {
    const list = await createSavedList(tx, userId, name);
    await addToSavedList(tx, userId, list.id, input);
    return list;
  });
}

/** "Add to a list" on the product page; returns the list it went into (id and name). */
export async function saveToList(db: Db, userId: string, input: z.output<typeof saveToListSchema>) {
  const item = { productId: input.productId, variantId: input.variantId };
  return input.target === "new"
    ? saveToNewList(db, userId, input.name, item)
    : addToSavedList(db, userId, input.listId, item);
}

/** One item of one of the customer's lists, as its page shows it (name in `locale`), for a confirmation. */
export async function getSavedListItem(
  db: Db | Tx,
  userId: string,
  listId: string,
  itemId: string,
  locale: Locale,
): Promise<SavedListItemView> {
  const item = (await getSavedList(db, userId, listId, locale))?.items.find((i) => i.id === itemId);
  if (!item) throw new DomainError("notFound");
  return item;
}

export async function updateSavedListItem(db: Db | Tx, userId: string, itemId: string, newQuantity: number) {
  if (!quantity.safeParse(newQuantity).success) throw new DomainError("quantity", { field: "quantity" });
  const item = await ownItem(db, userId, itemId);
  await db.savedListItem.update({ where: { id: item.id }, data: { quantity: newQuantity } });
}

export async function removeSavedListItem(db: Db | Tx, userId: string, itemId: string): Promise<void> {
  const item = await ownItem(db, userId, itemId);
  await db.savedListItem.delete({ where: { id: item.id } });
}

export type MoveResult = {
  /** the cart the items went into (the account's, or created here), or the one given */
  cartId: string | null;
  moved: number;
  notMoved: { itemId: string; name: string; reason: "unavailable" | "outOfStock" }[];
};

/**
 * Moves one item (or the whole list) to the cart: an item that made it into the cart leaves the list;
 * one that is retired or short of stock stays, and is reported. `cartId` is the browser's cart; without
 * one, the account's cart is used, or a new one that becomes the account's (found again at the next
 * sign-in, P16). The caller keeps the returned cart id (the cookie) when it differs.
 */
export async function moveSavedItemsToCart(
  db: Db,
  userId: string,
  params: { listId: string; itemId?: string; cartId: string | null; locale: Locale },
): Promise<MoveResult> {
  const list = await getSavedList(db, userId, params.listId, params.locale);
  if (!list) throw new DomainError("notFound");
  const items = params.itemId ? list.items.filter((item) => item.id === params.itemId) : list.items;
  if (params.itemId && items.length === 0) throw new DomainError("notFound");

  const startCartId = params.cartId ?? (await attachCartToUser(db, null, userId));
  let cartId = startCartId;
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
      if (!(error instanceof DomainError)) throw error;
      // Stock taken meanwhile, or the cart already holds as many as there are: the item stays listed.
      const reason = error.code === "outOfStock" || error.code === "quantity" ? "outOfStock" : "unavailable";
      result.notMoved.push({ itemId: item.id, name: item.name, reason });
      continue;
    }
    await db.savedListItem.deleteMany({ where: { id: item.id, listId: list.id } });
    result.moved += item.quantity;
  }
  if (cartId && cartId !== startCartId) await claimCart(db, cartId, userId);
  return { ...result, cartId };
}

async function ownItem(db: Db | Tx, userId: string, itemId: string) {
  if (!userId || !id.safeParse(itemId).success) throw new DomainError("notFound");
  const item = await db.savedListItem.findFirst({ where: { id: itemId, list: { userId } }, select: { id: true } });
  if (!item) throw new DomainError("notFound");
  return item;
}
