"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeEmailAction, type CredentialsState } from "@/app/[locale]/account/profile/actions";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { useRegistrationErrors } from "@/components/account/use-registration-errors";

/** E-mail change (P13): re-authenticated with the current password, confirmed by a link to the new address. */
export function ProfileEmailForm({ locale, linkHours }: { locale: Locale; linkHours: number }) {
  const [state, action, pending] = useActionState<CredentialsState, FormData>(changeEmailAction, {});
  const t = useTranslations("AccountProfile");
  const error = useRegistrationErrors(state.fieldErrors);

  return (
    <form key={state.attempt ?? 0} action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.sentTo && <Notice tone="success">{t("emailSent", { email: state.sentTo, hours: linkHours })}</Notice>}
      {state.limitedMinutes !== undefined && (
        <Notice tone="error">{t("limited", { minutes: state.limitedMinutes })}</Notice>
      )}
      <TextField
        name="newEmail"
        label={t("newEmail")}
        type="email"
        autoComplete="email"
        defaultValue={state.newEmail}
        error={error("newEmail")}
      />
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        help={t("currentPasswordHelp")}
        type="password"
        autoComplete="current-password"
        error={error("currentPassword")}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {pending ? t("sending") : t("sendLink")}
      </button>
    </form>
  );
}
