"use server";
// Address book (P2, P13). lib/accounts/addresses takes the user's id with every address id: another
// customer's address is refused as "notFound". A change comes back to the list with `?done=…`, so the
// confirmation survives the redirect (and the page works without JavaScript).
import { redirect } from "next/navigation";
import {
  addressBookFormSchema,
  addressIdSchema,
  createAddress,
  defaultAddressSchema,
  deleteAddress,
  setDefaultAddress,
  updateAddress,
} from "@/lib/accounts/addresses";
import { defineAction } from "@/lib/actions/define";
import type { Locale } from "@/lib/i18n/routing";

type Done = "added" | "updated" | "deleted" | "defaultShipping" | "defaultBilling";
const backToList = (locale: Locale, done: Done) => redirect(`/${locale}/account/addresses?done=${done}`);

/** Adds an address, or edits the one named by the hidden `addressId` field. */
export const saveAddressAction = defineAction({
  access: "customer",
  schema: addressBookFormSchema,
  handler: async ({ addressId, entry }, { db, user, locale, now }) => {
    if (addressId) await updateAddress(db, user.id, addressId, entry, now);
    else await createAddress(db, user.id, entry, now);
    backToList(locale, addressId ? "updated" : "added");
  },
});

export const deleteAddressAction = defineAction({
  access: "customer",
  schema: addressIdSchema,
  handler: async ({ addressId }, { db, user, locale }) => {
    await deleteAddress(db, user.id, addressId);
    backToList(locale, "deleted");
  },
});

export const setDefaultAddressAction = defineAction({
  access: "customer",
  schema: defaultAddressSchema,
  handler: async ({ addressId, kind }, { db, user, locale, now }) => {
    await setDefaultAddress(db, user.id, addressId, kind, now);
    backToList(locale, kind === "shipping" ? "defaultShipping" : "defaultBilling");
  },
});
