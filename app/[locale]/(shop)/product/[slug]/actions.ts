"use server";
// Per-visitor actions of the static product page (P13): the page asks from the browser what depends on who
// is looking (its views, P4, arrive as a beacon: app/api/product-views). They serve signed-out visitors too
// (a no-op, or the answer "signed out", never a redirect), which is why they are public and live here, not
// under /account.
import { z } from "zod";
import { saveToList, saveToListSchema } from "@/lib/accounts/saved-list-items";
import { listSavedLists } from "@/lib/accounts/saved-lists";
import { defineAction } from "@/lib/actions/define";

export type SaveTargets = { signedIn: false } | { signedIn: true; lists: { id: string; name: string }[] };
export type SaveToListResult = { signedIn: false } | { signedIn: true; listId: string; listName: string };

/** Whether the visitor is signed in and, if so, the lists they can save into. */
export const saveTargetsAction = defineAction({
  access: "public",
  schema: z.object({}),
  input: "object",
  handler: async (_input, { db, user }): Promise<SaveTargets> => {
    if (!user) return { signedIn: false };
    const lists = await listSavedLists(db, user.id);
    return { signedIn: true, lists: lists.map(({ id, name }) => ({ id, name })) };
  },
});

/** Saves the product (and its chosen variant) into an existing list, or into a new one named here. */
export const saveToListAction = defineAction({
  access: "public",
  schema: saveToListSchema,
  input: "object",
  handler: async (input, { db, user }): Promise<SaveToListResult> => {
    if (!user) return { signedIn: false };
    const list = await saveToList(db, user.id, input);
    return { signedIn: true, listId: list.id, listName: list.name };
  },
});
