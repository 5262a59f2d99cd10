// P13 "listes précédentes": named saved lists in Mon compte, filled from the product page, moved to the cart.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  addToSavedList,
  createSavedList,
  deleteSavedList,
  getSavedList,
  listSavedLists,
  moveSavedItemsToCart,
  removeSavedListItem,
  renameSavedList,
  saveToNewList,
  SavedListError,
  saveToListSchema,
  updateSavedListItem,
} from "@/lib/accounts/saved-lists";
import { addToCart, getCart } from "@/lib/cart/cart";
import { seedCatalogue } from "@/lib/catalogue/seed";
import type { Db } from "@/lib/db/client";
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
const refused = (code: SavedListError["code"]) => new SavedListError(code);

describe("P13: saved lists", () => {
  test("P13: create, rename and delete named lists; a name already used (whatever its case) is refused", async () => {
    const list = await createSavedList(db, camille, "  Courses du mois ");
    expect(list.name).toBe("Courses du mois");
    await expect(createSavedList(db, camille, "courses du MOIS")).rejects.toThrow(refused("duplicateName"));
    // Another customer may use the same name.
    await expect(createSavedList(db, dominique, "Courses du mois")).resolves.toMatchObject({ name: "Courses du mois" });

    const other = await createSavedList(db, camille, "Noël");
    await expect(renameSavedList(db, camille, other.id, "Courses du mois")).rejects.toThrow(refused("duplicateName"));
    await renameSavedList(db, camille, other.id, "Cadeaux de Noël");
    // Renaming a list to its own name in another case is not a clash with itself.
    await renameSavedList(db, camille, other.id, "cadeaux de noël");
    expect((await listSavedLists(db, camille)).map((l) => l.name)).toEqual(["Courses du mois", "cadeaux de noël"]);

    await deleteSavedList(db, camille, other.id);
    expect((await listSavedLists(db, camille)).map((l) => l.name)).toEqual(["Courses du mois"]);
    expect(saveToListSchema.safeParse({ productId: list.id, target: { kind: "new", name: "   " } }).success).toBe(
      false,
    );
  });

  test("P13: items keep the chosen variant, add up when saved twice; retired products and missing variants are refused", async () => {
    const list = await createSavedList(db, camille, "Linge");
    const drap = await product("drap-lin");
    const jam = await product("confiture-abricot");
    await addToSavedList(db, camille, list.id, { productId: drap.id, variantId: drap.variants[0]!.id });
    await addToSavedList(db, camille, list.id, { productId: jam.id });
    await addToSavedList(db, camille, list.id, { productId: jam.id, quantity: 2 });
    await expect(addToSavedList(db, camille, list.id, { productId: drap.id })).rejects.toThrow(
      refused("variantRequired"),
    );
    await expect(
      addToSavedList(db, camille, list.id, { productId: (await product("vase-retire")).id }),
    ).rejects.toThrow(refused("productUnavailable"));
    // Another product's variant.
    await expect(
      addToSavedList(db, camille, list.id, { productId: jam.id, variantId: drap.variants[0]!.id }),
    ).rejects.toThrow(refused("productUnavailable"));

    const view = await getSavedList(db, camille, list.id, "en");
    expect(view?.items).toMatchObject([
      { name: "Washed linen sheet", size: "140 × 200", colour: "natural", quantity: 1, priceCents: 8900 },
      { name: "Apricot jam", variantId: null, quantity: 3, priceCents: 650, status: "available" },
    ]);
    await updateSavedListItem(db, camille, view!.items[1]!.id, 5);
    await expect(updateSavedListItem(db, camille, view!.items[1]!.id, 0)).rejects.toThrow(refused("quantity"));
    await removeSavedListItem(db, camille, view!.items[0]!.id);
    expect((await getSavedList(db, camille, list.id, "fr"))?.items).toMatchObject([{ quantity: 5 }]);
  });

  test("P13: a new list from the product page is created with its first item, or not at all", async () => {
    const drap = await product("drap-lin");
    await expect(saveToNewList(db, camille, "Chambre", { productId: drap.id })).rejects.toThrow(
      refused("variantRequired"),
    );
    expect((await listSavedLists(db, camille)).some((l) => l.name === "Chambre")).toBe(false);
    const list = await saveToNewList(db, camille, "Chambre", { productId: drap.id, variantId: drap.variants[0]!.id });
    expect(await listSavedLists(db, camille)).toContainEqual({ id: list.id, name: "Chambre", itemCount: 1 });
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

    // With a shopper who has no cart yet, one is created.
    await addToSavedList(db, camille, list.id, { productId: theiere.id });
    const fresh = await moveSavedItemsToCart(db, camille, { listId: list.id, cartId: null, locale: "fr" });
    expect(fresh.moved).toBe(1);
    expect((await getCart(db, fresh.cartId, "fr")).lines).toMatchObject([{ name: "Théière en fonte", quantity: 1 }]);
    await db.product.update({ where: { id: drap.id }, data: { active: true } });
  });

  test("P13: another customer's list and item ids are refused by every function, and nothing of theirs changes", async () => {
    const theirs = await createSavedList(db, dominique, "Privée");
    const jam = await product("confiture-abricot");
    await addToSavedList(db, dominique, theirs.id, { productId: jam.id });
    const theirItem = (await getSavedList(db, dominique, theirs.id, "fr"))!.items[0]!;
    const mine = await createSavedList(db, camille, "La mienne");

    expect(await getSavedList(db, camille, theirs.id, "fr")).toBeNull();
    await expect(renameSavedList(db, camille, theirs.id, "Volée")).rejects.toThrow(refused("notFound"));
    await expect(deleteSavedList(db, camille, theirs.id)).rejects.toThrow(refused("notFound"));
    await expect(addToSavedList(db, camille, theirs.id, { productId: jam.id })).rejects.toThrow(refused("notFound"));
    await expect(updateSavedListItem(db, camille, theirItem.id, 7)).rejects.toThrow(refused("notFound"));
    await expect(removeSavedListItem(db, camille, theirItem.id)).rejects.toThrow(refused("notFound"));
    await expect(moveSavedItemsToCart(db, camille, { listId: theirs.id, cartId: null, locale: "fr" })).rejects.toThrow(
      refused("notFound"),
    );
    // Their item through my list id.
    await expect(
      moveSavedItemsToCart(db, camille, { listId: mine.id, itemId: theirItem.id, cartId: null, locale: "fr" }),
    ).rejects.toThrow(refused("notFound"));
    // An empty user id never reaches a query as "any user".
    await expect(deleteSavedList(db, "", theirs.id)).rejects.toThrow(refused("notFound"));
    expect(await listSavedLists(db, "")).toEqual([]);

    expect(await getSavedList(db, dominique, theirs.id, "fr")).toMatchObject({
      name: "Privée",
      items: [{ id: theirItem.id, quantity: 1 }],
    });
  });
});
