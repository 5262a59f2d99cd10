"use server";
// Address book (P2, P13). Each export is a public POST endpoint: each checks the session, then calls
// lib/accounts/addresses with the user's id, which refuses another customer's address id ("not found").
import { redirect } from "next/navigation";
import {
  addressFormValues,
  createAddress,
  deleteAddress,
  parseAddressForm,
  setDefaultAddress,
  updateAddress,
  type AddressFormValues,
} from "@/lib/accounts/addresses";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formLocale, postedForm } from "@/lib/forms";

// A server action is a public endpoint and may be posted anything: whatever is not a form reads as an empty one.

/** Field errors are message keys under "Checkout.errors": the same rules and words as at checkout. */
export type AddressFormState = { attempt?: number; values?: AddressFormValues; fieldErrors?: Record<string, string> };

/** What the list page confirms (or refuses) after a change: `?done=` or `?error=notFound`. */
type Outcome = "added" | "updated" | "deleted" | "defaultShipping" | "defaultBilling" | "notFound";

function backToList(locale: string, outcome: Outcome): never {
  redirect(`/${locale}/account/addresses?${outcome === "notFound" ? "error=notFound" : `done=${outcome}`}`);
}

const formId = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim().slice(0, 100) : "";
};

/** Adds an address, or edits the one named by the hidden `addressId` field. */
export async function saveAddressAction(previous: AddressFormState, posted: unknown): Promise<AddressFormState> {
  const locale = formLocale(posted);
  const user = await requireUser(locale);
  const form = postedForm(posted);
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  const values = addressFormValues(form);
  const parsed = parseAddressForm(values);
  if (!parsed.ok) return { attempt, values, fieldErrors: parsed.fieldErrors };

  const addressId = formId(form, "addressId");
  const now = new Date();
  if (!addressId) {
    await createAddress(db, user.id, parsed.input, now);
    backToList(locale, "added");
  }
  const updated = await updateAddress(db, user.id, addressId, parsed.input, now);
  backToList(locale, updated ? "updated" : "notFound");
}

export async function deleteAddressAction(posted: unknown): Promise<void> {
  const locale = formLocale(posted);
  const user = await requireUser(locale);
  const form = postedForm(posted);
  const addressId = formId(form, "addressId");
  const deleted = addressId !== "" && (await deleteAddress(db, user.id, addressId));
  backToList(locale, deleted ? "deleted" : "notFound");
}

export async function setDefaultAddressAction(posted: unknown): Promise<void> {
  const locale = formLocale(posted);
  const user = await requireUser(locale);
  const form = postedForm(posted);
  const addressId = formId(form, "addressId");
  const kind = form.get("kind");
  if (!addressId || (kind !== "shipping" && kind !== "billing")) backToList(locale, "notFound");
  const done = await setDefaultAddress(db, user.id, addressId, kind, new Date());
  backToList(locale, !done ? "notFound" : kind === "shipping" ? "defaultShipping" : "defaultBilling");
}
