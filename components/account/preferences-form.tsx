"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updatePreferencesAction } from "@/app/[locale]/account/preferences/actions";
import { initialActionState } from "@/lib/actions/state";
import type { PreferencesState } from "@/lib/accounts/preferences";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";

/** Two plain switches, saved with one button; the confirmation repeats what is now on and off. */
export function PreferencesForm({ locale, initial }: { locale: Locale; initial: PreferencesState }) {
  const [state, action] = useActionState(updatePreferencesAction, initialActionState);
  const t = useTranslations("AccountProfile");
  const tNewsletter = useTranslations("Newsletter.account");
  const values = state.data ?? initial;
  const yesNo = (on: boolean) => (on ? "yes" : "no");
  const errorMessage = useErrorMessage();

  return (
    <form key={state.attempt} action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error && <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>}
      {state.data && (
        <Notice tone="success">
          {t("preferencesSaved", {
            newsletter: yesNo(state.data.newsletter),
            promotions: yesNo(state.data.promotions),
          })}
        </Notice>
      )}
      {(["newsletter", "promotions"] as const).map((name) => (
        <div key={name} className="rounded-lg border border-line bg-white p-4 text-sm">
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              role="switch"
              name={name}
              defaultChecked={values[name]}
              aria-describedby={`${name}-help`}
              className="mt-0.5 h-4 w-4 accent-marine"
            />
            <span>
              <span className="block font-medium">{t(name)}</span>
              <span id={`${name}-help`} className="block text-xs text-muted">
                {t(`${name}Help`)}
              </span>
              {values.pending.includes(name) && (
                <span className="mt-1 block text-xs font-medium text-ink" data-testid={`${name}-pending`}>
                  {tNewsletter("pending")}
                </span>
              )}
            </span>
          </label>
        </div>
      ))}
      <SubmitButton pendingLabel={t("saving")}>{t("savePreferences")}</SubmitButton>
    </form>
  );
}
