// P2: addresses at checkout and in the address book follow one set of rules: a postal code checked against
// its country, and an optional phone checked like the profile's (libphonenumber, stored in E.164).
import { describe, expect, test } from "vitest";
import { addressBookFormSchema } from "@/lib/accounts/addresses";
import { COUNTRIES, type Country } from "@/lib/address/countries";
import { addressPhone, addressSchema, isValidPostalCode } from "@/lib/address/rules";
import { checkoutSchema } from "@/lib/checkout/form";

describe("postal codes per country", () => {
  test.each([
    ["FR", "75001"],
    ["FR", "20000"], // Corsica
    ["FR", "97110"], // Guadeloupe
    ["BE", "1000"],
    ["LU", "1234"],
    ["LU", "L-1234"],
    ["LU", "l-1234"], // typed in lower case, stored upper
    ["CH", "8001"],
    ["DE", "10115"],
    ["ES", "28013"],
    ["ES", "01001"],
    ["IT", "00184"],
  ] as const)("%s %s is accepted", (country, code) => {
    expect(isValidPostalCode(country, code)).toBe(true);
  });

  test.each([
    ["FR", "00100"], // no department 00
    ["FR", "99000"], // nor 99
    ["FR", "7500"],
    ["FR", "1000"], // a Belgian code under France
    ["BE", "0999"],
    ["BE", "75001"],
    ["LU", "L-123"],
    ["CH", "0800"],
    ["DE", "1011"],
    ["ES", "53000"], // provinces stop at 52
    ["IT", "0018"],
    ["FR", "ABCDE"],
  ] as const)("%s %s is refused", (country, code) => {
    expect(isValidPostalCode(country, code)).toBe(false);
  });

  test("every country we ship to has a rule", () => {
    for (const country of COUNTRIES) expect(() => isValidPostalCode(country, "1000")).not.toThrow();
  });
});

describe("the phone of an address (checkout and address book): the profile's rule", () => {
  test.each([
    ["FR", "06 12 34 56 78", "+33612345678"],
    ["FR", "+33 6 12 34 56 78", "+33612345678"],
    // A national number is one of the address's country, not always French.
    ["BE", "0470 12 34 56", "+32470123456"],
    ["DE", "0171 1234567", "+491711234567"],
    ["CH", "079 123 45 67", "+41791234567"],
    // An international prefix wins over the address's country.
    ["BE", "+33 6 12 34 56 78", "+33612345678"],
    ["FR", "0032 470 12 34 56", "+32470123456"],
  ] as const)("%s %s -> %s", (country, typed, e164) => {
    expect(addressPhone(country, typed)).toBe(e164);
  });

  test.each([
    ["FR", "+33 6 12 34 5"], // too short for a French number, though 8+ digits after "+"
    ["FR", "+999 1234 5678"], // no such country code
    ["FR", "+800 1234 5678"], // outside any country: a driver cannot call it
    ["FR", "06 00 00 00 00 00"], // too long
    ["BE", "06 12 34 56 78"], // a French mobile typed as a Belgian number
    ["FR", "06 12 34 56 7x"],
    ["FR", "12"],
  ] as const)("%s %j is refused", (country, typed) => {
    expect(addressPhone(country, typed)).toBeNull();
  });

  const address = (country: Country, phone: string) => ({
    name: "Camille Martin",
    line1: "3 rue Neuve",
    postalCode: country === "FR" ? "69003" : "1000",
    city: "Ville",
    country,
    phone,
  });

  test("the checkout stores the number in E.164, read in the address's country", () => {
    const input = checkoutSchema.parse({
      email: "camille@example.be",
      shipping: address("BE", "0470 12 34 56"),
      billingSameAsShipping: false,
      billing: address("FR", "06 12 34 56 78"),
      shippingMethod: "colissimo",
      provider: "demo",
    });
    expect(input.shipping.phone).toBe("+32470123456");
    expect(input.billing.phone).toBe("+33612345678");
  });

  test("the checkout refuses a number the old pattern let through, with the 'phone' message", () => {
    const result = addressSchema.safeParse(address("FR", "+999 1234 5678"));
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["phone", "phone"]]);
  });

  test("the phone stays optional", () => {
    expect(addressSchema.parse(address("FR", "  ")).phone).toBeUndefined();
    expect(addressSchema.parse({ ...address("FR", ""), phone: undefined }).phone).toBeUndefined();
  });

  test("the address book uses the same rule", () => {
    const form = { ...address("BE", "0470 12 34 56"), defaultShipping: "on" };
    expect(addressBookFormSchema.parse(form).entry.address.phone).toBe("+32470123456");
    const refused = addressBookFormSchema.safeParse({ ...form, phone: "+999 1234 5678" });
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["phone", "phone"]]);
  });
});
