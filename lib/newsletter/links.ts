// The addresses newsletter e-mails link to (P6, P7): the pages a person opens, and the one-click endpoint
// mail providers POST to (RFC 8058). Used by the confirmation, the welcome e-mail and every campaign.
import type { Locale } from "@/lib/i18n/routing";

export type NewsletterEnv = { SITE_URL: string; COOKIE_SECRET: string };

const origin = (siteUrl: string) => siteUrl.replace(/\/+$/, "");

/** Pages the newsletter links open (app/[locale]/(shop)/newsletter/…). */
export function newsletterPageUrl(siteUrl: string, locale: Locale, page: "confirm" | "unsubscribe", token: string) {
  return `${origin(siteUrl)}/${locale}/newsletter/${page}?token=${encodeURIComponent(token)}`;
}

/** The one-click endpoint (app/api/newsletter/unsubscribe/route.ts), for the List-Unsubscribe header. */
export function oneClickUnsubscribeUrl(siteUrl: string, token: string): string {
  return `${origin(siteUrl)}/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`;
}

/**
 * RFC 8058: the provider POSTs "List-Unsubscribe=One-Click" to the https URI. The mailto goes to the shop's
 * contact address (`shopEmail`: ShopContact.email), read by a person (P7: "or by e-mail").
 */
export function unsubscribeHeaders(siteUrl: string, token: string, shopEmail: string): Record<string, string> {
  const mailto = `mailto:${shopEmail}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(siteUrl, token)}>, <${mailto}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
