// PayPal writes amounts as decimal strings ("12.34"); we keep integer cents (house habit 5). The
// conversion goes through strings and integers only, never through a float.
import { z } from "zod";

/** Integer cents → PayPal's decimal string: 1234 → "12.34", 5 → "0.05". Two-decimal currencies only (EUR). */
export function centsToPayPalValue(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Invalid amount in cents: ${cents}`);
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/** PayPal's decimal string → integer cents, without floats; null for anything that is not a plain amount. */
export function payPalValueToCents(value: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/** PayPal's money object, as found in orders, captures and refunds. */
export const amountSchema = z.object({ currency_code: z.string(), value: z.string() });
export type PayPalAmount = z.infer<typeof amountSchema>;

/** True when PayPal's amount is exactly `cents` in `currency` (currency codes compared case-insensitively). */
export function amountEquals(amount: PayPalAmount, cents: number, currency: string): boolean {
  return payPalValueToCents(amount.value) === cents && amount.currency_code.toUpperCase() === currency.toUpperCase();
}
