import { defineRouting } from "next-intl/routing";

export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A path of the shop in the given language: "/category/cuisine" → "/fr/category/cuisine" (every URL has its locale). */
export function localizedHref(href: string, locale: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}

/** BCP 47 tags used for formatting: French prices as "49,00 €", English as "€49.00". */
export const formattingLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };
