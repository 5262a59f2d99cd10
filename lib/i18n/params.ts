import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./routing";

/** The [locale] segment of a page, or a 404 for anything that is not one of our locales. */
export async function localeFromParams(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
