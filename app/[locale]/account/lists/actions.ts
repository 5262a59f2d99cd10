"use server";
// Saved lists (P13 "listes précédentes"): the lists page and each list's page. The lib functions find lists
// and items through the customer's id, so another customer's ids are refused like unknown ones.
import { revalidatePath } from "next/cache";
import {
  getSavedListItem,
  listItemsFormSchema,
  moveSavedItemsToCart,
  removeSavedListItem,
  updateSavedListItem,
} from "@/lib/accounts/saved-list-items";
import { createSavedList, deleteSavedList, listsFormSchema, renameSavedList } from "@/lib/accounts/saved-lists";
import { defineAction } from "@/lib/actions/define";
import { readCartId, writeCartId } from "@/lib/cart/session";
import type { Locale } from "@/lib/i18n/routing";

function refresh(locale: Locale, listId?: string) {
  revalidatePath(`/${locale}/account/lists`);
  if (listId) revalidatePath(`/${locale}/account/lists/${listId}`);
}

/** The lists page: create, rename or delete a list; answers the list's name for the confirmation. */
export const manageListsAction = defineAction({
  access: "customer",
  schema: listsFormSchema,
  handler: async (input, { db, user, locale }) => {
    if (input.intent === "create") {
      const list = await createSavedList(db, user.id, input.name);
      refresh(locale);
      return { kind: "created" as const, name: list.name };
    }
    const list =
      input.intent === "rename"
        ? await renameSavedList(db, user.id, input.listId, input.name)
        : await deleteSavedList(db, user.id, input.listId);
    refresh(locale, list.id);
    return { kind: input.intent === "rename" ? ("renamed" as const) : ("deleted" as const), name: list.name };
  },
});

/** A list's page: change an item's quantity, remove it, move it (or every item) to the cart. */
export const manageListItemsAction = defineAction({
  access: "customer",
  schema: listItemsFormSchema,
  handler: async (input, { db, user, locale }) => {
    if (input.intent === "move" || input.intent === "moveAll") {
      // Into this browser's cart; without one, the lib uses (or creates) the account's, kept in the cookie.
      const cookieCartId = await readCartId();
      const itemId = input.intent === "move" ? input.itemId : undefined;
      const result = await moveSavedItemsToCart(db, user.id, {
        listId: input.listId,
        itemId,
        cartId: cookieCartId,
        locale,
      });
      if (result.cartId && result.cartId !== cookieCartId) await writeCartId(result.cartId);
      refresh(locale, input.listId);
      return { kind: "moved" as const, count: result.moved, notMoved: result.notMoved };
    }
    const item = await getSavedListItem(db, user.id, input.listId, input.itemId, locale);
    if (input.intent === "remove") {
      await removeSavedListItem(db, user.id, item.id);
      refresh(locale, input.listId);
      return { kind: "removed" as const, name: item.name };
    }
    await updateSavedListItem(db, user.id, item.id, input.quantity);
    refresh(locale, input.listId);
    return { kind: "updated" as const, name: item.name, quantity: input.quantity };
  },
});
