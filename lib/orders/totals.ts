// Order totals, computed only on the server from database prices. Prices include VAT; the VAT of each
// rate is computed once on the sum of that rate's lines (as on a French invoice).
import { vatIncludedIn } from "@/lib/money";
import { SHIPPING_VAT_RATE_BP } from "./shipping";

export type PricedLine = { unitPriceCents: number; quantity: number; vatRateBp: number };

export type VatLine = { rateBp: number; baseCents: number; vatCents: number };

export type Totals = {
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
  vatCents: number;
  /** per VAT rate: amount excluding VAT and VAT */
  vat: VatLine[];
};

export const MAX_LINE_QUANTITY = 99;

export function lineTotal(line: PricedLine): number {
  if (!Number.isSafeInteger(line.unitPriceCents) || line.unitPriceCents < 0) throw new RangeError("bad unit price");
  if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY)
    throw new RangeError("bad quantity");
  return line.unitPriceCents * line.quantity;
}

export function computeTotals(lines: PricedLine[], shippingCents: number): Totals {
  const grossByRate = new Map<number, number>();
  let subtotalCents = 0;
  for (const line of lines) {
    const total = lineTotal(line);
    subtotalCents += total;
    grossByRate.set(line.vatRateBp, (grossByRate.get(line.vatRateBp) ?? 0) + total);
  }
  if (shippingCents > 0)
    grossByRate.set(SHIPPING_VAT_RATE_BP, (grossByRate.get(SHIPPING_VAT_RATE_BP) ?? 0) + shippingCents);

  const vat = [...grossByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBp, gross]) => {
      const vatCents = vatIncludedIn(gross, rateBp);
      return { rateBp, baseCents: gross - vatCents, vatCents };
    });
  return {
    subtotalCents,
    shippingCents,
    totalCents: subtotalCents + shippingCents,
    vatCents: vat.reduce((sum, v) => sum + v.vatCents, 0),
    vat,
  };
}
