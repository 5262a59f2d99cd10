// PayPal's amounts and order body, built from an order without calling PayPal: the calls themselves are
// tested against a fake of PayPal's API in tests/integration/paypal.test.ts.
import { describe, expect, test } from "vitest";
import { centsToPayPalValue, payPalValueToCents } from "@/lib/payments/paypal/money";
import { payPalOrderBody } from "@/lib/payments/paypal/orders";

describe("PayPal API details", () => {
  test("money: integer cents to PayPal strings and back, without floats", () => {
    expect([0, 5, 10, 99, 100, 1234, 1890, 123456789].map(centsToPayPalValue)).toEqual([
      "0.00",
      "0.05",
      "0.10",
      "0.99",
      "1.00",
      "12.34",
      "18.90",
      "1234567.89",
    ]);
    expect(() => centsToPayPalValue(1.5)).toThrow(RangeError);
    expect(() => centsToPayPalValue(-1)).toThrow(RangeError);
    expect(["18.90", "18.9", "18", "0.07", "1.005", "-1.00", "1e3", " 1.00", ""].map(payPalValueToCents)).toEqual([
      1890,
      1890,
      1800,
      7,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  test("create body: items add up to item_total, names cut at 127 characters, variant labels kept", () => {
    const body = payPalOrderBody({
      id: "order1",
      number: "PS-2026-000001",
      currency: "EUR",
      subtotalCents: 3 * 333 + 8900,
      shippingCents: 0,
      totalCents: 3 * 333 + 8900,
      lines: [
        { name: "é".repeat(200), variantLabel: null, sku: "S1", unitPriceCents: 333, quantity: 3 },
        {
          name: "Drap en lin lavé",
          variantLabel: "Naturel / 140 × 200",
          sku: "DRAP-140-NAT",
          unitPriceCents: 8900,
          quantity: 1,
        },
      ],
    });
    const unit = body.purchase_units[0]!;
    expect(unit.amount).toEqual({
      currency_code: "EUR",
      value: "98.99",
      breakdown: {
        item_total: { currency_code: "EUR", value: "98.99" },
        shipping: { currency_code: "EUR", value: "0.00" },
      },
    });
    expect(unit.items?.[0]?.name).toHaveLength(127);
    expect(unit.items?.[1]).toMatchObject({
      name: "Drap en lin lavé (Naturel / 140 × 200)",
      quantity: "1",
      unit_amount: { value: "89.00" },
    });
    expect(() =>
      payPalOrderBody({
        ...{ id: "x", number: "n", currency: "EUR", lines: [] },
        subtotalCents: 100,
        shippingCents: 0,
        totalCents: 101,
      }),
    ).toThrow();
  });
});
