import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatPrice, formatVatRate, netOf, vatIncludedIn } from "@/lib/money";

// Intl uses narrow no-break spaces in French; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("prices", () => {
  test("French prices read '49,00 €', English ones '€49.00'", () => {
    expect(plain(formatPrice(4900, "fr"))).toBe("49,00 €");
    expect(formatPrice(4900, "en")).toBe("€49.00");
    expect(plain(formatPrice(123456, "fr"))).toBe("1 234,56 €");
    expect(formatPrice(123456, "en")).toBe("€1,234.56");
    expect(plain(formatPrice(5, "fr"))).toBe("0,05 €");
  });

  test("VAT rates in each language", () => {
    expect(plain(formatVatRate(2000, "fr"))).toBe("20 %");
    expect(formatVatRate(550, "en")).toBe("5.5%");
  });

  // lib/money.ts writes numbers out itself (no Intl in the browser's hydration): it must agree with Intl to the
  // character, spaces included, or the server's HTML and the browser's render of the same price would differ.
  const intlLocale = { fr: "fr-FR", en: "en-GB" } as const;
  test.each(["fr", "en"] as const)("%s: every price is written as Intl.NumberFormat writes it", (locale) => {
    const intl = new Intl.NumberFormat(intlLocale[locale], { style: "currency", currency: "EUR" });
    for (const cents of [0, 1, 99, 100, 99_999, 100_000, 123_456_789, -1_200])
      expect(formatPrice(cents, locale)).toBe(intl.format(cents / 100));
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(formatPrice(cents, locale)).toBe(intl.format(cents / 100));
      }),
      { numRuns: 2_000 },
    );
  });

  test.each(["fr", "en"] as const)("%s: every VAT rate is written as Intl.NumberFormat writes it", (locale) => {
    const intl = new Intl.NumberFormat(intlLocale[locale], { style: "percent", maximumFractionDigits: 1 });
    for (const bp of [0, 4, 5, 15, 210, 550, 1000, 2000, 10_000, 123_456])
      expect(formatVatRate(bp, locale)).toBe(intl.format(bp / 10_000));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (bp) => {
        expect(formatVatRate(bp, locale)).toBe(intl.format(bp / 10_000));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("VAT contained in a VAT-inclusive price", () => {
  test.each([
    [12000, 2000, 2000], // 120,00 € TTC at 20 % -> 20,00 € VAT
    [4900, 2000, 817], // 816.67 rounds to 817
    [650, 550, 34], // 33.89 rounds to 34
    [1000, 1000, 91], // 90.91
    [0, 2000, 0],
    [999, 0, 0],
  ])("%i cents at %i bp contain %i cents of VAT", (gross, rate, vat) => {
    expect(vatIncludedIn(gross, rate)).toBe(vat);
    expect(netOf(gross, rate)).toBe(gross - vat);
  });

  test("amounts are whole, non-negative cents", () => {
    expect(() => vatIncludedIn(10.5, 2000)).toThrow(RangeError);
    expect(() => vatIncludedIn(-1, 2000)).toThrow(RangeError);
    expect(() => vatIncludedIn(100, -5)).toThrow(RangeError);
  });
});
