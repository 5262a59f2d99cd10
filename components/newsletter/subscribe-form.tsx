"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { subscribeToNewsletterAction } from "@/app/[locale]/(shop)/newsletter/actions";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { Field } from "@/components/ui/field";
import { useErrorMessage } from "@/components/ui/use-error-message";

/** Newsletter opt-in (P6): an empty address field, nothing pre-ticked; the same answer for every address. */
export function NewsletterSubscribeForm({ locale }: { locale: Locale }) {
  const [state, action] = useActionState(subscribeToNewsletterAction, initialActionState);
  const t = useTranslations("Newsletter.form");
  const errorMessage = useErrorMessage();
  return (
    <form key={state.attempt} action={action} className="space-y-3" noValidate aria-label={t("title")}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="list" value="newsletter" />
      <p className="text-sm">{t("intro")}</p>
      {state.data ? (
        <Notice tone="success">{t("sent")}</Notice>
      ) : (
        <>
          {/* Its own id: the footer sits under forms that have an "email" field of their own. */}
          <Field id="newsletter-email" label={t("emailLabel")} error={errorMessage(state.fieldErrors?.email)}>
            {(control) => (
              <input
                {...control}
                name="email"
                type="email"
                autoComplete="email"
                defaultValue={state.values?.email ?? ""}
                required
              />
            )}
          </Field>
          {state.error && !state.fieldErrors && (
            <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
          )}
          <SubmitButton>{t("submit")}</SubmitButton>
        </>
      )}
    </form>
  );
}
