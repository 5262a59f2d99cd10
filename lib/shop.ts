/**
 * Public facts about the shop fixed in code. Its contact details (phone, e-mail, postal address) are set at
 * /admin/settings and read with readShopContact (lib/settings/shop-contact.ts).
 */

/** Dates and times are shown as the shop (and its French customers) see them: pages, e-mails, file names. */
export const SHOP_TIME_ZONE = "Europe/Paris";

/** The company whose servers run the shop (a processor, P1): shown on the privacy page. */
export const HOSTING_PROVIDER = "OVHcloud";
