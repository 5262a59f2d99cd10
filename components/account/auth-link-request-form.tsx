"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestSignInLinkAction } from "@/app/[locale]/(shop)/sign-in/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Send me a new link", on the pages a sign-in link leads to when it cannot be used. */
export function AuthLinkRequestForm({ locale }: { locale: Locale }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(requestSignInLinkAction, initialActionState);
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="space-y-4" key={state.attempt}>
      <input type="hidden" name="locale" value={locale} />
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={errorMessage(state.fieldErrors?.email)}
      />
      <SubmitButton className="w-full">{t("linkSubmitAgain")}</SubmitButton>
    </form>
  );
}
