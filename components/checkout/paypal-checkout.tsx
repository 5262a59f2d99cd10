"use client";

// PayPal's buttons (its script is loaded only on this page, once the shopper chose PayPal). The amount
// is never sent from here: the server creates the PayPal order from our order and captures it.
import { PayPalButtons, PayPalScriptProvider } from "@paypal/react-paypal-js";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { capturePayPalOrderAction, startPayPalOrderAction } from "@/app/[locale]/(shop)/checkout/paypal/actions";
import type { ActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { useErrorMessage } from "@/components/ui/use-error-message";

/**
 * The Content-Security-Policy nonce of this document (proxy.ts), which PayPal's SDK puts on the scripts and
 * styles it adds. Read from the page's own scripts rather than passed by the server: after a client-side
 * navigation (the checkout form's redirect) the document, and its nonce, are still those of the checkout.
 */
function documentNonce(): string | undefined {
  if (typeof document === "undefined") return undefined;
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || undefined;
}

export function PayPalCheckout({ orderId, clientId, locale }: { orderId: string; clientId: string; locale: Locale }) {
  const [nonce] = useState(documentNonce);
  const t = useTranslations("Checkout");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const orderPage = `/${locale}/order/${orderId}`;
  // A refusal of the server (PayPal not answering, a declined card…), in the shop's words.
  const refused = (state: ActionState) =>
    setError(errorMessage(Object.values(state.fieldErrors ?? {})[0] ?? state.error) ?? t("paypalError"));

  return (
    <PayPalScriptProvider
      options={{
        clientId,
        currency: "EUR",
        intent: "capture",
        locale: locale === "fr" ? "fr_FR" : "en_GB",
        dataCspNonce: nonce,
      }}
    >
      {error && (
        <Notice tone="error" className="mb-4">
          {error}
        </Notice>
      )}
      <PayPalButtons
        style={{ layout: "vertical", label: "pay" }}
        createOrder={async () => {
          const state = await startPayPalOrderAction({ locale, orderId });
          if (!state.data) {
            refused(state);
            throw new Error("PayPal order not created");
          }
          return state.data.paypalOrderId;
        }}
        onApprove={async (data) => {
          const state = await capturePayPalOrderAction({ locale, orderId, paypalOrderId: data.orderID });
          // Paid, or still clearing at PayPal: the order page says which.
          if (state.data) router.push(orderPage);
          else refused(state);
        }}
        onError={() => setError(t("paypalError"))}
      />
    </PayPalScriptProvider>
  );
}
