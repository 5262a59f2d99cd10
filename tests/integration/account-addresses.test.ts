// Mon compte's address book (P2, P13): the checkout's rules, one default of each kind, the checkout
// prefilled from the defaults, and another customer's addresses out of reach.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  checkoutPrefill,
  createAddress,
  defaultShippingAddress,
  deleteAddress,
  findAddress,
  listAddresses,
  addressBookFormSchema,
  setDefaultAddress,
  updateAddress,
  type AddressBookInput,
  type AddressFormValues,
} from "@/lib/accounts/addresses";
import { fieldErrorsOf } from "@/lib/actions/builder";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
// Production scrypt costs ~0.3 s per hash: users that are not the subject of a test share one.
const PASSWORD = "correct horse battery staple";
let sharedHash: string;
let seq = 0;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  sharedHash = await hashPassword(PASSWORD);
});
afterAll(() => testDb.close());

const newUser = () =>
  db.user.create({ data: { email: `user${++seq}@example.fr`, passwordHash: sharedHash, emailVerified: now } });

const form = (values: Partial<AddressFormValues>): AddressFormValues => ({
  name: "Camille Martin",
  company: "",
  line1: "12 rue des Lilas",
  line2: "",
  postalCode: "69003",
  city: "Lyon",
  country: "FR",
  phone: "",
  defaultShipping: false,
  defaultBilling: false,
  ...values,
});
const valid = (values: Partial<AddressFormValues>): AddressBookInput => addressBookFormSchema.parse(form(values)).entry;
const notFound = { name: "DomainError", code: "notFound" };
const defaults = async (userId: string) =>
  (await listAddresses(db, userId)).map((a) => [a.line1, a.defaultShipping, a.defaultBilling]);

describe("address book (P2, P13)", () => {
  test("P2: addresses are checked with the checkout's rules, errors keyed like the inputs", () => {
    const refused = addressBookFormSchema.safeParse(
      form({ postalCode: "1000", country: "FR", phone: "12", name: " " }),
    );
    expect(refused.error && fieldErrorsOf(refused.error)).toEqual({
      name: "required",
      postalCode: "postalCode",
      phone: "phone",
    });
    // As posted by the form: ticked boxes are "on", unticked ones absent; the edited address names its id.
    const posted = { ...form({}), defaultShipping: undefined, defaultBilling: "on", addressId: " a1 " };
    expect(addressBookFormSchema.parse(posted)).toMatchObject({
      addressId: "a1",
      entry: { defaultShipping: false, defaultBilling: true },
    });
    expect(valid({ country: "BE", postalCode: "1000", phone: "+32 470 12 34 56" }).address).toMatchObject({
      country: "BE",
      phone: "+32470123456",
    });
  });

  test("P13: add, edit and delete an address", async () => {
    const user = await newUser();
    const id = await createAddress(db, user.id, valid({ line2: "Bâtiment B" }), now);
    expect(await findAddress(db, user.id, id)).toMatchObject({ line1: "12 rue des Lilas", line2: "Bâtiment B" });

    await updateAddress(db, user.id, id, valid({ line1: "3 place Bellecour", line2: "" }), now);
    expect(await findAddress(db, user.id, id)).toMatchObject({ line1: "3 place Bellecour", line2: null });

    await deleteAddress(db, user.id, id);
    expect(await listAddresses(db, user.id)).toEqual([]);
    // Deleted from another tab: the second click is refused, not a silent success.
    await expect(deleteAddress(db, user.id, id)).rejects.toMatchObject(notFound);
  });

  test("P13: one default of each kind; a new default unsets the old one", async () => {
    const user = await newUser();
    const home = await createAddress(
      db,
      user.id,
      valid({ line1: "home", defaultShipping: true, defaultBilling: true }),
      now,
    );
    const work = await createAddress(db, user.id, valid({ line1: "work", defaultShipping: true }), now);
    expect(await defaults(user.id)).toEqual([
      ["work", true, false],
      ["home", false, true],
    ]);

    await setDefaultAddress(db, user.id, work, "billing", now);
    await setDefaultAddress(db, user.id, home, "shipping", now);
    expect(await defaults(user.id)).toEqual([
      ["home", true, false],
      ["work", false, true],
    ]);
    expect((await defaultShippingAddress(db, user.id))?.id).toBe(home);

    // Editing with a box ticked moves that default too; unticking it leaves none of that kind.
    await updateAddress(db, user.id, work, valid({ line1: "work", defaultShipping: true }), now);
    expect(await defaults(user.id)).toEqual([
      ["work", true, false],
      ["home", false, false],
    ]);
  });

  test("P13: the checkout starts from the signed-in customer's default addresses", async () => {
    const user = await newUser();
    expect(await checkoutPrefill(db, user.id, user.email)).toMatchObject({
      email: user.email,
      shipping: { line1: "", country: "FR" },
      billingSameAsShipping: true,
    });
    await createAddress(db, user.id, valid({ line1: "home", phone: "06 12 34 56 78", defaultShipping: true }), now);
    expect(await checkoutPrefill(db, user.id, user.email)).toMatchObject({
      shipping: { line1: "home", phone: "+33612345678", line2: "" },
      billingSameAsShipping: true,
    });
    await createAddress(db, user.id, valid({ line1: "office", defaultBilling: true }), now);
    expect(await checkoutPrefill(db, user.id, user.email)).toMatchObject({
      shipping: { line1: "home" },
      billingSameAsShipping: false,
      billing: { line1: "office" },
    });
  });

  test("the database itself refuses a second default (partial unique index)", async () => {
    const user = await newUser();
    await createAddress(db, user.id, valid({ defaultShipping: true }), now);
    await expect(
      db.address.create({ data: { ...valid({}).address, userId: user.id, defaultShipping: true } }),
    ).rejects.toThrow();
  });

  test("P13: another customer's address id is refused for reading, editing, deleting and defaults", async () => {
    const [owner, intruder] = [await newUser(), await newUser()];
    const id = await createAddress(db, owner.id, valid({ line1: "owner's", defaultShipping: true }), now);
    const mine = await createAddress(db, intruder.id, valid({ line1: "intruder's", defaultShipping: true }), now);

    expect(await findAddress(db, intruder.id, id)).toBeNull();
    await expect(updateAddress(db, intruder.id, id, valid({ line1: "hijacked" }), now)).rejects.toMatchObject(notFound);
    await expect(setDefaultAddress(db, intruder.id, id, "billing", now)).rejects.toMatchObject(notFound);
    await expect(deleteAddress(db, intruder.id, id)).rejects.toMatchObject(notFound);

    expect(await findAddress(db, owner.id, id)).toMatchObject({
      line1: "owner's",
      defaultShipping: true,
      defaultBilling: false,
    });
    // The refused attempts did not unset the intruder's own default either.
    expect(await findAddress(db, intruder.id, mine)).toMatchObject({ defaultShipping: true });
  });
});
