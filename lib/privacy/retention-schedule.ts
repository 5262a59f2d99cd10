// P15: how long each kind of record is kept, as one written table. The daily job (lib/jobs/daily.ts)
// enforces every line through applyRetention (./retention.ts), and the privacy pages can show it (this
// module has no dependency: a page imports it without the database code). A line is added here only with
// the code that enforces it.

/** What starts the clock of a line. */
export type RetentionStart =
  | "signUp"
  | "lastSignIn"
  | "beforeDeletion"
  | "end"
  | "windowStart"
  | "lastUpdate"
  | "sending"
  | "order"
  | "lastExchange"
  | "choiceExpiry"
  | "recorded"
  | "disclosure";

export type RetentionRule = {
  /** how long, in days */
  days: number;
  /** from when */
  from: RetentionStart;
  /** what the daily job does then */
  then: "delete" | "anonymise" | "warn";
  /** why this long: the legal basis or the practical reason */
  why: string;
};

/** Days in `years` years, leap days included: for periods the law sets in years (never a day short). */
const fullYears = (years: number) => years * 365 + Math.ceil(years / 4);

export const RETENTION_SCHEDULE = {
  unverifiedAccount: {
    days: 7,
    from: "signUp",
    then: "delete",
    why: "an address never verified is a typo or someone else's address",
  },
  inactiveAccount: {
    days: 3 * 365,
    from: "lastSignIn",
    then: "delete",
    why: "CNIL guidance for customer accounts: 3 years after the last contact; invoices stay, anonymised",
  },
  inactivityWarningBefore: {
    days: 30,
    from: "beforeDeletion",
    then: "warn",
    why: "the customer is told the day of the deletion and keeps the account by signing in before it",
  },
  sessionAfterEnd: {
    days: 30,
    from: "end",
    then: "delete",
    why: "expired or revoked sessions answer 'was that me?' questions for a month, then are useless",
  },
  rateLimitWindow: {
    days: 1,
    from: "windowStart",
    then: "delete",
    why: "useless once over (the longest window is an hour)",
  },
  signInDelayAfterWait: {
    days: 1,
    from: "end",
    then: "delete",
    why: "wrong-password waits (a keyed hash of the address typed) are forgotten a day after they end",
  },
  tokenAfterEnd: {
    days: 30,
    from: "end",
    then: "delete",
    why: "sign-in links, password resets, invitations: kept a month after use or expiry, for support",
  },
  guestCartSinceUpdate: {
    days: 90,
    from: "lastUpdate",
    then: "delete",
    why: "a guest who has not come back in 3 months will not",
  },
  emailAfterSent: {
    days: 2 * 365,
    from: "sending",
    then: "delete",
    why: "proof of what was sent (an order confirmation) for the period of the legal guarantee of conformity",
  },
  // Guest orders (no account). The order itself is an accounting document: kept 10 years from the close of
  // its financial year (Code de commerce L123-22), and an online sale of 120 EUR or more must be kept as
  // long and shown to its buyer on request (Code de la consommation L213-1 and its decree). The buyer's
  // identity is part of that record: a guest has no account to find the order through, and the invoice
  // names the buyer. Past that, no law requires it: the person is anonymised as on account deletion (same
  // function) and the order stays, as figures. A financial year lasts at most 12 months, so 11 full years
  // after the order is past the end of any of them. Orders of an account follow the account instead.
  guestOrderContact: {
    days: fullYears(11),
    from: "order",
    then: "anonymise",
    why: "accounting documents and online contracts: 10 years after the financial year (C. com. L123-22, C. conso. L213-1)",
  },
  // The contacts customer service noted about an order (P5, OrderContactLog) follow the order's person: they are
  // deleted when the order is anonymised (account deletion, or guestOrderContact above, lib/privacy/erasure.ts).
  // An order of an account that stays active keeps them no longer than a guest order would.
  orderContactLogWithOrder: {
    days: fullYears(11),
    from: "order",
    then: "delete",
    why: "notes about an order go with the customer's identity on it: deleted when the order is anonymised, at the latest after the guestOrderContact period",
  },
  // Proof of a cookie choice (ConsentRecord: the choice, no IP, no user): kept while the choice is valid (6
  // months, until expiresAt) and then for 5 years, the limitation period of a civil action (Code civil
  // art. 2224) in which the shop would have to prove what the visitor chose, as the CNIL asks (keep the
  // proof as long as it may be needed).
  consentProofAfterExpiry: {
    days: fullYears(5),
    from: "choiceExpiry",
    then: "delete",
    why: "proof of consent for the limitation period of a claim (Code civil art. 2224)",
  },
  // Contact messages (P3), counted from the last exchange (the answer, or the message when unanswered). A
  // question is kept 3 years, as the CNIL advises for the data of customers and prospects: long enough for
  // a follow-up to find the earlier exchange. A privacy request (access or erasure by a guest, P14) is the
  // proof that the right was honoured: kept 5 years, the limitation period of a claim in which the shop would
  // have to show it (Code civil art. 2224), as for the proof of a cookie choice. The back office's answers
  // (ContactReply) are part of the exchange: each one restarts the clock, and they are deleted with their message.
  contactMessageAfterLastExchange: {
    days: fullYears(3),
    from: "lastExchange",
    then: "delete",
    why: "CNIL guidance for customers and prospects: 3 years after the last contact",
  },
  privacyRequestAfterLastExchange: {
    days: fullYears(5),
    from: "lastExchange",
    then: "delete",
    why: "proof that a privacy request was handled, for the limitation period of a claim (Code civil art. 2224)",
  },
  // Diagnostics request log (P18): the client's network only (/24, /48), no user, session or cookie.
  requestLog: {
    days: 30,
    from: "recorded",
    then: "delete",
    why: "enough to investigate an incident or an attack; older lines help nobody",
  },
  // Audience and search counts (P19): hourly or daily totals that name nobody, kept as the CNIL allows for
  // audience measurement exempt from consent (25 months), although ours is collected only with consent.
  audienceCounts: {
    days: 25 * 31,
    from: "recorded",
    then: "delete",
    why: "CNIL guidance for audience measurement: figures kept 25 months at most",
  },
  // Newsletter and promotions (P6, P7): confirmed subscriptions last until the subscriber leaves (one click).
  newsletterPendingAfterExpiry: {
    days: 7,
    from: "end",
    then: "delete",
    why: "an address never confirmed is a typo or someone else's: forgotten a week after its link expires",
  },
  newsletterAfterUnsubscribe: {
    days: 30,
    from: "end",
    then: "delete",
    why: "kept a month after unsubscribing, to answer 'did my unsubscription work?', then forgotten",
  },
  // The register of legal disclosures (P24, LegalDisclosure). It names an authority and a legal basis, but
  // "what was disclosed" refers to the customers concerned (order numbers, an account), so it is personal
  // data and gets a line. It is the shop's proof that it disclosed only what the law required, so it is not
  // erased with the account; it is kept for the limitation period of a claim by the person concerned
  // (Code civil art. 2224), counted from the disclosure.
  legalDisclosureAfterDisclosure: {
    days: fullYears(5),
    from: "disclosure",
    then: "delete",
    why: "proof that a disclosure was required by law, for the limitation period of a claim (Code civil art. 2224)",
  },
  // The back office's audit log (P9, AuditEntry): which admin changed what, when, with a few key fields. It
  // names admins (by reference) and the records they touched, so it gets a line. The CNIL's recommendation on
  // logging (2021) keeps such traces 6 months to 1 year: a year lets a yearly review, or a dispute raised
  // months later, find who made a change, and no longer.
  auditLogAfterRecorded: {
    days: 365,
    from: "recorded",
    then: "delete",
    why: "CNIL recommendation on activity logs: 6 months to 1 year; a year covers a yearly review of who changed what",
  },
  // Stock adjustments of the back office (StockAdjustment): the movement itself (quantity, reason, stock after) is
  // an inventory record and stays; who made it (an admin, by reference) and the free note (which may name a
  // supplier's or a customer's contact) are personal data, cleared after the same year as the audit log.
  stockAdjustmentActorAfterRecorded: {
    days: 365,
    from: "recorded",
    then: "anonymise",
    why: "as the audit log: a year lets a yearly stock review find who made an adjustment; the movement itself stays",
  },
} as const satisfies Record<string, RetentionRule>;

export type RetentionLine = keyof typeof RETENTION_SCHEDULE;

/** The schedule in days, by line. */
export const RETENTION_DAYS = Object.fromEntries(
  Object.entries(RETENTION_SCHEDULE).map(([line, rule]) => [line, rule.days]),
) as { [Line in RetentionLine]: (typeof RETENTION_SCHEDULE)[Line]["days"] };
