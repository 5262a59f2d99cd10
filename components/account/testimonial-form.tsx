"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createTestimonialAction } from "@/app/[locale]/account/testimonials/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState, type StateOf } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { RATINGS, TESTIMONIAL_MAX_LENGTH } from "@/lib/testimonials/rules";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

/** P21: a testimonial with its rating, and the separate consent to show the name (unticked by default). */
export function TestimonialForm({ locale }: { locale: Locale }) {
  const [state, action] = useActionState(createTestimonialAction, initialActionState);
  // Remounted on each answer: fields start from what was typed, or empty after a success.
  return <TestimonialFields key={state.attempt} locale={locale} state={state} action={action} />;
}

function TestimonialFields({
  locale,
  state,
  action,
}: {
  locale: Locale;
  state: StateOf<typeof createTestimonialAction>;
  action: (form: FormData) => void;
}) {
  const t = useTranslations("AccountTestimonials");
  const errorMessage = useErrorMessage();
  const values = state.values;
  const ratingError = errorMessage(state.fieldErrors?.rating);
  const bodyError = errorMessage(state.fieldErrors?.body);
  // Every input shows its own error; a refusal of the whole form (too many attempts…) shows here.
  const formError = state.fieldErrors?.rating || state.fieldErrors?.body ? undefined : errorMessage(state.error);

  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.data && <Notice tone="success">{t("created")}</Notice>}
      {formError && <Notice tone="error">{formError}</Notice>}
      <fieldset className="text-sm">
        <legend className="font-medium">{t("rating")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {RATINGS.map((rating) => (
            <label key={rating} className="flex items-center gap-2">
              <input
                type="radio"
                name="rating"
                value={rating}
                defaultChecked={values?.rating === String(rating)}
                aria-describedby={ratingError ? "rating-error" : undefined}
                className="h-4 w-4 accent-marine"
              />
              <span aria-hidden="true" className="text-terracotta">
                {"★".repeat(rating)}
              </span>
              {t("ratingOption", { rating })}
            </label>
          ))}
        </div>
        {ratingError && (
          <span id="rating-error" className="mt-1 block text-xs font-medium text-terracotta">
            {ratingError}
          </span>
        )}
      </fieldset>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="testimonial-body" className="font-medium">
          {t("body")}
        </label>
        <textarea
          id="testimonial-body"
          name="body"
          rows={5}
          defaultValue={values?.body}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={["testimonial-body-help", bodyError ? "testimonial-body-error" : ""].join(" ").trim()}
          className={`rounded-md border bg-white px-3 py-2.5 ${bodyError ? "border-terracotta" : "border-line"}`}
        />
        <span id="testimonial-body-help" className="text-xs text-muted">
          {t("bodyHelp", { max: TESTIMONIAL_MAX_LENGTH })}
        </span>
        {bodyError && (
          <span id="testimonial-body-error" className="text-xs font-medium text-terracotta">
            {bodyError}
          </span>
        )}
      </div>
      <div className="text-sm">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="showName"
            defaultChecked={values?.showName === "on"}
            aria-describedby="showName-help"
            className="mt-0.5 h-4 w-4 accent-marine"
          />
          {t("showName")}
        </label>
        <span id="showName-help" className="mt-1 block pl-6 text-xs text-muted">
          {t("showNameHelp")}
        </span>
      </div>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
