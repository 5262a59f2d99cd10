import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  checkoutPrefill,
  createAddress,
  defaultShippingAddress,
  deleteAddress,
  findAddress,
  listAddresses,
  parseAddressForm,
  setDefaultAddress,
  updateAddress,
  type AddressBookInput,
  type AddressFormValues,
} from "@/lib/accounts/addresses";
import { getPreferences, updatePreferences } from "@/lib/accounts/preferences";
import {
  changePasswordWithLimit,
  getProfile,
  profileSchema,
  profileValues,
  requestEmailChangeWithLimit,
  updateProfile,
} from "@/lib/accounts/profile";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createSession, isSessionActive } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../helpers/test-db";

let testDb: TestDb;
let db: Db;
const now = new Date("2026-11-25T10:00:00Z");
const SITE = "https://shop.example";
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
function valid(values: Partial<AddressFormValues>): AddressBookInput {
  const parsed = parseAddressForm(form(values));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.input;
}
const defaults = async (userId: string) =>
  (await listAddresses(db, userId)).map((a) => [a.line1, a.defaultShipping, a.defaultBilling]);

describe("profile (P2, P13)", () => {
  test("P13: name, phone and language are saved; the phone is stored in E.164 and shown back split", async () => {
    const user = await newUser();
    const input = profileSchema.parse({
      name: "Camille Martin",
      phoneCountry: "BE",
      phone: "0470 12 34 56",
      language: "en",
    });
    await updateProfile(db, user.id, input, now);

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ name: "Camille Martin", phone: "+32470123456", locale: "en" });
    expect(profileValues(await getProfile(db, user.id))).toEqual({
      name: "Camille Martin",
      phoneCountry: "BE",
      phone: "0470 12 34 56",
      language: "en",
    });
  });

  test("P13: clearing the phone removes it; the other customer is untouched", async () => {
    const [user, other] = [await newUser(), await newUser()];
    await db.user.update({ where: { id: other.id }, data: { name: "Other", phone: "+33612345678" } });
    await updateProfile(
      db,
      user.id,
      profileSchema.parse({ name: "A", phoneCountry: "FR", phone: "06 12 34 56 78", language: "fr" }),
      now,
    );
    await updateProfile(
      db,
      user.id,
      profileSchema.parse({ name: "A", phoneCountry: "FR", phone: "", language: "fr" }),
      now,
    );

    expect((await getProfile(db, user.id)).phone).toBeNull();
    expect(await getProfile(db, other.id)).toMatchObject({ name: "Other", phone: "+33612345678" });
  });

  test("an empty user id is refused instead of reaching a where clause", async () => {
    await expect(getProfile(db, "")).rejects.toThrow(/user id/);
    await expect(getPreferences(db, "")).rejects.toThrow(/user id/);
    await expect(listAddresses(db, "")).rejects.toThrow(/ids are required/);
  });
});

