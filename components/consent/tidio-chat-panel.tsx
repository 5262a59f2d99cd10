"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { openConsentSettings } from "./use-consent";
import { PartnerDisclosure } from "./partner-disclosure";

/** The inside of the chat launcher's panel (P11): loaded when the visitor first opens it (./tidio-chat-launcher.tsx). */
export function TidioChatPanel({
  publicKey,
  titleId,
  onClose,
}: {
  publicKey: string | undefined;
  titleId: string;
  onClose: () => void;
}) {
  const t = useTranslations("ConsentGates");
  const locale = useLocale();
  const explanationId = useId();
  return (
    <>
      <div className="flex items-start justify-between gap-2">
        <h2 id={titleId} className="font-semibold text-ink">
          {t("chatTitle")}
        </h2>
        <button type="button" className="px-1 text-ink" aria-label={t("close")} onClick={onClose}>
          ✕
        </button>
      </div>
      {publicKey ? (
        <div className="mt-2 space-y-1">
          <p>{t("chatNotLoaded")}</p>
          <PartnerDisclosure partnerId="tidio" id={explanationId} />
          <Button
            type="button"
            variant="secondary"
            size="sm"
            className="mt-2"
            aria-describedby={explanationId}
            onClick={() => {
              // The banner gives the focus back to what had it: the launcher, not this hidden button.
              onClose();
              openConsentSettings();
            }}
          >
            {t("load")}
          </Button>
        </div>
      ) : (
        <p className="mt-2">{t("chatUnavailable")}</p>
      )}
      <p className="mt-3">
        {/* A document load: the contact page runs under its own nonce policy (lib/security/csp.ts). */}
        <a href={`/${locale}/contact`} className="underline underline-offset-4 hover:text-ink">
          {t("chatContact")}
        </a>
      </p>
    </>
  );
}
