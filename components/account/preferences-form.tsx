"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updatePreferencesAction, type PreferencesState } from "@/app/[locale]/account/preferences/actions";
import type { Preferences } from "@/lib/accounts/preferences";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

/** Two plain switches, saved with one button; the confirmation repeats what is now on and off. */
export function PreferencesForm({ locale, initial }: { locale: Locale; initial: Preferences }) {
  const [state, action, pending] = useActionState<PreferencesState, FormData>(updatePreferencesAction, {});
  const t = useTranslations("AccountProfile");
  const values = state.saved ?? initial;
  const yesNo = (on: boolean) => (on ? "yes" : "no");

  return (
    <form key={state.attempt ?? 0} action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.saved && (
        <Notice tone="success">
          {t("preferencesSaved", {
            newsletter: yesNo(state.saved.newsletter),
            promotions: yesNo(state.saved.promotions),
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
            </span>
          </label>
        </div>
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {pending ? t("saving") : t("savePreferences")}
      </button>
    </form>
  );
}
