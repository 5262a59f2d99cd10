"use client";

// PayPal's buttons (its script is loaded only on this page, once the shopper chose PayPal). The amount
// is never sent from here: the server creates the PayPal order from our order and captures it.
import { PayPalButtons, PayPalScriptProvider } from "@paypal/react-paypal-js";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { capturePayPalOrderAction, startPayPalOrderAction } from "@/app/[locale]/(shop)/checkout/paypal/actions";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

export function PayPalCheckout({ orderId, clientId, locale }: { orderId: string; clientId: string; locale: Locale }) {
  const t = useTranslations("Checkout");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const orderPage = `/${locale}/order/${orderId}`;

  return (
    <PayPalScriptProvider
      options={{ clientId, currency: "EUR", intent: "capture", locale: locale === "fr" ? "fr_FR" : "en_GB" }}
    >
      {error && (
        <Notice tone="error" className="mb-4">
          {error}
        </Notice>
      )}
      <PayPalButtons
        style={{ layout: "vertical", label: "pay" }}
        createOrder={async () => {
          const result = await startPayPalOrderAction({ orderId });
          if (!result.ok || !result.paypalOrderId) {
            setError(
              t(
                result.ok
                  ? "paypalError"
                  : result.error === "unavailable"
                    ? "failures.paymentUnavailable"
                    : "paypalError",
              ),
            );
            throw new Error("PayPal order not created");
          }
          return result.paypalOrderId;
        }}
        onApprove={async (data) => {
          const result = await capturePayPalOrderAction({ orderId, paypalOrderId: data.orderID });
          if (result.ok) router.push(orderPage);
          else setError(t(result.error === "unavailable" ? "failures.paymentUnavailable" : "paypalError"));
        }}
        onError={() => setError(t("paypalError"))}
      />
    </PayPalScriptProvider>
  );
}
