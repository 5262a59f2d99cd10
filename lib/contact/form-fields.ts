// What the contact form offers (P3, P29), without its schema: the form, a client component, imports this and
// brings no zod to the browser (./schemas.ts validates on the server).

export const CONTACT_KINDS = ["question", "privacyAccess", "privacyDeletion"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_LIMITS = { name: 100, subject: 200, message: 5_000 } as const;

/** The hidden field only robots fill in (the honeypot): a value there means the message is dropped unsaid. */
export const HONEYPOT_FIELD = "website";
