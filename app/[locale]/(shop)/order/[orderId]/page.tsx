import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CartSync } from "@/components/cart/cart-sync";
import { AutoRefresh } from "@/components/checkout/auto-refresh";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readCartId } from "@/lib/cart/session";
import { computeTotals } from "@/lib/checkout/totals";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { formatPrice, formatVatRate } from "@/lib/money";
import { getOwnedOrder } from "@/lib/orders/queries";

type Params = Promise<{ locale: string; orderId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { robots: { index: false } };
}

export default async function OrderPage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { orderId } = await params;
  const order = await getOwnedOrder(db, orderId, { cartId: await readCartId(), userId: (await getCurrentUser())?.id });
  if (!order) notFound();

  const t = await getTranslations("Order");
  const tCheckout = await getTranslations("Checkout");
  const format = await getFormatter();
  const price = (cents: number) => formatPrice(cents, locale);
  const vat = computeTotals(order.lines, order.shippingCents).vat;
  const address = (kind: "shipping" | "billing") => order.addresses.find((a) => a.kind === kind);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <CartSync />
      {order.status === "pending" && <AutoRefresh />}
      {order.status === "paid" && <p className="font-serif text-2xl text-sage">{t("thanks")}</p>}
      <h1 className="mt-2 font-serif text-3xl font-semibold text-marine">{t("title", { number: order.number })}</h1>
      <p className="mt-1 text-sm text-muted">
        {t("placedOn", { date: format.dateTime(order.createdAt, { dateStyle: "long", timeStyle: "short" }) })}
      </p>
      <p
        role="status"
        className="mt-4 rounded-lg bg-white p-4 font-medium"
        data-testid="order-status"
        data-status={order.status}
      >
        {order.status === "paid" ? t("paid", { email: order.email }) : t(order.status)}
      </p>
      {order.isDemo && (
        <p
          className="mt-3 rounded-lg border border-terracotta/40 bg-terracotta/5 p-3 text-sm text-terracotta"
          data-testid="demo-order"
        >
          {t("demo")}
        </p>
      )}

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
      <Link href="/" className="mt-10 inline-block font-medium text-marine underline underline-offset-4">
        {t("continue")}
      </Link>
    </div>
  );
}
