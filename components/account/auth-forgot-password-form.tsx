"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestPasswordResetAction, type ForgotPasswordState } from "@/app/[locale]/(shop)/forgot-password/actions";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

export function AuthForgotPasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("AuthFlows.forgot");
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(requestPasswordResetAction, {});
  if (state.sent) {
    return <Notice tone="success">{t("sent")}</Notice>;
  }
  return (
    <form action={action} className="space-y-4" key={`${state.error ?? "initial"}:${state.email ?? ""}`} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error === "limited" && <Notice tone="error">{t("limited")}</Notice>}
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        defaultValue={state.email}
        error={state.error === "email" ? t("emailInvalid") : undefined}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
