// P13 "listes précédentes": named saved lists in Mon compte, filled from the product page, moved to the cart.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  addToSavedList,
  getSavedListItem,
  listItemsFormSchema,
  moveSavedItemsToCart,
  removeSavedListItem,
  saveToList,
  saveToListSchema,
  saveToNewList,
  updateSavedListItem,
} from "@/lib/accounts/saved-list-items";
import {
  createSavedList,
  deleteSavedList,
  getSavedList,
  listSavedLists,
  listsFormSchema,
  renameSavedList,
} from "@/lib/accounts/saved-lists";
import { addToCart, claimCart, getCart } from "@/lib/cart/cart";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
import type { ErrorCode } from "@/lib/errors";
import { fixtureCategories, fixtureProducts } from "../fixtures/catalogue";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
let camille: string;
let dominique: string;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await seedCatalogue(db, { categories: fixtureCategories, products: fixtureProducts });
  camille = (await db.user.create({ data: { email: "camille@example.fr" } })).id;
  dominique = (await db.user.create({ data: { email: "dominique@example.fr" } })).id;
});
afterAll(() => testDb.close());

const product = (slug: string) =>
  db.product.findUniqueOrThrow({ where: { slug }, include: { variants: { orderBy: { position: "asc" } } } });
const refused = (code: ErrorCode, field?: string) => ({ name: "DomainError", code, field });

