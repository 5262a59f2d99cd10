"use server";
// Saved lists (P13). Every export is a public POST endpoint: each checks the session and acts only on the
// customer's own lists (the lib functions find lists and items through the customer's id).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  createListSchema,
  createSavedList,
  deleteSavedList,
  getSavedList,
  itemIdSchema,
  itemQuantitySchema,
  listIdSchema,
  listSavedLists,
  moveSavedItemsToCart,
  moveToCartSchema,
  removeSavedListItem,
  renameListSchema,
  renameSavedList,
  SavedListError,
  updateSavedListItem,
  type MoveResult,
} from "@/lib/accounts/saved-lists";
import { requireUser } from "@/lib/auth/current-user";
import { attachCartToUser } from "@/lib/cart/cart";
import { readCartId, writeCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { formLocale, formText } from "@/lib/forms";
import type { Locale } from "@/lib/i18n/routing";

/** Keys of "AccountLists.errors". */
export type ListErrorKey = SavedListError["code"] | "required" | "tooLong" | "invalid" | "failed";

export type ListsState = {
  attempt?: number;
  done?: { kind: "created" | "renamed" | "deleted"; name: string };
  error?: ListErrorKey;
  /** by input name: "name" (new list) or "name-<listId>" (rename) */
  fieldErrors?: Record<string, ListErrorKey>;
  /** what was typed, by input name, given back when it was refused */
  values?: Record<string, string>;
};

export type ListItemsState = {
  attempt?: number;
  done?:
    | { kind: "updated"; name: string; quantity: number }
    | { kind: "removed"; name: string }
    | { kind: "moved"; count: number; notMoved: MoveResult["notMoved"] };
  error?: ListErrorKey;
};

const nameError = (error: z.ZodError): ListErrorKey => {
  const message = error.issues.find((issue) => issue.path.includes("name"))?.message;
  return message === "required" || message === "tooLong" ? message : "invalid";
};

/** The lists page: intent "create", "rename" (listId, name) or "delete" (listId). */
export async function manageListsAction(previous: ListsState, form: FormData): Promise<ListsState> {
  const locale = formLocale(form);
  const user = await requireUser(locale);
  const attempt = (previous?.attempt ?? 0) + 1;
  const intent = formText(form, "intent", 20);
  const listId = formText(form, "listId", 100);
  const field = intent === "rename" ? `name-${listId}` : "name";
  const name = formText(form, "name");

  try {
    if (intent === "create") {
      const parsed = createListSchema.safeParse({ name });
      if (!parsed.success) return { attempt, values: { name }, fieldErrors: { name: nameError(parsed.error) } };
      const list = await createSavedList(db, user.id, parsed.data.name);
      refresh(locale);
      return { attempt, done: { kind: "created", name: list.name } };
    }
    if (intent === "rename") {
      const parsed = renameListSchema.safeParse({ listId, name });
      if (!parsed.success)
        return { attempt, values: { [field]: name }, fieldErrors: { [field]: nameError(parsed.error) } };
      await renameSavedList(db, user.id, parsed.data.listId, parsed.data.name);
      refresh(locale, parsed.data.listId);
      return { attempt, done: { kind: "renamed", name: parsed.data.name } };
    }
    if (intent === "delete") {
      const parsed = listIdSchema.safeParse({ listId });
      if (!parsed.success) return { attempt, error: "notFound" };
      const list = (await listSavedLists(db, user.id)).find((l) => l.id === parsed.data.listId);
      await deleteSavedList(db, user.id, parsed.data.listId);
      refresh(locale, parsed.data.listId);
      return { attempt, done: { kind: "deleted", name: list?.name ?? "" } };
    }
    return { attempt, error: "invalid" };
  } catch (error) {
    if (!(error instanceof SavedListError)) throw error;
    if (error.code === "duplicateName")
      return { attempt, values: { [field]: name }, fieldErrors: { [field]: error.code } };
    return { attempt, error: error.code };
  }
}

/** A list's page: intent "quantity" (itemId, quantity), "remove" (itemId), "move" (itemId) or "moveAll". */
export async function manageListItemsAction(previous: ListItemsState, form: FormData): Promise<ListItemsState> {
  const locale = formLocale(form);
  const user = await requireUser(locale);
  const attempt = (previous?.attempt ?? 0) + 1;
  const intent = formText(form, "intent", 20);
  const listId = formText(form, "listId", 100);
  const itemId = formText(form, "itemId", 100);

  const list = await getSavedList(db, user.id, listId, locale);
  if (!list) return { attempt, error: "notFound" };
  const item = list.items.find((i) => i.id === itemId);
  try {
    if (intent === "quantity") {
      const parsed = itemQuantitySchema.safeParse({ itemId, quantity: formText(form, "quantity", 10) });
      if (!parsed.success)
        return { attempt, error: parsed.error.issues[0]?.path[0] === "quantity" ? "quantity" : "notFound" };
      if (!item) return { attempt, error: "notFound" };
      await updateSavedListItem(db, user.id, parsed.data.itemId, parsed.data.quantity);
      refresh(locale, list.id);
      return { attempt, done: { kind: "updated", name: item.name, quantity: parsed.data.quantity } };
    }
    if (intent === "remove") {
      if (!itemIdSchema.safeParse({ itemId }).success || !item) return { attempt, error: "notFound" };
      await removeSavedListItem(db, user.id, itemId);
      refresh(locale, list.id);
      return { attempt, done: { kind: "removed", name: item.name } };
    }
    if (intent === "move" || intent === "moveAll") {
      const parsed = moveToCartSchema.safeParse({ listId, itemId: intent === "move" ? itemId : undefined });
      if (!parsed.success) return { attempt, error: "notFound" };
      const result = await moveToCart(user.id, locale, parsed.data);
      refresh(locale, list.id);
      return { attempt, done: { kind: "moved", count: result.moved, notMoved: result.notMoved } };
    }
    return { attempt, error: "invalid" };
  } catch (error) {
    if (error instanceof SavedListError) return { attempt, error: error.code };
    throw error;
  }
}

/** Into the cart of this browser; a signed-in shopper without one gets their account's cart, or a new one. */
async function moveToCart(userId: string, locale: Locale, target: { listId: string; itemId?: string }) {
  const cookieCartId = await readCartId();
  const cartId = cookieCartId ?? (await attachCartToUser(db, null, userId));
  const result = await moveSavedItemsToCart(db, userId, { ...target, cartId, locale });
  if (result.cartId && result.cartId !== cookieCartId) {
    // A cart created here belongs to the account, so that it is found again at the next sign-in (P16).
    await db.cart.updateMany({ where: { id: result.cartId, userId: null }, data: { userId } });
    await writeCartId(result.cartId);
  }
  return result;
}

function refresh(locale: Locale, listId?: string) {
  revalidatePath(`/${locale}/account/lists`);
  if (listId) revalidatePath(`/${locale}/account/lists/${listId}`);
}
