"use client";

// The checkout's summary and submit button. The shipping price, the total and the VAT follow the chosen
// shipping method. Once the script runs, the form's state gives the method; before that (or without
// JavaScript) every method's figures are rendered and CSS shows those of the checked radio (:has), so the
// amount on the button is always the one the server will compute for what is posted.
import { useTranslations } from "next-intl";
import { shippingPrice, type ShippingMethod } from "@/lib/orders/shipping";
import { computeTotals, type PricedLine } from "@/lib/orders/totals";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice, formatVatRate } from "@/lib/money";
import { SubmitButton } from "@/components/ui/submit-button";

/** The class the checkout <form> carries, naming the group the rules below look into. */
export const CHECKOUT_FORM_GROUP = "group/checkout";

// Literal class names (Tailwind finds them in the source): shown only while that method's radio is checked.
const WHILE_CHECKED: Record<ShippingMethod, { row: string; text: string }> = {
  colissimo: {
    row: "hidden group-has-[input[name=shippingMethod][value=colissimo]:checked]/checkout:flex",
    text: "hidden group-has-[input[name=shippingMethod][value=colissimo]:checked]/checkout:inline",
  },
  relay: {
    row: "hidden group-has-[input[name=shippingMethod][value=relay]:checked]/checkout:flex",
    text: "hidden group-has-[input[name=shippingMethod][value=relay]:checked]/checkout:inline",
  },
  express: {
    row: "hidden group-has-[input[name=shippingMethod][value=express]:checked]/checkout:flex",
    text: "hidden group-has-[input[name=shippingMethod][value=express]:checked]/checkout:inline",
  },
};

type Props = {
  locale: Locale;
  lines: (PricedLine & { id: string; name: string; options: string })[];
  country: string;
  /** the methods offered for the country, and the one chosen in the form's state */
  methods: ShippingMethod[];
  chosenMethod: ShippingMethod;
  /** false on the server and while hydrating: the figures of every method, shown by CSS */
  scripted: boolean;
  demoMode: boolean;
  canPay: boolean;
};

export function OrderSummary({ locale, lines, country, methods, chosenMethod, scripted, demoMode, canPay }: Props) {
  const t = useTranslations("Checkout");
  const price = (cents: number) => formatPrice(cents, locale);
  const subtotal = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const totalsFor = (method: ShippingMethod) => computeTotals(lines, shippingPrice(method, country, subtotal) ?? 0);
  // One set of figures once the script runs; before, one per method, each shown while its radio is checked.
  const shown = scripted ? [chosenMethod] : methods;
  const visibility = (method: ShippingMethod, kind: "row" | "text") =>
    scripted ? (kind === "row" ? "flex" : undefined) : WHILE_CHECKED[method][kind];
  const submitLabel = (method: ShippingMethod) =>
    t(demoMode ? "submitDemo" : "submit", { total: price(totalsFor(method).totalCents) });

  return (
    <aside
      className="h-fit space-y-4 rounded-lg border border-line bg-white p-5 lg:sticky lg:top-4"
      aria-labelledby="summary-title"
    >
      <h2 id="summary-title" className="font-serif text-xl font-semibold text-ink">
        {t("summary")}
      </h2>
      <ul className="space-y-2 text-sm">
        {lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-3">
            <span>
              {line.quantity} × {line.name}
              {line.options && <span className="block text-xs text-muted">{line.options}</span>}
            </span>
            <span className="whitespace-nowrap">{price(line.unitPriceCents * line.quantity)}</span>
          </li>
        ))}
      </ul>
      <dl className="space-y-1 border-t border-line pt-3 text-sm">
        <div className="flex justify-between">
          <dt>{t("subtotal")}</dt>
          <dd>{price(subtotal)}</dd>
        </div>
        {shown.map((method) => {
          const totals = totalsFor(method);
          const row = `${visibility(method, "row")} justify-between`;
          // The figures of the method checked when the page was rendered carry the test id.
          const testId = method === chosenMethod ? "checkout-total" : undefined;
          return [
            <div key={`${method}-shipping`} className={row}>
              <dt>{t("shipping")}</dt>
              <dd>{totals.shippingCents === 0 ? t("free") : price(totals.shippingCents)}</dd>
            </div>,
            <div key={`${method}-total`} className={`${row} border-t border-line pt-2 text-base font-semibold`}>
              <dt>{t("total")}</dt>
              <dd data-testid={testId}>{price(totals.totalCents)}</dd>
            </div>,
            ...totals.vat.map((vat) => (
              <div key={`${method}-vat-${vat.rateBp}`} className={`${row} text-xs text-muted`}>
                <dt>{t("vatLine", { rate: formatVatRate(vat.rateBp, locale) })}</dt>
                <dd>{price(vat.vatCents)}</dd>
              </div>
            )),
          ];
        })}
      </dl>
      <SubmitButton className="w-full" disabled={!canPay} pendingLabel={t("submitting")}>
        {shown.map((method) => (
          <span key={method} className={visibility(method, "text")}>
            {submitLabel(method)}
          </span>
        ))}
      </SubmitButton>
    </aside>
  );
}
