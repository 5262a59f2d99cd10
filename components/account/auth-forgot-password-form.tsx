"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/app/[locale]/(shop)/forgot-password/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

export function AuthForgotPasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("AuthFlows.forgot");
  const [state, action] = useActionState(requestPasswordResetAction, initialActionState);
  const errorMessage = useErrorMessage();
  // The same sentence whether or not the address has an account (P12).
  if (state.data?.sent) {
    return <Notice tone="success">{t("sent")}</Notice>;
  }
  return (
    <form action={action} className="space-y-4" key={state.attempt} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        defaultValue={state.values?.email}
        error={errorMessage(state.fieldErrors?.email)}
      />
      <SubmitButton className="w-full" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
