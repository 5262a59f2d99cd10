"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changePasswordAction, type CredentialsState } from "@/app/[locale]/account/profile/actions";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { useRegistrationErrors } from "@/components/account/use-registration-errors";

/** Password change: needs the current password; the other sessions are revoked, this one is kept. */
export function ProfilePasswordForm({ locale }: { locale: Locale }) {
  const [state, action, pending] = useActionState<CredentialsState, FormData>(changePasswordAction, {});
  const t = useTranslations("AccountProfile");
  const error = useRegistrationErrors(state.fieldErrors);

  return (
    <form key={state.attempt ?? 0} action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.revokedSessions !== undefined && (
        <Notice tone="success">{t("passwordChanged", { count: state.revokedSessions })}</Notice>
      )}
      {state.limitedMinutes !== undefined && (
        <Notice tone="error">{t("limited", { minutes: state.limitedMinutes })}</Notice>
      )}
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        error={error("currentPassword")}
      />
      <TextField
        name="newPassword"
        label={t("newPassword")}
        help={t("newPasswordHelp", { min: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        error={error("newPassword")}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {pending ? t("saving") : t("submitPassword")}
      </button>
    </form>
  );
}
