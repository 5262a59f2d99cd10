// A postal address validated per country (checkout and address book): postal code per country, optional
// phone checked like every phone of the shop (./phone). Error messages are message keys ("postalCode",
// "phone", …), translated where they are shown.
import { z } from "zod";
import { COUNTRIES, type Country } from "./countries";
import { parsePhone } from "./phone";

const POSTAL_CODES: Record<Country, RegExp> = {
  FR: /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, // metropolitan and overseas departments
  BE: /^[1-9]\d{3}$/,
  LU: /^(?:L-)?\d{4}$/,
  CH: /^[1-9]\d{3}$/,
  DE: /^\d{5}$/,
  ES: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  IT: /^\d{5}$/,
};

export function isValidPostalCode(country: Country, postalCode: string): boolean {
  return POSTAL_CODES[country].test(postalCode.trim().toUpperCase());
}

/**
 * The address's phone in E.164, or null when it is not a valid number. A national number is read as one
 * of the address's country ("0470 12 34 56" in Belgium); an international one keeps its own country.
 */
export function addressPhone(country: Country, phone: string): string | null {
  return parsePhone(phone, country);
}

const text = (max: number) => z.string().trim().max(max, "tooLong");
const required = (max: number) => text(max).min(1, "required");

/** The fields of an address before the per-country checks: a form posting more than an address extends it. */
export const addressFieldsSchema = z.object({
  name: required(100),
  company: text(100)
    .optional()
    .transform((v) => v || undefined),
  line1: required(150),
  line2: text(150)
    .optional()
    .transform((v) => v || undefined),
  postalCode: required(12),
  city: required(100),
  country: z.enum(COUNTRIES, { error: "country" }),
  // Optional: P2 collects only what the customer gives.
  phone: text(30).optional(),
});
type AddressFieldsOutput = z.output<typeof addressFieldsSchema>;

/** The checks that depend on the country: postal code and phone. */
export function checkAddress(address: AddressFieldsOutput, ctx: z.RefinementCtx): void {
  if (!isValidPostalCode(address.country, address.postalCode)) {
    ctx.addIssue({ code: "custom", path: ["postalCode"], message: "postalCode" });
  }
  if (address.phone && !addressPhone(address.country, address.phone)) {
    ctx.addIssue({ code: "custom", path: ["phone"], message: "phone" });
  }
}

/** The address as stored: postal code in capitals, phone in E.164. Runs after checkAddress. */
export function normalizeAddress<A extends AddressFieldsOutput>(address: A) {
  return {
    ...address,
    postalCode: address.postalCode.toUpperCase(),
    phone: address.phone ? (addressPhone(address.country, address.phone) ?? undefined) : undefined,
  };
}

export const addressSchema = addressFieldsSchema.superRefine(checkAddress).transform(normalizeAddress);

export type Address = z.infer<typeof addressSchema>;
