/** Public facts about the shop shown on its pages. */
export const CONTACT_EMAIL = "contact@plusuite.com";
