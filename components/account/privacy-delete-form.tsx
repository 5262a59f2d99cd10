"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteAccountAction } from "@/app/[locale]/account/privacy/actions";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/** P14: re-authentication (current password) and an explicit confirmation before the account is erased. */
export function PrivacyDeleteForm({ locale }: { locale: Locale }) {
  const t = useTranslations("AccountPrivacy");
  const [state, action] = useActionState(deleteAccountAction, initialActionState);
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;

  // The password is never sent back; the confirmation box stays as it was ticked.
  return (
    <form action={action} className="space-y-5" noValidate key={state.attempt}>
      <input type="hidden" name="locale" value={locale} />
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>}
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        help={t("passwordHelp")}
        error={errorMessage(errors?.password)}
        required
      />
      <div className="text-sm">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            defaultChecked={state.values?.confirm === "on"}
            aria-invalid={errors?.confirm ? true : undefined}
            aria-describedby={errors?.confirm ? "confirm-error" : undefined}
            className="mt-0.5 h-4 w-4 accent-terracotta"
          />
          {t("confirm")}
        </label>
        {errors?.confirm && (
          <span id="confirm-error" className="mt-1 block text-xs font-medium text-terracotta">
            {errorMessage(errors.confirm)}
          </span>
        )}
      </div>
      <SubmitButton variant="dangerSolid" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
