/** Public facts about the shop shown on its pages. */
export const CONTACT_EMAIL = "contact@plusuite.com";

/** Dates and times are shown as the shop (and its French customers) see them: pages, e-mails, file names. */
export const SHOP_TIME_ZONE = "Europe/Paris";

/** The company whose servers run the shop (a processor, P1): shown on the privacy page. */
export const HOSTING_PROVIDER = "OVHcloud";
