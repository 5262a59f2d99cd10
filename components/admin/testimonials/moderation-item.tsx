"use client";
// One testimonial in the moderation queue (P21) with the decisions its status allows: approve, reject with a
// reason (required, shown to its author), hide. Each form carries the row's updatedAt: if someone else decided
// meanwhile, the admin is told instead of overriding them. A refused reason comes back with what was typed.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { moderateTestimonialAction } from "@/app/[locale]/admin/testimonials/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export type ModerationItemView = {
  id: string;
  /** ISO, the version of the row the admin sees */
  updatedAt: string;
  status: "pending" | "published" | "hidden" | "rejected";
};

export function ModerationItem({
  locale,
  item,
  reasonMaxLength,
  children,
}: {
  locale: Locale;
  item: ModerationItemView;
  reasonMaxLength: number;
  /** the testimonial itself, rendered on the server */
  children: ReactNode;
}) {
  const t = useTranslations("AdminTestimonials");
  const errorMessage = useErrorMessage();
  const [state, action] = useActionState(moderateTestimonialAction, initialActionState);
  const reasonError = errorMessage(state.fieldErrors?.reason);
  const formError = state.error && !reasonError ? errorMessage(state.error, state.retryAfterSeconds) : undefined;
  const canApprove = item.status !== "published";
  const reasonId = `reason-${item.id}`;
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="updatedAt" value={item.updatedAt} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );

  return (
    <li className="rounded-lg border border-line bg-white p-4 text-sm" data-testid="moderation-item">
      {children}
      <div aria-live="polite" className="mt-3 empty:hidden">
        {state.data && <Notice tone="success">{t(`done.${state.data.intent}`)}</Notice>}
        {formError && <Notice tone="error">{formError}</Notice>}
      </div>
      {!state.data && (
        <div className="mt-4 flex flex-wrap items-start gap-4">
          {canApprove && (
            <form action={action}>
              {hidden("approve")}
              <SubmitButton size="sm" pendingLabel={t("working")}>
                {item.status === "pending" ? t("approve") : t("republish")}
              </SubmitButton>
            </form>
          )}
          {item.status === "published" && (
            <form action={action}>
              {hidden("hide")}
              <SubmitButton size="sm" variant="danger" pendingLabel={t("working")}>
                {t("hide")}
              </SubmitButton>
            </form>
          )}
          {item.status === "pending" && (
            <form key={state.attempt} action={action} className="flex min-w-64 flex-1 flex-col gap-2" noValidate>
              {hidden("reject")}
              <label htmlFor={reasonId} className="font-medium">
                {t("reason")}
              </label>
              <textarea
                id={reasonId}
                name="reason"
                rows={2}
                defaultValue={state.values?.reason}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={`${reasonId}-help${reasonError ? ` ${reasonId}-error` : ""}`}
                className={`rounded-md border bg-white px-3 py-2 ${reasonError ? "border-terracotta" : "border-line"}`}
              />
              <span id={`${reasonId}-help`} className="text-xs text-muted">
                {t("reasonHelp", { max: reasonMaxLength })}
              </span>
              {reasonError && (
                <span id={`${reasonId}-error`} className="text-xs font-medium text-terracotta">
                  {reasonError}
                </span>
              )}
              <div>
                <SubmitButton size="sm" variant="danger" pendingLabel={t("working")}>
                  {t("reject")}
                </SubmitButton>
              </div>
            </form>
          )}
        </div>
      )}
    </li>
  );
}