describe("P13: saved lists", () => {
  test("P13: create, rename and delete named lists; a name already used (whatever its case) is refused", async () => {
    const list = await createSavedList(db, camille, "  Courses du mois ");
    expect(list.name).toBe("Courses du mois");
    // The refusal names the input it belongs to, so the form shows it next to the name.
    await expect(createSavedList(db, camille, "courses du MOIS")).rejects.toMatchObject(
      refused("duplicateName", "name"),
    );
    // Another customer may use the same name.
    await expect(createSavedList(db, dominique, "Courses du mois")).resolves.toMatchObject({ name: "Courses du mois" });

    const other = await createSavedList(db, camille, "Noël");
    await expect(renameSavedList(db, camille, other.id, "Courses du mois")).rejects.toMatchObject(
      refused("duplicateName", "name"),
    );
    expect(await renameSavedList(db, camille, other.id, " Cadeaux de Noël ")).toEqual({
      id: other.id,
      name: "Cadeaux de Noël",
    });
    // Renaming a list to its own name in another case is not a clash with itself.
    await renameSavedList(db, camille, other.id, "cadeaux de noël");
    expect((await listSavedLists(db, camille)).map((l) => l.name)).toEqual(["Courses du mois", "cadeaux de noël"]);

    // Deleting names the list it was, for the confirmation.
    expect(await deleteSavedList(db, camille, other.id)).toEqual({ id: other.id, name: "cadeaux de noël" });
    expect((await listSavedLists(db, camille)).map((l) => l.name)).toEqual(["Courses du mois"]);
  });

  test("P13: the forms' schemas refuse with error codes on the input concerned", () => {
    const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
      result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    const listId = "clist0000000000000000001";
    expect(listsFormSchema.parse({ intent: "create", name: "  Noël " })).toEqual({ intent: "create", name: "Noël" });
    expect(issues(listsFormSchema.safeParse({ intent: "create", name: "   " }))).toEqual([["name", "required"]]);
    expect(issues(listsFormSchema.safeParse({ intent: "rename", listId, name: "x".repeat(61) }))).toEqual([
      ["name", "tooLong"],
    ]);
    // A malformed id is a list that does not exist.
    expect(issues(listsFormSchema.safeParse({ intent: "delete", listId: "../x" }))).toEqual([["listId", "notFound"]]);
    expect(listsFormSchema.safeParse({ intent: "drop", listId }).success).toBe(false);

    expect(
      issues(listItemsFormSchema.safeParse({ intent: "quantity", listId, itemId: listId, quantity: "0" })),
    ).toEqual([["quantity", "quantity"]]);
    expect(listItemsFormSchema.parse({ intent: "quantity", listId, itemId: listId, quantity: "3" })).toMatchObject({
      quantity: 3,
    });
    expect(listItemsFormSchema.safeParse({ intent: "move", listId }).success).toBe(false);
    expect(listItemsFormSchema.safeParse({ intent: "moveAll", listId }).success).toBe(true);

    expect(issues(saveToListSchema.safeParse({ productId: listId, target: "new", name: "   " }))).toEqual([
      ["name", "required"],
    ]);
    expect(saveToListSchema.safeParse({ productId: listId, variantId: null, target: "list", listId }).success).toBe(
      true,
    );
  });

  test("P13: items keep the chosen variant, add up when saved twice; retired products and missing variants are refused", async () => {
    const list = await createSavedList(db, camille, "Linge");
    const drap = await product("drap-lin");
    const jam = await product("confiture-abricot");
    await addToSavedList(db, camille, list.id, { productId: drap.id, variantId: drap.variants[0]!.id });
    await addToSavedList(db, camille, list.id, { productId: jam.id });
    await addToSavedList(db, camille, list.id, { productId: jam.id, quantity: 2 });
    await expect(addToSavedList(db, camille, list.id, { productId: drap.id })).rejects.toMatchObject(
      refused("variantRequired"),
    );
    await expect(
      addToSavedList(db, camille, list.id, { productId: (await product("vase-retire")).id }),
    ).rejects.toMatchObject(refused("productUnavailable"));
    // Another product's variant.
    await expect(
      addToSavedList(db, camille, list.id, { productId: jam.id, variantId: drap.variants[0]!.id }),
    ).rejects.toMatchObject(refused("productUnavailable"));

    const view = await getSavedList(db, camille, list.id, "en");
    expect(view?.items).toMatchObject([
      { name: "Washed linen sheet", size: "140 × 200", colour: "natural", quantity: 1, priceCents: 8900 },
      { name: "Apricot jam", variantId: null, quantity: 3, priceCents: 650, status: "available" },
    ]);
    // An item is found for a confirmation through its own list only.
    const jamItem = view!.items[1]!.id;
    expect(await getSavedListItem(db, camille, list.id, jamItem, "fr")).toMatchObject({ name: "Confiture d'abricot" });
    const elsewhere = await createSavedList(db, camille, "Ailleurs");
    await expect(getSavedListItem(db, camille, elsewhere.id, jamItem, "fr")).rejects.toMatchObject(refused("notFound"));
    await expect(getSavedListItem(db, dominique, list.id, jamItem, "fr")).rejects.toMatchObject(refused("notFound"));
    await deleteSavedList(db, camille, elsewhere.id);

    await updateSavedListItem(db, camille, view!.items[1]!.id, 5);
    await expect(updateSavedListItem(db, camille, view!.items[1]!.id, 0)).rejects.toMatchObject(
      refused("quantity", "quantity"),
    );
    await removeSavedListItem(db, camille, view!.items[0]!.id);
    expect((await getSavedList(db, camille, list.id, "fr"))?.items).toMatchObject([{ quantity: 5 }]);
  });

  test("P13: a new list from the product page is created with its first item, or not at all", async () => {
    const drap = await product("drap-lin");
    await expect(saveToNewList(db, camille, "Chambre", { productId: drap.id })).rejects.toMatchObject(
      refused("variantRequired"),
    );
    expect((await listSavedLists(db, camille)).some((l) => l.name === "Chambre")).toBe(false);
    const list = await saveToNewList(db, camille, "Chambre", { productId: drap.id, variantId: drap.variants[0]!.id });
    expect(await listSavedLists(db, camille)).toContainEqual({ id: list.id, name: "Chambre", itemCount: 1 });
  });

  test("P13: the product page saves into an existing list or a new one, and names the list it went into", async () => {
    const jam = await product("confiture-abricot");
    const chambre = (await listSavedLists(db, camille)).find((l) => l.name === "Chambre")!;
    const saved = await saveToList(db, camille, { productId: jam.id, target: "list", listId: chambre.id });
    expect(saved).toEqual({ id: chambre.id, name: "Chambre" });
    expect((await getSavedList(db, camille, chambre.id, "fr"))?.items.map((i) => i.productId)).toContain(jam.id);

    const fresh = await saveToList(db, camille, {
      productId: jam.id,
      variantId: null,
      target: "new",
      name: "Gourmand",
    });
    expect(fresh.name).toBe("Gourmand");
    expect(await listSavedLists(db, camille)).toContainEqual({ id: fresh.id, name: "Gourmand", itemCount: 1 });
    // A name already used is refused on the name input; nothing is created.
    await expect(saveToList(db, camille, { productId: jam.id, target: "new", name: "GOURMAND" })).rejects.toMatchObject(
      refused("duplicateName", "name"),
    );
    // Another customer's list is refused like one that does not exist.
    await expect(
      saveToList(db, dominique, { productId: jam.id, target: "list", listId: chambre.id }),
    ).rejects.toMatchObject(refused("notFound"));
    expect((await listSavedLists(db, camille)).filter((l) => l.name.toLowerCase() === "gourmand")).toHaveLength(1);
  });

  test("P13: move to cart adds lines; moved items leave the list, unavailable ones stay and are reported", async () => {
    const list = await createSavedList(db, camille, "À acheter");
    const theiere = await product("theiere-fonte");
    const bol = await product("bol-gres"); // out of stock
    const drap = await product("drap-lin");
    await addToSavedList(db, camille, list.id, { productId: theiere.id, quantity: 2 });
    await addToSavedList(db, camille, list.id, { productId: bol.id });
    await addToSavedList(db, camille, list.id, { productId: drap.id, variantId: drap.variants[0]!.id });
    // Retired after it was saved.
    await db.product.update({ where: { id: drap.id }, data: { active: false } });

    const view = await getSavedList(db, camille, list.id, "fr");
    expect(view?.items.map((i) => i.status)).toEqual(["available", "outOfStock", "unavailable"]);

    const existingCart = await addToCart(db, null, { productId: (await product("confiture-abricot")).id, quantity: 1 });
    const one = await moveSavedItemsToCart(db, camille, {
      listId: list.id,
      itemId: view!.items[0]!.id,
      cartId: existingCart,
      locale: "fr",
    });
    expect(one).toEqual({ cartId: existingCart, moved: 2, notMoved: [] });
    const cart = await getCart(db, existingCart, "fr");
    expect(cart.lines.map((l) => [l.name, l.quantity])).toEqual([
      ["Confiture d'abricot", 1],
      ["Théière en fonte", 2],
    ]);

    const all = await moveSavedItemsToCart(db, camille, { listId: list.id, cartId: null, locale: "fr" });
    expect(all.moved).toBe(0);
    expect(all.cartId).toBeNull();
    expect(all.notMoved.map((n) => n.reason)).toEqual(["outOfStock", "unavailable"]);
    expect((await getSavedList(db, camille, list.id, "fr"))?.items).toHaveLength(2);

    // With a shopper who has no cart yet, one is created, and it is the customer's (found at the next
    // sign-in, P16): another customer cannot take it.
    await addToSavedList(db, camille, list.id, { productId: theiere.id });
    const fresh = await moveSavedItemsToCart(db, camille, { listId: list.id, cartId: null, locale: "fr" });
    expect(fresh.moved).toBe(1);
    expect((await getCart(db, fresh.cartId, "fr")).lines).toMatchObject([{ name: "Théière en fonte", quantity: 1 }]);
    expect(await db.cart.findUniqueOrThrow({ where: { id: fresh.cartId! } })).toMatchObject({ userId: camille });
    expect(await claimCart(db, fresh.cartId!, dominique)).toBe(false);

    // A browser without a cart cookie later: the account's cart is used, not a new one.
    await addToSavedList(db, camille, list.id, { productId: theiere.id });
    const again = await moveSavedItemsToCart(db, camille, { listId: list.id, cartId: null, locale: "fr" });
    expect(again).toMatchObject({ cartId: fresh.cartId, moved: 1 });
    expect((await getCart(db, fresh.cartId, "fr")).lines).toMatchObject([{ name: "Théière en fonte", quantity: 2 }]);
    // A guest cart given by the browser stays the browser's: only a cart created here is claimed.
    expect(await db.cart.findUniqueOrThrow({ where: { id: existingCart } })).toMatchObject({ userId: null });
    await db.product.update({ where: { id: drap.id }, data: { active: true } });
  });

  test("P13: another customer's list and item ids are refused by every function, and nothing of theirs changes", async () => {
    const theirs = await createSavedList(db, dominique, "Privée");
    const jam = await product("confiture-abricot");
    await addToSavedList(db, dominique, theirs.id, { productId: jam.id });
    const theirItem = (await getSavedList(db, dominique, theirs.id, "fr"))!.items[0]!;
    const mine = await createSavedList(db, camille, "La mienne");

    expect(await getSavedList(db, camille, theirs.id, "fr")).toBeNull();
    await expect(renameSavedList(db, camille, theirs.id, "Volée")).rejects.toMatchObject(refused("notFound"));
    await expect(deleteSavedList(db, camille, theirs.id)).rejects.toMatchObject(refused("notFound"));
    await expect(addToSavedList(db, camille, theirs.id, { productId: jam.id })).rejects.toMatchObject(
      refused("notFound"),
    );
    await expect(updateSavedListItem(db, camille, theirItem.id, 7)).rejects.toMatchObject(refused("notFound"));
    await expect(removeSavedListItem(db, camille, theirItem.id)).rejects.toMatchObject(refused("notFound"));
    await expect(
      moveSavedItemsToCart(db, camille, { listId: theirs.id, cartId: null, locale: "fr" }),
    ).rejects.toMatchObject(refused("notFound"));
    // Their item through my list id.
    await expect(
      moveSavedItemsToCart(db, camille, { listId: mine.id, itemId: theirItem.id, cartId: null, locale: "fr" }),
    ).rejects.toMatchObject(refused("notFound"));
    // An empty user id never reaches a query as "any user".
    await expect(deleteSavedList(db, "", theirs.id)).rejects.toMatchObject(refused("notFound"));
    expect(await listSavedLists(db, "")).toEqual([]);

    expect(await getSavedList(db, dominique, theirs.id, "fr")).toMatchObject({
      name: "Privée",
      items: [{ id: theirItem.id, quantity: 1 }],
    });
  });
});