describe("address book (P2, P13)", () => {
  test("P2: addresses are checked with the checkout's rules, errors keyed like the inputs", () => {
    expect(parseAddressForm(form({ postalCode: "1000", country: "FR", phone: "12", name: " " }))).toEqual({
      ok: false,
      fieldErrors: { name: "required", postalCode: "postalCode", phone: "phone" },
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

    expect(await updateAddress(db, user.id, id, valid({ line1: "3 place Bellecour", line2: "" }), now)).toBe(true);
    expect(await findAddress(db, user.id, id)).toMatchObject({ line1: "3 place Bellecour", line2: null });

    expect(await deleteAddress(db, user.id, id)).toBe(true);
    expect(await listAddresses(db, user.id)).toEqual([]);
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

    expect(await setDefaultAddress(db, user.id, work, "billing", now)).toBe(true);
    expect(await setDefaultAddress(db, user.id, home, "shipping", now)).toBe(true);
    expect(await defaults(user.id)).toEqual([
      ["home", true, false],
      ["work", false, true],
    ]);
    expect((await defaultShippingAddress(db, user.id))?.id).toBe(home);

    // Editing with a box ticked moves that default too; unticking it leaves none of that kind.
    expect(await updateAddress(db, user.id, work, valid({ line1: "work", defaultShipping: true }), now)).toBe(true);
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
    expect(await updateAddress(db, intruder.id, id, valid({ line1: "hijacked" }), now)).toBe(false);
    expect(await setDefaultAddress(db, intruder.id, id, "billing", now)).toBe(false);
    expect(await deleteAddress(db, intruder.id, id)).toBe(false);

    expect(await findAddress(db, owner.id, id)).toMatchObject({
      line1: "owner's",
      defaultShipping: true,
      defaultBilling: false,
    });
    // The refused attempts did not unset the intruder's own default either.
    expect(await findAddress(db, intruder.id, mine)).toMatchObject({ defaultShipping: true });
  });
});

describe("password and e-mail changes (P13)", () => {
  test("P13: a password change revokes the other sessions and keeps the current one", async () => {
    const user = await db.user.create({
      data: {
        email: "changer@example.fr",
        passwordHash: await hashPassword("ancien mot de passe"),
        emailVerified: now,
      },
    });
    const current = await createSession(db, user.id, "this browser", now);
    const other = await createSession(db, user.id, "phone", now);
    const stranger = await newUser();
    const strangers = await createSession(db, stranger.id, "elsewhere", now);

    const result = await changePasswordWithLimit(
      db,
      user.id,
      { currentPassword: "ancien mot de passe", newPassword: "nouveau mot de passe" },
      { now, currentSessionId: current.id },
    );
    expect(result).toEqual({ status: "ok", revokedSessions: 1 });
    expect(await isSessionActive(db, current.id, user.id, now)).toBe(true);
    expect(await isSessionActive(db, other.id, user.id, now)).toBe(false);
    expect(await isSessionActive(db, strangers.id, stranger.id, now)).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("nouveau mot de passe", stored.passwordHash)).toBe(true);
  });

  test("P13: a wrong current password is refused and changes nothing", async () => {
    const user = await newUser();
    const session = await createSession(db, user.id, null, now);
    const other = await createSession(db, user.id, null, now);
    const result = await changePasswordWithLimit(
      db,
      user.id,
      { currentPassword: "not the password", newPassword: "nouveau mot de passe" },
      { now, currentSessionId: session.id },
    );
    expect(result).toEqual({ status: "wrongPassword" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(sharedHash);
    expect(await isSessionActive(db, other.id, user.id, now)).toBe(true);
  });

  test("P12: wrong current passwords are limited per account, across the e-mail and password forms", async () => {
    const [user, other] = [await newUser(), await newUser()];
    const rule = { limit: 2, windowSeconds: 900 };
    const wrong = { currentPassword: "guess", newPassword: "nouveau mot de passe" };
    const context = { now, currentSessionId: "none", rule };
    expect((await changePasswordWithLimit(db, user.id, wrong, context)).status).toBe("wrongPassword");
    const emailGuess = { newEmail: "new@example.fr", currentPassword: "guess 2" };
    expect((await requestEmailChangeWithLimit(db, user.id, emailGuess, { now, siteUrl: SITE, rule })).status).toBe(
      "wrongPassword",
    );
    // Third attempt in the window: refused before the password is even checked, the right one included.
    const right = { newEmail: "new@example.fr", currentPassword: PASSWORD };
    expect(await requestEmailChangeWithLimit(db, user.id, right, { now, siteUrl: SITE, rule })).toMatchObject({
      status: "limited",
    });
    expect(await db.emailOutbox.count({ where: { to: "new@example.fr" } })).toBe(0);
    // Another account is not affected, and the window passes.
    expect((await changePasswordWithLimit(db, other.id, wrong, context)).status).toBe("wrongPassword");
    const later = new Date(now.getTime() + 15 * 60_000);
    expect(await requestEmailChangeWithLimit(db, user.id, right, { now: later, siteUrl: SITE, rule })).toEqual({
      status: "sent",
    });
    expect(await db.emailOutbox.count({ where: { to: "new@example.fr", template: "change-email" } })).toBe(1);
    // The e-mail itself changes only when the link is followed.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("newsletter and promotions preferences (P6, P13)", () => {
  test("P13: both flags are off by default, saved, and only for this customer", async () => {
    const [user, other] = [await newUser(), await newUser()];
    expect(await getPreferences(db, user.id)).toEqual({ newsletter: false, promotions: false });
    await updatePreferences(db, user.id, { newsletter: true, promotions: false });
    expect(await getPreferences(db, user.id)).toEqual({ newsletter: true, promotions: false });
    await updatePreferences(db, user.id, { newsletter: false, promotions: true });
    expect(await getPreferences(db, user.id)).toEqual({ newsletter: false, promotions: true });
    expect(await getPreferences(db, other.id)).toEqual({ newsletter: false, promotions: false });
  });
});
