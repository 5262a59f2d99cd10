import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PayPalCheckout } from "@/components/checkout/paypal-checkout";
import { ClientMessages } from "@/components/layout/client-messages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { readCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { localeFromParams } from "@/lib/i18n/params";
import { formatPrice } from "@/lib/money";
import { getOwnedOrder } from "@/lib/orders/queries";
import { paymentConfigFrom } from "@/lib/payments/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Checkout");
  return { title: t("paypalTitle"), robots: { index: false } };
}

export default async function PayPalPage({ params }: { params: Promise<{ locale: string; orderId: string }> }) {
  const locale = await localeFromParams(params);
  const { orderId } = await params;
  const paypal = paymentConfigFrom(getEnv()).paypal;
  const order = await getOwnedOrder(db, orderId, { cartId: await readCartId(), userId: (await getCurrentUser())?.id });
  if (!paypal || !order || order.paymentProvider !== "paypal") notFound();
  if (order.status !== "pending") redirect(`/${locale}/order/${order.id}`);

  const t = await getTranslations("Checkout");
  return (
    <div className="mx-auto max-w-lg px-4 py-10">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("paypalTitle")}</h1>
      <p className="mt-3 text-muted">
        {t("paypalIntro", { number: order.number, total: formatPrice(order.totalCents, locale) })}
      </p>
      <div className="mt-8">
        <ClientMessages namespaces={["Checkout", "Errors"]}>
          <PayPalCheckout orderId={order.id} clientId={paypal.clientId} locale={locale} />
        </ClientMessages>
      </div>
    </div>
  );
}
