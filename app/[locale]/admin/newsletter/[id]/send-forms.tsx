"use client";
// Trying a campaign on my own address, and sending it (P6): sending asks for a ticked confirmation naming how
// many subscribers will receive it; a second click or a second admin is refused (campaignNotDraft).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { sendCampaignAction, sendCampaignTestAction } from "./actions";

export function TestSendForm({ locale, id }: { locale: Locale; id: string }) {
  const [state, action] = useActionState(sendCampaignTestAction, initialActionState);
  const t = useTranslations("AdminNewsletter");
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      {state.data && <Notice tone="success">{t("testSent", { email: state.data.to })}</Notice>}
      {state.error && <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>}
      <SubmitButton variant="secondary" size="md" pendingLabel={t("testSending")}>
        {t("testSubmit")}
      </SubmitButton>
    </form>
  );
}

export function SendForm({
  locale,
  id,
  updatedAt,
  audience,
}: {
  locale: Locale;
  id: string;
  updatedAt: string;
  audience: { fr: number; en: number };
}) {
  const [state, action] = useActionState(sendCampaignAction, initialActionState);
  const t = useTranslations("AdminNewsletter");
  const errorMessage = useErrorMessage();
  const confirmError = errorMessage(state.fieldErrors?.confirm);
  return (
    <form key={state.attempt} action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <div className="flex items-start gap-2 text-sm">
        <input
          id="confirm"
          name="confirm"
          type="checkbox"
          className="mt-1"
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "confirm-error" : undefined}
        />
        <label htmlFor="confirm">{t("sendConfirm", { fr: audience.fr, en: audience.en })}</label>
      </div>
      {confirmError && (
        <p id="confirm-error" className="text-xs font-medium text-terracotta">
          {confirmError}
        </p>
      )}
      <SubmitButton variant="dangerSolid" size="md" pendingLabel={t("sending")}>
        {t("sendSubmit")}
      </SubmitButton>
    </form>
  );
}
