"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestSignInLinkAction, type SignInState } from "@/app/[locale]/(shop)/sign-in/actions";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

/** "Send me a new link", on the pages a sign-in link leads to when it cannot be used. */
export function AuthLinkRequestForm({ locale }: { locale: Locale }) {
  const t = useTranslations("Auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(requestSignInLinkAction, {});
  return (
    <form action={action} className="space-y-4" key={`${state.error ?? "initial"}:${state.email ?? ""}`}>
      <input type="hidden" name="locale" value={locale} />
      {state.error && <Notice tone="error">{t(state.error)}</Notice>}
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={state.email}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {t("linkSubmitAgain")}
      </button>
    </form>
  );
}
