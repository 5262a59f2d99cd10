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
