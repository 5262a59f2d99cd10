// What replaces erased personal data. A module of its own, with no imports, so that the outbox
// (lib/email/outbox.ts) can scrub a sent e-mail the way erasure does without importing erasure's
// dependencies (orders, which import the outbox).

/** What replaces a name or an address line on a kept order. */
export const ANONYMISED = "anonymised";
/** The recipient of an erased e-mail: an address that can never receive anything (RFC 6761 .invalid). */
export const ERASED_RECIPIENT = "deleted@invalid";
/**
 * What replaces, once sent, the body of an e-mail that carried a single-use link (sign-in, password reset,
 * verification, e-mail change, invitation): the token must not rest in the outbox (P12).
 */
export const SCRUBBED_BODY = "[Removed once sent: this e-mail held a single-use link.]";
