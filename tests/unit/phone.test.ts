import { describe, expect, test } from "vitest";
import {
  callingCode,
  formatPhone,
  isPhoneRegion,
  parsePhone,
  phoneRegionOptions,
  splitPhone,
} from "@/lib/address/phone";
import { profileSchema } from "@/lib/accounts/profile";

describe("P2: phone numbers in E.164, picked by country", () => {
  test.each([
    ["FR", "06 12 34 56 78", "+33612345678"],
    ["FR", "6 12 34 56 78", "+33612345678"],
    ["FR", "01.23.45.67.89", "+33123456789"],
    ["FR", "+33 (0)6 12 34 56 78", "+33612345678"],
    ["BE", "0470 12 34 56", "+32470123456"],
    ["LU", "621 123 456", "+352621123456"],
    ["CH", "079 123 45 67", "+41791234567"],
    ["DE", "0171 1234567", "+491711234567"],
    ["ES", "612 34 56 78", "+34612345678"],
    ["IT", "312 345 6789", "+393123456789"],
    ["GB", "07400 123456", "+447400123456"],
    ["US", "(201) 555-0123", "+12015550123"],
    ["GP", "0690 12 34 56", "+590690123456"],
  ] as const)("%s %s -> %s", (region, typed, e164) => {
    expect(parsePhone(typed, region)).toBe(e164);
  });

  test("a number typed with its own international prefix wins over the picker", () => {
    expect(parsePhone("+32 470 12 34 56", "FR")).toBe("+32470123456");
    expect(parsePhone("0032 470 12 34 56", "FR")).toBe("+32470123456");
    expect(parsePhone("+33612345678", "DE")).toBe("+33612345678");
  });

  test.each([
    ["FR", "01 23"], // too short
    ["FR", "06 12 34 56 78 9"], // too long
    ["FR", "0690 12 34 56"], // a Guadeloupe mobile dialled as metropolitan France: not a French number
    ["BE", "06 12 34 56 78"], // a French mobile under Belgium
    ["FR", "abc"],
    ["FR", "06 12 34 56 7x"],
    ["FR", "06 12 34 56 78 ext. 3"], // extensions have no place in E.164
    ["FR", "tel:+33612345678"],
    ["FR", "+800 1234 5678"], // outside any country
    ["FR", ""],
    ["FR", "   "],
    ["FR", "0".repeat(31)],
  ] as const)("%s %j is refused", (region, typed) => {
    expect(parsePhone(typed, region)).toBeNull();
  });

  test("a stored number is shown back split into the picker's country and the national number", () => {
    expect(splitPhone("+33612345678")).toEqual({ region: "FR", national: "06 12 34 56 78" });
    expect(splitPhone("+32470123456")).toEqual({ region: "BE", national: "0470 12 34 56" });
    expect(splitPhone("+14165550123")).toEqual({ region: "CA", national: "(416) 555-0123" });
    expect(splitPhone(null)).toEqual({ region: "FR", national: "" });
    // What it shows back parses to the same number: saving the form again changes nothing.
    for (const e164 of ["+33612345678", "+32470123456", "+447400123456", "+590690123456"]) {
      const { region, national } = splitPhone(e164);
      expect(parsePhone(national, region)).toBe(e164);
    }
  });

  test("formatting for reading, and unplaceable values shown as stored", () => {
    expect(formatPhone("+33612345678")).toBe("+33 6 12 34 56 78");
    expect(formatPhone("not a phone")).toBe("not a phone");
  });

  test("the picker lists our shipping countries first, then every other by its localized name", () => {
    const fr = phoneRegionOptions("fr");
    expect(fr.slice(0, 7).map((o) => o.region)).toEqual(["FR", "BE", "LU", "CH", "DE", "ES", "IT"]);
    expect(fr[0]).toEqual({ region: "FR", label: "France (+33)" });
    expect(fr.find((o) => o.region === "GB")?.label).toBe("Royaume-Uni (+44)");
    expect(phoneRegionOptions("en").find((o) => o.region === "DE")?.label).toBe("Germany (+49)");
    const rest = fr.slice(7).map((o) => o.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, "fr")));
    expect(new Set(fr.map((o) => o.region)).size).toBe(fr.length);
    expect(callingCode("LU")).toBe("+352");
    expect(isPhoneRegion("FR")).toBe(true);
    expect(isPhoneRegion("ZZ")).toBe(false);
  });
});

describe("P2: the profile form", () => {
  const form = { name: " Camille Martin ", phoneCountry: "FR", phone: "06 12 34 56 78", language: "en" };

  test("stores the phone in E.164 and the language as the e-mail locale", () => {
    expect(profileSchema.parse(form)).toEqual({ name: "Camille Martin", phone: "+33612345678", locale: "en" });
  });

  test("an empty phone clears it", () => {
    expect(profileSchema.parse({ ...form, phone: "  " }).phone).toBeNull();
  });

  test("every problem is reported at once, with message keys", () => {
    const result = profileSchema.safeParse({ name: "", phoneCountry: "BE", phone: "06 12 34 56 78", language: "de" });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    expect(issues).toEqual({ name: "required", phone: "phone", language: "locale" });
  });

  test("an unknown country in the picker is refused, not guessed", () => {
    const result = profileSchema.safeParse({ ...form, phoneCountry: "XX" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["phoneCountry", "phoneCountry"]]);
  });
});
