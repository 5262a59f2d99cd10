import { getTranslations } from "next-intl/server";
import { computeTotals } from "@/lib/orders/totals";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice, formatVatRate } from "@/lib/money";

type SummaryLine = {
  id: string;
  name: string;
  variantLabel: string | null;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
  vatRateBp: number;
};
type SummaryAddress = {
  kind: "shipping" | "billing";
  name: string;
  company: string | null;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: string;
};
export type OrderSummaryData = {
  lines: SummaryLine[];
  addresses: SummaryAddress[];
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
  shippingMethod: string;
};

/**
 * What was ordered: lines, totals with the VAT they include, delivery method and both addresses. Shared by
 * the order page reached after checkout and the order detail in Mon compte, so they never disagree.
 */
export async function OrderSummary({ order, locale }: { order: OrderSummaryData; locale: Locale }) {
  const t = await getTranslations("Order");
  const tCheckout = await getTranslations("Checkout");
  const price = (cents: number) => formatPrice(cents, locale);
  const vat = computeTotals(order.lines, order.shippingCents).vat;
  const address = (kind: "shipping" | "billing") => order.addresses.find((a) => a.kind === kind);

  return (
    <>
      <table className="mt-8 w-full text-sm">
        <caption className="mb-2 text-left font-semibold">{t("items")}</caption>
        <thead className="border-b border-line text-left text-muted">
          <tr>
            <th scope="col" className="py-2 font-medium">
              {t("items")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("quantity")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("unitPrice")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("lineTotal")}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id} className="border-b border-line">
              <td className="py-2">
                {line.name}
                {line.variantLabel && <span className="block text-xs text-muted">{line.variantLabel}</span>}
              </td>
              <td className="py-2 text-right">{line.quantity}</td>
              <td className="py-2 text-right">{price(line.unitPriceCents)}</td>
              <td className="py-2 text-right">{price(line.lineTotalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mt-4 ml-auto max-w-xs space-y-1 text-sm">
        <div className="flex justify-between">
          <dt>{tCheckout("subtotal")}</dt>
          <dd>{price(order.subtotalCents)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>
            {tCheckout("shipping")} ({tCheckout(`methods.${order.shippingMethod as "colissimo"}`)})
          </dt>
          <dd>{order.shippingCents === 0 ? tCheckout("free") : price(order.shippingCents)}</dd>
        </div>
        <div className="flex justify-between border-t border-line pt-2 font-semibold">
          <dt>{tCheckout("total")}</dt>
          <dd data-testid="order-total">{price(order.totalCents)}</dd>
        </div>
        {vat.map((line) => (
          <div key={line.rateBp} className="flex justify-between text-xs text-muted">
            <dt>{tCheckout("vatLine", { rate: formatVatRate(line.rateBp, locale) })}</dt>
            <dd>{price(line.vatCents)}</dd>
          </div>
        ))}
      </dl>

      <div className="mt-8 grid gap-6 sm:grid-cols-2 text-sm">
        {(["shipping", "billing"] as const).map((kind) => {
          const a = address(kind);
          return (
            a && (
              <address key={kind} className="not-italic">
                <p className="font-semibold">{kind === "shipping" ? t("shippingTo") : t("billingTo")}</p>
                <p>{a.name}</p>
                {a.company && <p>{a.company}</p>}
                <p>{a.line1}</p>
                {a.line2 && <p>{a.line2}</p>}
                <p>
                  {a.postalCode} {a.city}
                </p>
                <p>{tCheckout(`countries.${a.country as "FR"}`)}</p>
              </address>
            )
          );
        })}
      </div>
    </>
  );
}
