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
  /** the database is down or out of connections: nothing was done, try again in a moment */
  "unavailable",
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
  /** a back-office form saved over a newer change by someone else: reload and redo (settings, policy drafts) */
  "changedMeanwhile",
  /** P6: a newsletter campaign already sent (or being sent) is neither edited nor sent again */
  "campaignNotDraft",
  /** P21: one testimonial at a time waits for moderation */
  "testimonialPending",
  /** P21: at most a few new testimonials per customer and period (lib/testimonials/testimonials.ts) */
  "testimonialLimit",
  /** P14: the back office never erases an admin account (nor the acting admin's) */
  "adminNotErasable",
  /** a typed confirmation that is not what was asked (the customer's e-mail address before an erasure) */
  "confirmationMismatch",
  /** a date that has not come yet where only a past one makes sense (P24: a disclosure already made) */
  "dateInFuture",
  /** P12: a second-factor code that is wrong, expired or already used */
  "secondFactorCode",
  /** the admin's second factor is already set up: a new enrolment needs a reset first */
  "secondFactorEnrolled",
  /** back-office orders: the order changed since the page was loaded (another admin, a payment, a webhook) */
  "orderChanged",
  /** only a paid order can be shipped */
  "orderNotShippable",
  /** a demo order was never paid: it is not shipped while the shop takes real payments */
  "demoOrderNotShippable",
  /** a paid order whose cancellation stopped after its refund: it is cancelled again, never shipped */
  "orderBeingCancelled",
  /** a shipped (or already refunded or cancelled) order is not cancelled: refund it instead */
  "orderNotCancellable",
  /** nothing was captured on this order */
  "orderNotRefundable",
  /** a refund above what was captured minus the refunds already made or pending */
  "refundAboveCaptured",
  /** the payment provider refused the refund: nothing was refunded */
  "refundRefused",
  /** the payment provider did not answer: the refund is pending, retrying it cannot refund twice */
  "refundPending",
  /** back office: someone else saved this product or category since the form was loaded (nothing was written) */
  "staleEdit",
  /** a slug (the page's address) already used by another product or category */
  "slugTaken",
  /** a SKU already used by another variant */
  "skuTaken",
  /** a price typed in euros that is not one ("12,50") */
  "price",
  /** a slug with other characters than lower case letters, digits and hyphens */
  "slug",
  /** a SKU with other characters than letters, digits, dots, hyphens and underscores */
  "sku",
  /** an adjustment that would take the stock below zero */
  "stockNegative",
  /** an entry that would take a stock above the catalogue's ceiling (MAX_STOCK) */
  "stockTooHigh",
  /** a stock typed in a back-office form that is not a whole number of units within the ceiling */
  "stockCount",
  /** a stock adjustment that is not a non-zero whole number of units ("12", "-3") */
  "stockDelta",
  /** a category placed under itself or one of its own subcategories */
  "categoryCycle",
  /** an upload that is not a JPEG, PNG or WebP image (read from its bytes) */
  "imageNotImage",
  /** an upload whose extension says another type than its bytes (a JPEG named .png) */
  "imageExtension",
  /** an upload above the size limit (5 MB) */
  "imageTooLarge",
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

// The codes a form can be refused with, by form, for the pages that give the browser only those messages
// (issue 13: the whole list weighs 8 kB of every page's HTML). A code missing from a list still reads as "failed".

/** Any action's refusals (lib/actions/builder.ts), and "failed": the request itself failed (offline). */
export const ACTION_REFUSALS = [
  "origin",
  "invalid",
  "limited",
  "unavailable",
  "failed",
] as const satisfies readonly ErrorCode[];

/** The cart's actions: adding (lib/cart/add-from-form.ts), changing and removing a line (lib/cart/cart.ts, schemas.ts). */
export const CART_ERRORS = [
  ...ACTION_REFUSALS,
  "quantity",
  "productUnavailable",
  "variantRequired",
  "variantMismatch",
  "outOfStock",
  "lineNotFound",
] as const satisfies readonly ErrorCode[];

/** The newsletter's sign-up form (lib/newsletter/schemas.ts, subscriptions.ts). */
export const NEWSLETTER_FORM_ERRORS = [
  ...ACTION_REFUSALS,
  "email",
  "required",
  "tooLong",
] as const satisfies readonly ErrorCode[];

/** The product page's "Ajouter à une liste" (lib/accounts/saved-list-items.ts, saved-lists.ts). */
export const SAVE_TO_LIST_ERRORS = [
  ...ACTION_REFUSALS,
  "required",
  "tooLong",
  "duplicateName",
  "notFound",
  "quantity",
  "productUnavailable",
  "variantRequired",
  "outOfStock",
] as const satisfies readonly ErrorCode[];
