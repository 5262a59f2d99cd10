"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestPasswordResetAction, type ForgotPasswordState } from "@/app/[locale]/(shop)/forgot-password/actions";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";

export function AuthForgotPasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("AuthFlows.forgot");
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(requestPasswordResetAction, {});
  if (state.sent) {
    return (
      <p role="status" className="rounded-md bg-sage/10 px-3 py-2 font-medium text-sage">
        {t("sent")}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-4" key={`${state.error ?? "initial"}:${state.email ?? ""}`} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error === "limited" && (
        <p role="alert" className="rounded-md bg-terracotta/10 px-3 py-2 text-sm font-medium text-terracotta">
          {t("limited")}
        </p>
      )}
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
