"use client";
// For an admin whose session passed the factor: ten new recovery codes replace the old ones, shown once.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { renewRecoveryCodesAction } from "@/app/[locale]/admin/second-factor/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { RecoveryCodes } from "./recovery-codes";

export function RenewRecoveryCodesForm({ locale }: { locale: Locale }) {
  const [state, action] = useActionState(renewRecoveryCodesAction, initialActionState);
  const t = useTranslations("AdminSecondFactor");
  const errorMessage = useErrorMessage();

  if (state.data) return <RecoveryCodes codes={state.data.recoveryCodes} />;
  return (
    <form key={state.attempt} action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      {state.error && <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>}
      <p className="text-sm text-muted">{t("renewHelp")}</p>
      <SubmitButton variant="secondary" size="md" pendingLabel={t("renewSubmitting")}>
        {t("renewSubmit")}
      </SubmitButton>
    </form>
  );
}
