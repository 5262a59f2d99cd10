"use client";

// P8: Facebook's Like/Share plugin as its plain iframe (no SDK script, no app id). Nothing is requested from
// Facebook until the visitor consents to the "social" category; when the consent is withdrawn, React
// removes the iframe and with it the only page that talked to Facebook.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { openConsentSettings, useConsent } from "./use-consent";

const FRAME = { width: 200, height: 28 };

function facebookLikeFrameUrl(pageUrl: string, locale: string): string {
  const query = new URLSearchParams({
    href: pageUrl,
    layout: "button_count",
    action: "like",
    size: "small",
    share: "true",
    width: String(FRAME.width),
    height: String(FRAME.height),
    locale: locale === "fr" ? "fr_FR" : "en_GB",
  });
  return `https://www.facebook.com/plugins/like.php?${query}`;
}

/**
 * `explanation` is the placeholder's text, rendered on the server (what Facebook would receive, from the partner
 * registry, which stays out of the browser); `explanationId` is the id of its sentence saying so.
 */
export function FacebookShareGate({
  url,
  explanation,
  explanationId,
}: {
  url: string;
  explanation: ReactNode;
  explanationId: string;
}) {
  const t = useTranslations("ConsentGates");
  const locale = useLocale();
  const consent = useConsent();

  if (consent?.social) {
    return (
      <iframe
        src={facebookLikeFrameUrl(url, locale)}
        title={t("facebookFrameTitle")}
        width={FRAME.width}
        height={FRAME.height}
        className="overflow-hidden border-0"
        allow="clipboard-write; web-share"
      />
    );
  }
  return (
    <div className="rounded-lg border border-dashed border-line bg-sand/60 p-4 text-sm text-muted">
      {explanation}
      {/* The button needs JavaScript: before hydration (or without it) it is not offered. */}
      {consent !== undefined && (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          className="mt-3"
          aria-describedby={explanationId}
          onClick={openConsentSettings}
        >
          {t("load")}
        </Button>
      )}
    </div>
  );
}
