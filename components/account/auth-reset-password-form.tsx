"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction, type ResetPasswordState } from "@/app/[locale]/(shop)/reset-password/actions";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { useRegistrationErrors } from "@/components/account/use-registration-errors";

export function AuthResetPasswordForm({ locale, token }: { locale: Locale; token: string }) {
  const t = useTranslations("AuthFlows.reset");
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, {});
  const error = useRegistrationErrors(state.fieldErrors);
  if (state.failure) return <AuthResetFailure failure={state.failure} />;
  return (
    <form action={action} className="space-y-4" key={state.attempt ?? 0} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <p className="text-muted">{t("sessions")}</p>
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        help={t("passwordHelp", { min: PASSWORD_MIN_LENGTH })}
        error={error("password")}
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

/** An expired, used or unknown reset link: why, and where to ask for a new one. */
export function AuthResetFailure({ failure }: { failure: "expired" | "used" | "invalid" }) {
  const t = useTranslations("AuthFlows.reset");
  return (
    <div className="space-y-4">
      <p role="alert" data-testid="reset-failure" className="text-lg leading-relaxed text-muted">
        {t(failure)}
      </p>
      <p>
        <Link
          href="/forgot-password"
          className="inline-block rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark"
        >
          {t("requestNew")}
        </Link>
      </p>
    </div>
  );
}
