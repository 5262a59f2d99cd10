// Money is integer cents in euros; VAT rates are basis points (2000 = 20 %). Catalogue prices include VAT.
import { formattingLocale, type Locale } from "@/lib/i18n/routing";

export const CURRENCY = "EUR";

const formatters = new Map<Locale, Intl.NumberFormat>();

export function formatPrice(cents: number, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(formattingLocale[locale], { style: "currency", currency: CURRENCY });
    formatters.set(locale, formatter);
  }
  return formatter.format(cents / 100);
}

/** The VAT contained in a VAT-inclusive price, rounded half up to the cent. */
export function vatIncludedIn(grossCents: number, vatRateBp: number): number {
  assertCents(grossCents);
  if (!Number.isInteger(vatRateBp) || vatRateBp < 0) throw new RangeError(`Invalid VAT rate: ${vatRateBp}`);
  return Math.round((grossCents * vatRateBp) / (10_000 + vatRateBp));
}

export function netOf(grossCents: number, vatRateBp: number): number {
  return grossCents - vatIncludedIn(grossCents, vatRateBp);
}

/** "20 %" / "5.5%" in the reader's language. */
export function formatVatRate(vatRateBp: number, locale: Locale): string {
  return new Intl.NumberFormat(formattingLocale[locale], { style: "percent", maximumFractionDigits: 1 }).format(
    vatRateBp / 10_000,
  );
}

function assertCents(cents: number) {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Invalid amount in cents: ${cents}`);
}
