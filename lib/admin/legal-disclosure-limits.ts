// The lengths the register's form allows (P24), apart from lib/admin/legal-disclosures.ts: the form, a client
// component, imports them without bringing the database, the audit log or zod into the browser.
export const LEGAL_DISCLOSURE_LIMITS = { authority: 200, legalBasis: 300, dataDisclosed: 2_000 } as const;
