"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteAccountAction, type DeleteAccountState } from "@/app/[locale]/account/privacy/actions";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

/** P14: re-authentication (current password) and an explicit confirmation before the account is erased. */
export function PrivacyDeleteForm({ locale }: { locale: Locale }) {
  const t = useTranslations("AccountPrivacy");
  const [state, action, pending] = useActionState<DeleteAccountState, FormData>(deleteAccountAction, {});
  const errors = state.fieldErrors ?? {};
  const error = (name: string) => (errors[name] ? t(`errors.${errors[name]}` as "errors.invalid") : undefined);

  return (
    <form action={action} className="space-y-5" noValidate key={state.attempt ?? 0}>
      <input type="hidden" name="locale" value={locale} />
      {state.error && <Notice tone="error">{t(state.error)}</Notice>}
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        help={t("passwordHelp")}
        error={error("password")}
        required
      />
      <div className="text-sm">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            defaultChecked={state.confirm ?? false}
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? "confirm-error" : undefined}
            className="mt-0.5 h-4 w-4 accent-terracotta"
          />
          {t("confirm")}
        </label>
        {errors.confirm && (
          <span id="confirm-error" className="mt-1 block text-xs font-medium text-terracotta">
            {error("confirm")}
          </span>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-terracotta px-6 py-3 font-medium text-white hover:opacity-90 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
