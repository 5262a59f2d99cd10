"use client";

import { useTranslations } from "next-intl";

/**
 * The checkout's newsletter box (P6): never ticked unless the shopper ticked it before the form came back
 * refused; a customer already subscribed is told so instead of being offered a second opt-in.
 */
export function NewsletterOptIn({ subscribed, defaultChecked }: { subscribed: boolean; defaultChecked: boolean }) {
  const t = useTranslations("Checkout");
  if (subscribed) {
    return (
      <p className="text-sm text-muted" data-testid="newsletter-already">
        {t("newsletterAlready")}
      </p>
    );
  }
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        name="newsletter"
        defaultChecked={defaultChecked}
        aria-describedby="checkout-newsletter-help"
        className="mt-0.5 h-4 w-4 accent-marine"
      />
      <span>
        <span className="block">{t("newsletterOptIn")}</span>
        <span id="checkout-newsletter-help" className="block text-xs text-muted">
          {t("newsletterOptInHelp")}
        </span>
      </span>
    </label>
  );
}
