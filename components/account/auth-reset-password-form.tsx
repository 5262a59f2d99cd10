"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { resetPasswordAction } from "@/app/[locale]/(shop)/reset-password/actions";
import { Notice } from "@/components/ui/notice";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClass } from "@/components/ui/button";

export function AuthResetPasswordForm({ locale, token }: { locale: Locale; token: string }) {
  const t = useTranslations("AuthFlows.reset");
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  const errorMessage = useErrorMessage();
  // The link was used or expired while the page was open: why, and the way to a new one.
  if (state.fieldErrors?.token) return <AuthResetFailure message={errorMessage(state.fieldErrors.token)} />;
  return (
    <form action={action} className="space-y-4" key={state.attempt} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <p className="text-muted">{t("sessions")}</p>
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        help={t("passwordHelp", { min: PASSWORD_MIN_LENGTH })}
        error={errorMessage(state.fieldErrors?.password)}
      />
      <SubmitButton className="w-full" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

/** An expired, used or unknown reset link: why (`message`, already translated), and where to ask for a new one. */
export function AuthResetFailure({ message }: { message: ReactNode }) {
  const t = useTranslations("AuthFlows.reset");
  return (
    <div className="space-y-4">
      <p role="alert" data-testid="reset-failure" className="text-lg leading-relaxed text-muted">
        {message}
      </p>
      <p>
        <Link href="/forgot-password" className={buttonClass({}, "inline-block")}>
          {t("requestNew")}
        </Link>
      </p>
    </div>
  );
}
