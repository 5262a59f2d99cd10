// The order confirmation e-mail (P5), rendered from an order's data without a database or a provider:
// the outbox that sends it is tested in tests/integration/outbox.test.ts.
import { describe, expect, test } from "vitest";
import { renderOrderConfirmation } from "@/lib/email/templates/orders";
import type { OrderConfirmationData } from "@/lib/email/types";
import type { ShopContact } from "@/lib/settings/shop-contact";

/** The shop's contact details as the migration seeds them (the e-mail reads them from ShopSettings). */
const SHOP: ShopContact = {
  phone: "0 800 94 20 26",
  phoneInternational: "+33800942026",
  phoneIsFree: true,
  email: "contact@plusuite.com",
  addressLines: [],
};

describe("order confirmation e-mail", () => {
  const order = (overrides: Partial<OrderConfirmationData> = {}): OrderConfirmationData => ({
    locale: "fr",
    orderNumber: "PS-2026-000042",
    orderUrl: "https://plusuite.example/fr/order/cm-order-42",
    // 23:30 UTC is already the next day in Paris, where the order was placed.
    createdAt: new Date("2026-03-14T23:30:00Z"),
    email: "camille@example.com",
    isDemo: false,
    shippingMethod: "colissimo",
    lines: [
      {
        name: "Drap en lin lavé",
        variantLabel: "Bleu marine / 240 × 260",
        quantity: 1,
        unitPriceCents: 8900,
        lineTotalCents: 8900,
      },
      { name: "Confiture d’abricot", variantLabel: null, quantity: 3, unitPriceCents: 690, lineTotalCents: 2070 },
      { name: "Bol en grès", variantLabel: "Blanc", quantity: 2, unitPriceCents: 965, lineTotalCents: 1930 },
    ],
    subtotalCents: 12900,
    shippingCents: 0,
    totalCents: 12900,
    vat: [
      { rateBp: 2000, baseCents: 9025, vatCents: 1805 },
      { rateBp: 550, baseCents: 1962, vatCents: 108 },
    ],
    shippingAddress: {
      name: "Camille Martin",
      company: null,
      line1: "12 rue des Lilas",
      line2: "Bâtiment B",
      postalCode: "69003",
      city: "Lyon",
      country: "FR",
    },
    billingAddress: {
      name: "Dominique Martin",
      company: "Atelier Martin",
      line1: "4 place Bellecour",
      line2: null,
      postalCode: "1000",
      city: "Bruxelles",
      country: "BE",
    },
    ...overrides,
  });
  // Intl puts (narrow) no-break spaces in "129,00 €" and "20 %": compare with ordinary spaces.
  const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, " ");

  const expected = {
    fr: {
      subject: "Votre commande PS-2026-000042 est confirmée",
      total: "129,00 €",
      otherLocaleTotal: "€129.00",
      vat: ["dont TVA 20 % : 18,05 €", "dont TVA 5,5 % : 1,08 €"],
      lineAmounts: ["89,00 €", "6,90 €", "20,70 €", "19,30 €"],
      free: "Offerte",
      date: "15 mars 2026",
      shippingMethod: "Colissimo à domicile",
      countries: ["France", "Belgique"],
      demo: "ne sera pas expédiée",
    },
    en: {
      subject: "Your order PS-2026-000042 is confirmed",
      total: "€129.00",
      otherLocaleTotal: "129,00 €",
      vat: ["incl. VAT 20%: €18.05", "incl. VAT 5.5%: €1.08"],
      lineAmounts: ["€89.00", "€6.90", "€20.70", "€19.30"],
      free: "Free",
      date: "15 March 2026",
      shippingMethod: "Colissimo home delivery",
      countries: ["France", "Belgium"],
      demo: "will not be shipped",
    },
  } as const;

  test.each(["fr", "en"] as const)(
    "P5 (%s): subject, items, totals, VAT breakdown and both addresses in HTML and text",
    async (locale) => {
      const data = order({ locale });
      const email = await renderOrderConfirmation(data, SHOP);
      const want = expected[locale];

      expect(email.subject).toBe(want.subject);
      const html = plain(email.html);
      expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
      for (const version of [html, plain(email.text)]) {
        for (const line of data.lines) expect(version).toContain(line.name);
        expect(version).toContain("Bleu marine / 240 × 260");
        for (const amount of [...want.lineAmounts, want.total, ...want.vat]) expect(version).toContain(amount);
        expect(version).not.toContain(want.otherLocaleTotal);
        expect(version).toContain(want.free);
        expect(version).toContain(want.date);
        expect(version).toContain(want.shippingMethod);
        for (const address of [data.shippingAddress, data.billingAddress]) {
          for (const part of [address.name, address.line1, `${address.postalCode} ${address.city}`])
            expect(version).toContain(part);
        }
        expect(version).toContain("Bâtiment B");
        expect(version).toContain("Atelier Martin");
        for (const country of want.countries) expect(version).toContain(country);
        expect(version).toContain(data.orderUrl);
        expect(version).toContain("contact@plusuite.com");
        expect(version).not.toContain(want.demo);
      }
    },
  );

  test.each(["fr", "en"] as const)(
    "P5 (%s): a demo order says it was paid in demo mode and will not be shipped",
    async (locale) => {
      const email = await renderOrderConfirmation(order({ locale, isDemo: true }), SHOP);
      expect(email.html).toContain(expected[locale].demo);
      expect(email.text).toContain(expected[locale].demo);
    },
  );

  test("a paid shipping fee is shown as an amount, not as free", async () => {
    const email = await renderOrderConfirmation(order({ shippingCents: 590, totalCents: 13490 }), SHOP);
    const text = plain(email.text);
    expect(text).toContain("5,90 €");
    expect(text).toContain("134,90 €");
    expect(text).not.toContain("Offerte");
  });

  test("text typed by the customer is escaped in the HTML", async () => {
    const email = await renderOrderConfirmation(
      order({ shippingAddress: { ...order().shippingAddress, name: `Camille <img src=x onerror="alert(1)">` } }),
      SHOP,
    );
    expect(email.html).not.toContain("<img src=x");
    expect(email.html).toContain("Camille &lt;img src=x");
  });
});
