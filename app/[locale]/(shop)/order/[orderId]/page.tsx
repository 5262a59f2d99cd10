import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CartSync } from "@/components/cart/cart-sync";
import { OrderSummary } from "@/components/account/order-summary";
import { OrderTracking } from "@/components/account/order-tracking";
import { AutoRefresh } from "@/components/checkout/auto-refresh";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
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
  const format = await getFormatter();

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

      <OrderTracking order={order} locale={locale} />
      <OrderSummary order={order} locale={locale} />
      <Link href="/" className="mt-10 inline-block font-medium text-marine underline underline-offset-4">
        {t("continue")}
      </Link>
    </div>
  );
}
