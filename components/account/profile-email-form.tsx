"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeEmailAction } from "@/app/[locale]/account/profile/actions";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/** E-mail change (P13): re-authenticated with the current password, confirmed by a link to the new address. */
export function ProfileEmailForm({ locale, linkHours }: { locale: Locale; linkHours: number }) {
  const [state, action] = useActionState(changeEmailAction, initialActionState);
  const t = useTranslations("AccountProfile");
  const errorMessage = useErrorMessage();

  return (
    <form key={state.attempt} action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.data && <Notice tone="success">{t("emailSent", { email: state.data.sentTo, hours: linkHours })}</Notice>}
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="newEmail"
        label={t("newEmail")}
        type="email"
        autoComplete="email"
        defaultValue={state.values?.newEmail}
        error={errorMessage(state.fieldErrors?.newEmail)}
      />
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        help={t("currentPasswordHelp")}
        type="password"
        autoComplete="current-password"
        error={errorMessage(state.fieldErrors?.currentPassword)}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("sendLink")}</SubmitButton>
    </form>
  );
}
