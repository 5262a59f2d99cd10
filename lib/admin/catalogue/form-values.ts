// The values the catalogue forms of the back office offer and the conversions they show, without any schema:
// client components import them (zod stays on the server, in ./schemas.ts).

/** The French VAT rates a product may carry, in basis points (2000 = 20 %). */
export const VAT_RATES_BP = [2000, 1000, 550, 210] as const;

/** Colour codes a variant may carry: each is named under `colours` in messages/*.json (the storefront shows it). */
export const COLOUR_CODES = [
  "black",
  "white",
  "navy",
  "blue",
  "red",
  "green",
  "beige",
  "grey",
  "brown",
  "pink",
  "yellow",
  "natural",
] as const;

/** Reasons of a stock adjustment; "other" needs a note. */
export const STOCK_REASONS = ["received", "damaged", "countCorrection", "returned", "other"] as const;
export type StockReason = (typeof STOCK_REASONS)[number];

export const CATALOGUE_LIMITS = { name: 200, description: 5_000, slug: 120, sku: 64, note: 500, alt: 300 } as const;

/** Above any price the shop sells at: a typo of a few zeros is refused. */
const MAX_PRICE_CENTS = 10_000_000;
/** Above any stock the shop keeps; also the ceiling an adjustment cannot take a stock over. */
export const MAX_STOCK = 1_000_000;

/** "12,50", "12.5", "12" or "1 250,00" (euros) → 1250 cents; null when it is not a price. */
export function parseEuros(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f€]/g, "");
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
  return cents <= MAX_PRICE_CENTS ? cents : null;
}

/** Cents as the forms show them: "12,50" in French, "12.50" in English (both are accepted back). */
export function formatEuros(cents: number, locale: "fr" | "en" = "fr"): string {
  const euros = `${Math.floor(cents / 100)}${locale === "fr" ? "," : "."}${String(cents % 100).padStart(2, "0")}`;
  return euros;
}
