// Money is integer cents in euros; VAT rates are basis points (2000 = 20 %). Catalogue prices include VAT.
import type { Locale } from "@/lib/i18n/routing";

export const CURRENCY = "EUR";

// Prices are written out here rather than with Intl.NumberFormat: the first Intl formatter a page creates loads the
// locale's data, about 30 ms of a phone's main thread while the product page or the cart hydrates (decision 0014).
// The output is Intl's, character for character (fr-FR and en-GB, checked against it in tests/unit/money.test.ts):
// "1 234,56 €" with a narrow no-break space between thousands and a no-break space before the sign; "€1,234.56".
const NARROW_NBSP = "\u202f";
const NBSP = "\u00a0";
const numberStyle = {
  fr: { group: NARROW_NBSP, decimal: "," },
  en: { group: ",", decimal: "." },
} as const satisfies Record<Locale, { group: string; decimal: string }>;

/** A whole amount of cents as the reader writes euros: "49,00 €" (fr), "€49.00" (en). */
export function formatPrice(cents: number, locale: Locale): string {
  const sign = cents < 0 ? "-" : "";
  const whole = Math.round(Math.abs(cents));
  const { group, decimal } = numberStyle[locale];
  const amount = `${groupThousands(Math.floor(whole / 100), group)}${decimal}${String(whole % 100).padStart(2, "0")}`;
  return locale === "fr" ? `${sign}${amount}${NBSP}€` : `${sign}€${amount}`;
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

/** "20 %" / "5.5%" in the reader's language: at most one decimal, rounded half up. */
export function formatVatRate(vatRateBp: number, locale: Locale): string {
  const tenths = Math.round(Math.abs(vatRateBp) / 10);
  const { group, decimal } = numberStyle[locale];
  const fraction = tenths % 10 === 0 ? "" : `${decimal}${tenths % 10}`;
  const rate = `${vatRateBp < 0 ? "-" : ""}${groupThousands(Math.floor(tenths / 10), group)}${fraction}`;
  return locale === "fr" ? `${rate}${NBSP}%` : `${rate}%`;
}

function groupThousands(integer: number, separator: string): string {
  return String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function assertCents(cents: number) {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Invalid amount in cents: ${cents}`);
}
