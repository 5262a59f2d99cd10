"use client";

import { useTranslations } from "next-intl";
import { openConsentSettings, useConsent } from "./use-consent";

/**
 * "Gérer mes cookies" (P17): reopens the cookie banner with the current choice, on every page, so that
 * withdrawing is as easy as giving. The banner needs JavaScript (without it nothing optional ever loads):
 * the button appears once the page is hydrated.
 */
export function ManageCookiesLink({ className }: { className?: string }) {
  const t = useTranslations("Consent");
  const hydrated = useConsent() !== undefined;
  if (!hydrated) return null;
  return (
    <button type="button" onClick={openConsentSettings} className={className}>
      {t("manage")}
    </button>
  );
}
