"use server";
// Per-visitor actions of the static product page (P4, P13): the page asks from the browser what depends
// on who is looking. They serve signed-out visitors too (a no-op, or the answer "signed out", never a
// redirect), which is why they live here and not under /account, whose actions all require a session.
import type { ListErrorKey } from "@/app/[locale]/account/lists/actions";
import { productIdSchema, recordProductView } from "@/lib/accounts/interests";
import {
  addToSavedList,
  listSavedLists,
  SavedListError,
  saveToListSchema,
  saveToNewList,
} from "@/lib/accounts/saved-lists";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

/**
 * Called by the (static) product page once it is shown. Records nothing for a visitor who is not signed
 * in (P13: their consent comes later) nor for a customer who turned recording off; never fails the page.
 */
export async function recordProductViewAction(input: unknown): Promise<void> {
  const parsed = productIdSchema.safeParse(input);
  if (!parsed.success) return;
  const user = await getCurrentUser();
  if (!user) return;
  await recordProductView(db, user.id, parsed.data.productId, new Date());
}

export type SaveTargets = { signedIn: false } | { signedIn: true; lists: { id: string; name: string }[] };

/** Whether the visitor is signed in and, if so, the lists they can save into. */
export async function saveTargetsAction(): Promise<SaveTargets> {
  const user = await getCurrentUser();
  if (!user) return { signedIn: false };
  const lists = await listSavedLists(db, user.id);
  return { signedIn: true, lists: lists.map(({ id, name }) => ({ id, name })) };
}

export type SaveToListResult =
  | { ok: true; listId: string; listName: string }
  | { ok: false; error: ListErrorKey | "signedOut"; field?: "newListName" };

/** Saves the product (and its chosen variant) into an existing list, or into a new one named here. */
export async function saveToListAction(input: unknown): Promise<SaveToListResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "signedOut" };
  const parsed = saveToListSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues.find((issue) => issue.path.join(".") === "target.name")?.message;
    return message === "required" || message === "tooLong"
      ? { ok: false, error: message, field: "newListName" }
      : { ok: false, error: "invalid" };
  }
  const { target, ...item } = parsed.data;
  try {
    if (target.kind === "list") {
      await addToSavedList(db, user.id, target.listId, item);
      const list = (await listSavedLists(db, user.id)).find((l) => l.id === target.listId);
      return { ok: true, listId: target.listId, listName: list?.name ?? "" };
    }
    const list = await saveToNewList(db, user.id, target.name, item);
    return { ok: true, listId: list.id, listName: list.name };
  } catch (error) {
    if (!(error instanceof SavedListError)) throw error;
    return error.code === "duplicateName"
      ? { ok: false, error: error.code, field: "newListName" }
      : { ok: false, error: error.code };
  }
}
