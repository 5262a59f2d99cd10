// Registration and account forms (P2, P26, P27). Error messages are message keys under
// "Registration.errors", translated where they are shown; the password length keys take {min}/{max}.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { COUNTRIES, emailSchema, type Country } from "@/lib/checkout/address";
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

/** P27: signing up for an employer makes it the account holder; the person warrants their authority. */
export const organizationSignUpSchema = individualFields
  .extend({
    organizationName: required(150),
    country: z.enum(COUNTRIES, { error: "country" }),
    vatNumber: required(30),
    jobTitle: required(100),
    attestAuthority: z.literal(true, { error: "attestationRequired" }),
  })
  .superRefine(passwordIsNotEmail, passwordCheck)
  // Not run after a bad country: z.enum has reported it, and a second message on the VAT number would confuse.
  .superRefine(
    (value, ctx) => {
      const check = checkVatNumber(value.country, value.vatNumber);
      if (!check.ok) ctx.addIssue({ code: "custom", path: ["vatNumber"], message: check.error });
    },
    whenValid("country", "vatNumber"),
  )
  .transform((value) => ({ ...value, vatNumber: normalizeVatNumber(value.vatNumber) }));
export type OrganizationSignUp = z.output<typeof organizationSignUpSchema>;

// ─────────────────────────── Account forms ───────────────────────────

export const passwordChangeSchema = z
  .object({ currentPassword, newPassword })
  .refine((value) => value.currentPassword !== value.newPassword, {
    path: ["newPassword"],
    message: "passwordUnchanged",
  });

export const passwordResetRequestSchema = z.object({ email: emailSchema });

/** The form behind the link of the reset e-mail. */
export const passwordResetSchema = z.object({ token, password: newPassword });

/** Re-authentication with the current password: a stolen session alone cannot take the account over. */
export const emailChangeSchema = z.object({ newEmail: emailSchema, currentPassword });

export const invitationSchema = z.object({ email: emailSchema });

/** "Send me a sign-in link" and "I forgot my password": only the address. */
export const emailRequestSchema = z.object({ email: emailSchema });

/** Accepting an invitation without an account yet: the address is the invitation's, not typed. */
export const invitationSignUpSchema = z.object({
  token,
  name: required(100),
  password: newPassword,
  locale: z.enum(locales, { error: "locale" }),
});
export type InvitationSignUp = z.output<typeof invitationSignUpSchema>;

/** An owner's invitation form; the organization id comes from the page and is checked against the owner. */
export const memberInvitationSchema = z.object({
  organizationId: z.string().trim().min(1, "required").max(40, "invalid"),
  email: emailSchema,
});
