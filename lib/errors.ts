// The one coded error of the shop. Domain functions throw a DomainError (or return its code); server actions
// turn it into a typed refusal; every code has one message, in messages/*.json under "Errors" (a unit test
// checks both languages), so a form translates any code without casts.

export const ERROR_CODES = [
  // input that does not pass its schema (zod messages are these codes)
  "required",
  "tooLong",
  "invalid",
  "email",
  "phone",
  "phoneCountry",
  "postalCode",
  "country",
  "locale",
  "rating",
  "quantity",
  "passwordTooShort",
  "passwordTooLong",
  "passwordIsEmail",
  "passwordUnchanged",
  "vatFormat",
  "vatCountry",
  "vatKey",
  "attestationRequired",
  "confirmRequired",
  // refusals of the action builder (lib/actions/builder.ts)
  "origin",
  "limited",
  // domain outcomes
  "wrongPassword",
  /** a password sign-in refused: one answer for an unknown address and a wrong password (P12) */
  "wrongCredentials",
  /** wrong passwords on the address: wait before the next one, or ask for a sign-in link (P12) */
  "signInDelayed",
  "noPassword",
  "notFound",
  "duplicateName",
  "productUnavailable",
  "variantRequired",
  "variantMismatch",
  "outOfStock",
  "lineNotFound",
  "tokenInvalid",
  "tokenExpired",
  "tokenUsed",
  "emailUnchanged",
  "emailTaken",
  "forbidden",
  "alreadyMember",
  "wrongAccount",
  "accountExists",
  "unverified",
  "emptyCart",
  "cartChanged",
  "shippingUnavailable",
  "paymentUnavailable",
  "gatewayUnavailable",
  "declined",
  "failed",
  /** P23: a policy version needs its French and English texts and summaries */
  "policyTextMissing",
  /** P23: a published version is never replaced: a change is a new version */
  "policyVersionExists",
  /** P23: a new version must be announced long enough before it takes effect */
  "policyNoticeTooShort",
  /** a date that has not come yet where only a past one makes sense (P24: a disclosure already made) */
  "dateInFuture",
  /** P12: a second-factor code that is wrong, expired or already used */
  "secondFactorCode",
  /** the admin's second factor is already set up: a new enrolment needs a reset first */
  "secondFactorEnrolled",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN = new Set<string>(ERROR_CODES);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && KNOWN.has(value);
}

/**
 * A refusal the customer can act on (a wrong password, a list that no longer exists). `field` names the input
 * it belongs to, when there is one, so the form shows it next to that input.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, options: { field?: string; retryAfterSeconds?: number; message?: string } = {}) {
    super(options.message ?? code);
    this.name = "DomainError";
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
