"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmNewsletterAction } from "@/app/[locale]/(shop)/newsletter/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import type { NewsletterListName } from "@/lib/newsletter/schemas";

/** The double opt-in's last step (P6): the owner of the address presses the button; the link alone confirms nothing. */
export function NewsletterConfirmForm({
  locale,
  token,
  list,
}: {
  locale: Locale;
  token: string;
  list: NewsletterListName;
}) {
  const t = useTranslations("Newsletter");
  const [state, action] = useActionState(confirmNewsletterAction, initialActionState);
  const errorMessage = useErrorMessage();
  if (state.data) {
    return (
      <p role="status" data-testid="newsletter-result">
        {t("confirm.confirmed", { list: t(`email.lists.${state.data.list}`) })}
      </p>
    );
  }
  // Used or expired while the page was open.
  if (state.fieldErrors?.token) {
    return (
      <p role="alert" data-testid="newsletter-result">
        {t(state.fieldErrors.token === "tokenExpired" ? "confirm.expired" : "confirm.invalid")}
      </p>
    );
  }
  return (
    <form action={action} key={state.attempt} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <p>{t("confirm.prompt", { list: t(`email.lists.${list}`) })}</p>
      {state.error && <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>}
      <SubmitButton pendingLabel={t("confirm.submitting")}>{t("confirm.submit")}</SubmitButton>
    </form>
  );
}
