/** Public facts about the shop shown on its pages. */
export const CONTACT_EMAIL = "contact@plusuite.com";
/**
 * The shop's toll-free number (P25: "a toll-free number or e-mail"), as written in France, and in the
 * international form a tel: link dials. 0 800 numbers are free from French lines (numéro vert).
 */
export const CONTACT_PHONE = "0 800 94 20 26";
export const CONTACT_PHONE_INTERNATIONAL = "+33800942026";

/** Dates and times are shown as the shop (and its French customers) see them: pages, e-mails, file names. */
export const SHOP_TIME_ZONE = "Europe/Paris";

/** The company whose servers run the shop (a processor, P1): shown on the privacy page. */
export const HOSTING_PROVIDER = "OVHcloud";
