"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { verifyEmailWithPasswordAction } from "@/app/[locale]/(shop)/verify-email/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The verification link opened in another browser than the sign-up's: the address is confirmed together
 * with a password chosen here, which replaces the one typed at sign-up (lib/auth/pending-password.ts).
 */
export function AuthVerifyEmailForm({ locale, token }: { locale: Locale; token: string }) {
  const t = useTranslations("SignUp");
  const [state, action] = useActionState(verifyEmailWithPasswordAction, initialActionState);
  const errorMessage = useErrorMessage();
  // The link was used or expired while the page was open: why, and how to get a new one.
  if (state.fieldErrors?.token) {
    return (
      <div className="space-y-4 text-lg leading-relaxed text-muted">
        <p role="alert" data-testid="verify-result">
          {errorMessage(state.fieldErrors.token)}
        </p>
        <p>{t("newLinkHint")}</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" key={state.attempt} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <p className="text-lg leading-relaxed text-muted" data-testid="choose-password">
        {t("choosePasswordText")}
      </p>
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="password"
        label={t("choosePasswordLabel")}
        type="password"
        autoComplete="new-password"
        help={t("passwordHelp", { min: PASSWORD_MIN_LENGTH })}
        error={errorMessage(state.fieldErrors?.password)}
      />
      <SubmitButton className="w-full" pendingLabel={t("choosePasswordSubmitting")}>
        {t("choosePasswordSubmit")}
      </SubmitButton>
    </form>
  );
}
