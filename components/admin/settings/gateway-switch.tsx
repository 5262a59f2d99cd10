"use client";
// One payment gateway's switch (P28): a button that turns it on or off; the page then shows the new state.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { switchGatewayAction } from "@/app/[locale]/admin/settings/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export function GatewaySwitch({
  locale,
  provider,
  name,
  enabled,
}: {
  locale: Locale;
  provider: "stripe" | "paypal";
  name: string;
  enabled: boolean;
}) {
  const [state, action] = useActionState(switchGatewayAction, initialActionState);
  const t = useTranslations("AdminSettings.gateways");
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="provider" value={provider} />
      {/* The button asks for the opposite of the current state: a checkbox posts "on" or nothing. */}
      {!enabled && <input type="hidden" name="enabled" value="on" />}
      <SubmitButton variant={enabled ? "danger" : "secondary"} size="md" pendingLabel={t("saving")}>
        {enabled ? t("switchOff", { name }) : t("switchOn", { name })}
      </SubmitButton>
      {state.data && (
        <Notice tone="success">{state.data.enabled ? t("switchedOn", { name }) : t("switchedOff", { name })}</Notice>
      )}
      {state.error && <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>}
    </form>
  );
}
