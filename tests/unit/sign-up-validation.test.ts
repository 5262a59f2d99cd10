// The sign-up forms' rules (P2, P27): VAT numbers, the attestation, the account type radio, passwords.
// Schemas only: no database.
import { describe, expect, test } from "vitest";
import {
  checkVatNumber,
  individualSignUpSchema,
  organizationSignUpSchema,
  passwordChangeSchema,
  signUpFormSchema,
} from "@/lib/accounts/schemas";
import { organization, person, SHARED_PASSWORD } from "../helpers/accounts";

describe("P2, P27: sign-up validation", () => {
  test.each([
    ["FR", "FR40303265045"],
    ["FR", "fr 40-303.265.045"],
    ["BE", "BE0123456789"],
    ["BE", "BE 1234.567.890"],
    ["LU", "LU12345678"],
    ["DE", "DE123456789"],
    ["ES", "ESB12345678"],
    ["IT", "IT12345678901"],
    ["CH", "CHE-123.456.789 MWST"],
    ["CH", "CHE-123.456.789 TVA"],
    ["CH", "CHE123456789"],
  ] as const)("P27: %s VAT number %s is accepted", (country, vat) => {
    expect(checkVatNumber(country, vat)).toMatchObject({ ok: true });
  });

  test.each([
    ["FR", "FR41303265045", "vatKey"],
    ["FR", "FR4030326504", "vatFormat"],
    ["FR", "303265045", "vatFormat"],
    ["FR", "BE0123456789", "vatCountry"],
    ["BE", "FR40303265045", "vatCountry"],
    ["BE", "BE2123456789", "vatFormat"],
    ["LU", "LU1234567", "vatFormat"],
    ["DE", "DE12345678A", "vatFormat"],
    ["IT", "IT1234567890", "vatFormat"],
    ["CH", "CHE-123.456.78", "vatFormat"],
    ["CH", "CHE-123.456.789 VAT", "vatFormat"],
  ] as const)("P27: %s VAT number %s is refused (%s)", (country, vat, error) => {
    expect(checkVatNumber(country, vat)).toEqual({ ok: false, error });
  });

  test("P27: the VAT error is reported with the other errors, as a message key, on its field", () => {
    const result = organizationSignUpSchema.safeParse({ ...organization, name: "", vatNumber: "FR41303265045" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["name", "required"],
      ["vatNumber", "vatKey"],
    ]);
  });

  test("P26, P27: the sign-up form's radio chooses the rules; a ticked attestation posts “on”", () => {
    const form = { ...person, ...organization, accountType: "organization", attestAuthority: "on" };
    expect(signUpFormSchema.parse(form)).toMatchObject({
      accountType: "organization",
      attestAuthority: true,
      vatNumber: "FR40303265045",
    });
    const issues = (input: unknown) =>
      signUpFormSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues({ ...form, attestAuthority: undefined })).toEqual([["attestAuthority", "attestationRequired"]]);
    expect(issues({ ...form, password: "Dominique@Atelier-Bleu.fr" })).toEqual([["password", "passwordIsEmail"]]);
    // Without the radio (a form posted by hand), a person: the organization's fields are not read.
    const individual = signUpFormSchema.parse({ ...form, accountType: undefined });
    expect(individual).toMatchObject({ accountType: "individual", email: "dominique@atelier-bleu.fr" });
    expect(individual).not.toHaveProperty("organizationName");
    expect(signUpFormSchema.safeParse({ ...form, accountType: "company" }).success).toBe(false);
  });

  test("P2, P12: passwords: minimum length, not the e-mail, a new one differs from the current one", () => {
    const messages = (input: unknown) =>
      individualSignUpSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages({ ...person, password: "short" })).toEqual(["passwordTooShort"]);
    expect(messages({ ...person, password: "Camille.Martin@example.fr" })).toEqual(["passwordIsEmail"]);
    expect(messages({ ...person, email: "not-an-address" })).toEqual(["email"]);
    expect(messages({ ...person, locale: "de" })).toEqual(["locale"]);
    expect(
      passwordChangeSchema.safeParse({ currentPassword: SHARED_PASSWORD, newPassword: SHARED_PASSWORD }).error
        ?.issues[0]?.message,
    ).toBe("passwordUnchanged");
  });
});
