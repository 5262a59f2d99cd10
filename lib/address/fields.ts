// A postal address as the forms hold it: plain strings, kept and sent back when validation fails so that
// nothing typed is lost. The checkout names its inputs "shipping.city", the address book just "city".
export const ADDRESS_FIELDS = ["name", "company", "line1", "line2", "postalCode", "city", "country", "phone"] as const;
export type AddressFields = Record<(typeof ADDRESS_FIELDS)[number], string>;

export function emptyAddress(country = "FR"): AddressFields {
  return { name: "", company: "", line1: "", line2: "", postalCode: "", city: "", country, phone: "" };
}
