"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/app/[locale]/(shop)/sign-in/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { TextField } from "@/components/ui/text-field";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * One e-mail field, two ways in: the password ("Se connecter") or a link sent to the address (the second
 * button, which needs no password). Both post to signInAction, which tells them apart by the button.
 */
export function SignInForm({ locale, returnTo }: { locale: Locale; returnTo?: string }) {
  const t = useTranslations("Auth");
  const [state, action] = useActionState(signInAction, initialActionState);
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="space-y-4" key={state.attempt}>
      <input type="hidden" name="locale" value={locale} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        error={errorMessage(state.fieldErrors?.email)}
      />
      <div>
        <TextField
          name="password"
          label={t("password")}
          type="password"
          autoComplete="current-password"
          required
          error={errorMessage(state.fieldErrors?.password)}
        />
        <p className="mt-1 text-right text-sm">
          <Link href="/forgot-password" className="text-marine underline underline-offset-4">
            {t("forgot")}
          </Link>
        </p>
      </div>
      <SubmitButton name="intent" value="password" className="w-full" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
      <p className="text-center text-sm text-muted" aria-hidden="true">
        {t("or")}
      </p>
      {/* formNoValidate: the password field is required for the first button only. */}
      <SubmitButton
        name="intent"
        value="link"
        formNoValidate
        aria-describedby="link-help"
        variant="secondary"
        className="w-full"
      >
        {t("linkSubmit")}
      </SubmitButton>
      <p id="link-help" className="text-center text-xs text-muted">
        {t("linkHelp")}
      </p>
    </form>
  );
}
