// Shared by the account tests (registration, sign-up validation, passwords and e-mail change): the site
// the e-mailed links point to, the sign-up forms of a person and of an organization, and the one password
// of users that are not the subject of a test.
export const SITE = "https://shop.example";

// Production scrypt parameters cost ~0.3 s and 128 MiB per hash: users that need a password but are not
// the subject of a test share one hash of this password.
export const SHARED_PASSWORD = "correct horse battery staple";

/** The token of the link in an e-mail, read from the plain-text version as a customer would see it. */
export function linkToken(text: string, page: string): string {
  const match = new RegExp(`${SITE}/(?:fr|en)/${page}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${page} link in:\n${text}`);
  return match[1];
}

export const person = {
  name: "Camille Martin",
  email: " Camille.Martin@Example.FR ",
  password: "un mot de passe solide",
  locale: "fr",
};

export const organization = {
  ...person,
  email: "dominique@atelier-bleu.fr",
  name: "Dominique Leroy",
  organizationName: "Atelier Bleu SARL",
  country: "FR",
  vatNumber: "FR 40 303 265 045",
  jobTitle: "Gérante",
  attestAuthority: true,
};
