import type { VatLine } from "@/lib/orders/totals";
import type { Locale } from "@/lib/i18n/routing";

export type RenderedEmail = { subject: string; html: string; text: string };

export type EmailAddressView = {
  name: string;
  company?: string | null;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
};

/** Everything the order confirmation e-mail shows (P5): items, totals with VAT, addresses. */
export type OrderConfirmationData = {
  locale: Locale;
  orderNumber: string;
  /** absolute URL of the order page */
  orderUrl: string;
  createdAt: Date;
  email: string;
  isDemo: boolean;
  shippingMethod: string;
  lines: {
    name: string;
    variantLabel: string | null;
    quantity: number;
    unitPriceCents: number;
    lineTotalCents: number;
  }[];
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
  vat: VatLine[];
  shippingAddress: EmailAddressView;
  billingAddress: EmailAddressView;
};
