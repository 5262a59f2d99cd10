// The checkout form as plain values (kept and sent back when validation fails, so nothing typed is lost)
// and zod issues as field errors keyed like the form's input names ("shipping.postalCode").
import type { z } from "zod";

export const ADDRESS_FIELDS = ["name", "company", "line1", "line2", "postalCode", "city", "country", "phone"] as const;
export type AddressFields = Record<(typeof ADDRESS_FIELDS)[number], string>;

export type CheckoutFormValues = {
  email: string;
  shipping: AddressFields;
  billingSameAsShipping: boolean;
  billing: AddressFields;
  shippingMethod: string;
  provider: string;
};

export function emptyAddress(country = "FR"): AddressFields {
  return { name: "", company: "", line1: "", line2: "", postalCode: "", city: "", country, phone: "" };
}

export function checkoutFormValues(form: FormData): CheckoutFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, 500) : "";
  };
  const address = (prefix: string) =>
    Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, text(`${prefix}.${field}`)])) as AddressFields;
  return {
    email: text("email"),
    shipping: address("shipping"),
    billingSameAsShipping: form.get("billingSameAsShipping") === "on",
    billing: address("billing"),
    shippingMethod: text("shippingMethod"),
    provider: text("provider"),
  };
}

/**
 * First message per field, keyed like the inputs ("shipping.postalCode"). Messages are message keys;
 * anything else (zod's own wording) becomes "invalid".
 */
export function fieldErrors(error: z.ZodError, known: ReadonlySet<string> = CHECKOUT_MESSAGES): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".");
    errors[field] ??= known.has(issue.message) ? issue.message : "invalid";
  }
  return errors;
}

const CHECKOUT_MESSAGES = new Set(["required", "tooLong", "postalCode", "phone", "email", "country"]);
