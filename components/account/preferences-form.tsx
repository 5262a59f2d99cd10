"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { resendConfirmationAction, updatePreferencesAction } from "@/app/[locale]/account/preferences/actions";
import { initialActionState } from "@/lib/actions/state";
import type { PreferencesState } from "@/lib/accounts/preferences";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";

/**
 * Two plain switches, saved with one button. Under each, the list's real state (P6): subscribed, waiting for
 * the confirmation link, or not subscribed; below, a button per waiting list sending its link again.
 */
export function PreferencesForm({ locale, initial }: { locale: Locale; initial: PreferencesState }) {
  const [state, action] = useActionState(updatePreferencesAction, initialActionState);
  const [resent, resendAction] = useActionState(resendConfirmationAction, initialActionState);
  const t = useTranslations("AccountProfile");
  const tNewsletter = useTranslations("Newsletter");
  // Resending does not change a list's state; saving does.
  const statuses = state.data ?? initial;
  const errorMessage = useErrorMessage();
  // Only the newest answer is shown: remembered from the previous render (React's pattern for it).
  const [seen, setSeen] = useState({ save: 0, resend: 0, last: null as "save" | "resend" | null });
  if (state.attempt !== seen.save) setSeen({ save: state.attempt, resend: resent.attempt, last: "save" });
  else if (resent.attempt !== seen.resend) setSeen({ ...seen, resend: resent.attempt, last: "resend" });
  const answer = seen.last === "resend" ? resent : seen.last === "save" ? state : null;

  const pending = (["newsletter", "promotions"] as const).filter((name) => statuses[name] === "pending");

  return (
    <div className="max-w-xl space-y-5">
      {answer?.error && <Notice tone="error">{errorMessage(answer.error, answer.retryAfterSeconds)}</Notice>}
      {seen.last === "save" && state.data && (
        <Notice tone="success">
          {t("preferencesSaved", { newsletter: state.data.newsletter, promotions: state.data.promotions })}
        </Notice>
      )}
      {seen.last === "resend" && resent.data && (
        <Notice tone="success">{tNewsletter(resent.data.sent ? "account.resent" : "account.resendNotNeeded")}</Notice>
      )}
      <form key={state.attempt} action={action} className="space-y-5" noValidate>
        <input type="hidden" name="locale" value={locale} />
        {(["newsletter", "promotions"] as const).map((name) => (
          <div key={name} className="space-y-2 rounded-lg border border-line bg-white p-4 text-sm">
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                role="switch"
                name={name}
                defaultChecked={statuses[name] !== "none"}
                aria-describedby={`${name}-help ${name}-status`}
                className="mt-0.5 h-4 w-4 accent-marine"
              />
              <span>
                <span className="block font-medium">{t(name)}</span>
                <span id={`${name}-help`} className="block text-xs text-muted">
                  {t(`${name}Help`)}
                </span>
              </span>
            </label>
            <p id={`${name}-status`} className="ml-7 text-xs font-medium text-ink" data-testid={`${name}-status`}>
              {tNewsletter(`account.status.${statuses[name]}`)}
            </p>
          </div>
        ))}
        <SubmitButton pendingLabel={t("saving")}>{t("savePreferences")}</SubmitButton>
      </form>
      {/* One small form per list waiting for its link: a new link on demand (the older one stops working). */}
      {pending.map((name) => (
        <form key={name} action={resendAction} noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="list" value={name} />
          <SubmitButton variant="secondary" size="sm">
            {tNewsletter("account.resend", { list: tNewsletter(`email.lists.${name}`) })}
          </SubmitButton>
        </form>
      ))}
    </div>
  );
}
