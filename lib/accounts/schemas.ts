// Registration and account forms (P2, P26, P27). Zod messages are error codes (lib/errors.ts), shown with
// their one message under "Errors"; the password length ones take {min}/{max}.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { COUNTRIES, type Country } from "@/lib/address/countries";
import { emailSchema } from "@/lib/address/email";
import { checkbox } from "@/lib/forms/fields";
import { locales } from "@/lib/i18n/routing";

const required = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

// Passwords are not trimmed: a space is a legitimate character and trimming would change the secret.
const newPassword = z.string().min(PASSWORD_MIN_LENGTH, "passwordTooShort").max(PASSWORD_MAX_LENGTH, "passwordTooLong");
// The current password is only compared, never stored: any length up to the maximum may be typed.
const currentPassword = z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "passwordTooLong");
// Tokens are 32 random bytes in base64url (43 characters); anything far longer is not one of ours.
const token = z.string().trim().min(1, "tokenInvalid").max(100, "tokenInvalid");

/**
 * Cross-field checks run as soon as the fields they read are valid, so that the form shows every
 * problem at once (zod would otherwise skip them while any other field, e.g. the name, has an issue).
 */
const whenValid = (...fields: string[]) => ({
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0]))),
});

/** The e-mail as a password is the first thing an attacker tries with a known address. */
function passwordIsNotEmail(value: { email: string; password: string }, ctx: z.RefinementCtx) {
  if (value.password.trim().toLowerCase() === value.email) {
    ctx.addIssue({ code: "custom", path: ["password"], message: "passwordIsEmail" });
  }
}
const passwordCheck = whenValid("email", "password");

const individualFields = z.object({
  name: required(100),
  email: emailSchema,
  password: newPassword,
  locale: z.enum(locales, { error: "locale" }),
});

/** P26: the person who signs up is the account holder. */
export const individualSignUpSchema = individualFields.superRefine(passwordIsNotEmail, passwordCheck);
export type IndividualSignUp = z.output<typeof individualSignUpSchema>;

// ─────────────────────────── VAT numbers ───────────────────────────

/** Spaces, dots and dashes are how people (and invoices) print VAT numbers; they carry no meaning. */
export function normalizeVatNumber(raw: string): string {
  return raw.replace(/[\s.\-]/g, "").toUpperCase();
}

const VAT_PREFIX: Record<Country, string> = { FR: "FR", BE: "BE", LU: "LU", DE: "DE", ES: "ES", IT: "IT", CH: "CHE" };

const VAT_FORMAT: Record<Country, RegExp> = {
  // 2-character key (digits, or letters except I and O for recent registrations) + 9-digit SIREN
  FR: /^FR[0-9A-HJ-NP-Z]{2}\d{9}$/,
  BE: /^BE[01]\d{9}$/,
  LU: /^LU\d{8}$/,
  DE: /^DE\d{9}$/,
  ES: /^ES[0-9A-Z]{9}$/,
  IT: /^IT\d{11}$/,
  // UID "CHE-123.456.789", optionally followed by the VAT register suffix in one of the languages
  CH: /^CHE\d{9}(?:MWST|TVA|IVA)?$/,
};

export type VatCheck = { ok: true; vatNumber: string } | { ok: false; error: "vatFormat" | "vatCountry" | "vatKey" };

/** Checks a VAT number for the chosen country (format, prefix, and the French key). */
export function checkVatNumber(country: Country, raw: string): VatCheck {
  const vatNumber = normalizeVatNumber(raw);
  if (!vatNumber.startsWith(VAT_PREFIX[country])) {
    // Another country's prefix gets its own message: the likely mistake is the country, not the number.
    const otherCountry = COUNTRIES.some((other) => other !== country && vatNumber.startsWith(VAT_PREFIX[other]));
    return { ok: false, error: otherCountry ? "vatCountry" : "vatFormat" };
  }
  if (!VAT_FORMAT[country].test(vatNumber)) return { ok: false, error: "vatFormat" };
  if (country === "FR" && !isFrenchVatKeyValid(vatNumber)) return { ok: false, error: "vatKey" };
  return { ok: true, vatNumber };
}

/**
 * French numeric keys are computed from the SIREN: (12 + 3 × (SIREN mod 97)) mod 97, e.g. FR40303265045.
 * Alphabetic keys (newer registrations) follow an unpublished rule and are accepted on their format.
 */
function isFrenchVatKeyValid(vatNumber: string): boolean {
  const key = vatNumber.slice(2, 4);
  if (!/^\d{2}$/.test(key)) return true;
  const siren = Number(vatNumber.slice(4));
  return Number(key) === (12 + 3 * (siren % 97)) % 97;
}

/** The organization's fields, checked, before the VAT number is normalized. */
const organizationFields = individualFields
  .extend({
    organizationName: required(150),
    country: z.enum(COUNTRIES, { error: "country" }),
    vatNumber: required(30),
    jobTitle: required(100),
    // A ticked checkbox posts "on"; code passes true.
    attestAuthority: checkbox.pipe(z.literal(true, { error: "attestationRequired" })),
  })
  .superRefine(passwordIsNotEmail, passwordCheck)
  // Not run after a bad country: z.enum has reported it, and a second message on the VAT number would confuse.
  .superRefine(
    (value, ctx) => {
      const check = checkVatNumber(value.country, value.vatNumber);
      if (!check.ok) ctx.addIssue({ code: "custom", path: ["vatNumber"], message: check.error });
    },
    whenValid("country", "vatNumber"),
  );
const withNormalizedVat = <T extends { vatNumber: string }>(value: T): T => ({
  ...value,
  vatNumber: normalizeVatNumber(value.vatNumber),
});

/** P27: signing up for an employer makes it the account holder; the person warrants their authority. */
export const organizationSignUpSchema = organizationFields.transform(withNormalizedVat);
export type OrganizationSignUp = z.output<typeof organizationSignUpSchema>;

/** The sign-up form: its radio `accountType` chooses between the two (a person when it is absent). */
export const signUpFormSchema = z.discriminatedUnion("accountType", [
  individualSignUpSchema.safeExtend({ accountType: z.literal("individual").default("individual") }),
  organizationFields.safeExtend({ accountType: z.literal("organization") }).transform(withNormalizedVat),
]);

// ─────────────────────────── Account forms ───────────────────────────

export const passwordChangeSchema = z
  .object({ currentPassword, newPassword })
  .refine((value) => value.currentPassword !== value.newPassword, {
    path: ["newPassword"],
    message: "passwordUnchanged",
  });

/** "I forgot my password": only the address. */
export const passwordResetRequestSchema = z.object({ email: emailSchema });

/** The form behind the link of the reset e-mail. */
export const passwordResetSchema = z.object({ token, password: newPassword });

/** Re-authentication with the current password: a stolen session alone cannot take the account over. */
export const emailChangeSchema = z.object({ newEmail: emailSchema, currentPassword });

/** Accepting an invitation without an account yet: the address is the invitation's, not typed. */
export const invitationSignUpSchema = z.object({
  token,
  name: required(100),
  password: newPassword,
  locale: z.enum(locales, { error: "locale" }),
});
export type InvitationSignUp = z.output<typeof invitationSignUpSchema>;

/** Accepting an invitation as the signed-in invited account: only the link's token. */
export const invitationAcceptSchema = z.object({ token });
