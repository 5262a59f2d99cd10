"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/[locale]/account/profile/actions";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/** Password change: needs the current password; the other sessions are revoked, this one is kept. */
export function ProfilePasswordForm({ locale }: { locale: Locale }) {
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  const t = useTranslations("AccountProfile");
  const errorMessage = useErrorMessage();

  // Passwords are never sent back: after any answer both fields start empty.
  return (
    <form key={state.attempt} action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.data && <Notice tone="success">{t("passwordChanged", { count: state.data.revokedSessions })}</Notice>}
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        error={errorMessage(state.fieldErrors?.currentPassword)}
      />
      <TextField
        name="newPassword"
        label={t("newPassword")}
        help={t("newPasswordHelp", { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        error={errorMessage(state.fieldErrors?.newPassword)}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("submitPassword")}</SubmitButton>
    </form>
  );
}
