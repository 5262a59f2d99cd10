// Shipping methods and their prices (cents, VAT included at the standard rate). Read by client components
// (the checkout form, the cart): no schema here, so zod stays out of the browser (lib/checkout/form.ts has it).

export const SHIPPING_VAT_RATE_BP = 2000;

export const SHIPPING_METHODS = {
  colissimo: { priceCents: 590, freeFromCents: 6000, days: "2-4", countries: "all" },
  relay: { priceCents: 390, freeFromCents: 6000, days: "3-5", countries: ["FR", "BE", "LU"] },
  express: { priceCents: 1490, freeFromCents: null, days: "1", countries: ["FR"] },
} as const;

export type ShippingMethod = keyof typeof SHIPPING_METHODS;

export function shippingMethodsFor(country: string): ShippingMethod[] {
  return (Object.keys(SHIPPING_METHODS) as ShippingMethod[]).filter((method) => {
    const countries = SHIPPING_METHODS[method].countries;
    return countries === "all" || (countries as readonly string[]).includes(country);
  });
}

/** Shipping price for a cart subtotal (VAT included), or null when the method does not serve the country. */
export function shippingPrice(method: ShippingMethod, country: string, subtotalCents: number): number | null {
  if (!shippingMethodsFor(country).includes(method)) return null;
  const { priceCents, freeFromCents } = SHIPPING_METHODS[method];
  return freeFromCents !== null && subtotalCents >= freeFromCents ? 0 : priceCents;
}
