"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/[locale]/(shop)/sign-in/actions";
import { TextField } from "@/components/ui/text-field";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

/**
 * One e-mail field, two ways in: the password ("Se connecter") or a link sent to the address (the second
 * button, which needs no password). Both post to signInAction, which tells them apart by the button.
 */
export function SignInForm({ locale, returnTo }: { locale: Locale; returnTo?: string }) {
  const t = useTranslations("Auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" key={`${state.error ?? "initial"}:${state.email ?? ""}`}>
      <input type="hidden" name="locale" value={locale} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {state.error && <Notice tone="error">{t(state.error)}</Notice>}
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        required
        defaultValue={state.email}
      />
      <div>
        <TextField name="password" label={t("password")} type="password" autoComplete="current-password" required />
        <p className="mt-1 text-right text-sm">
          <Link href="/forgot-password" className="text-marine underline underline-offset-4">
            {t("forgot")}
          </Link>
        </p>
      </div>
      <button
        type="submit"
        name="intent"
        value="password"
        disabled={pending}
        className="w-full rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
      <p className="text-center text-sm text-muted" aria-hidden="true">
        {t("or")}
      </p>
      {/* formNoValidate: the password field is required for the first button only. */}
      <button
        type="submit"
        name="intent"
        value="link"
        formNoValidate
        disabled={pending}
        aria-describedby="link-help"
        className="w-full rounded-full border border-marine px-6 py-3 font-medium text-marine hover:bg-sand disabled:opacity-60"
      >
        {t("linkSubmit")}
      </button>
      <p id="link-help" className="text-center text-xs text-muted">
        {t("linkHelp")}
      </p>
    </form>
  );
}
