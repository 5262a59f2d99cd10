"use client";
// The draft of a new version (P23): texts in French and English in the policies' markdown subset, a summary
// of the changes in both languages, a name and an effective date. A refused draft comes back with everything
// typed; a saved one can be previewed.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { savePolicyDraftAction } from "@/app/[locale]/admin/policies/actions";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export type DraftFormInitial = {
  kind: "privacy" | "terms";
  version: string;
  effectiveAt: string;
  summaryFr: string;
  summaryEn: string;
  bodyFr: string;
  bodyEn: string;
  updatedAt: string;
};

export function PolicyDraftForm({
  locale,
  initial,
  earliestDay,
}: {
  locale: Locale;
  initial: DraftFormInitial;
  earliestDay: string;
}) {
  const [state, action] = useActionState(savePolicyDraftAction, initialActionState);
  const t = useTranslations("AdminPolicies.draft");
  const errorMessage = useErrorMessage();
  const values = state.values;
  const errors = state.fieldErrors;
  const textArea = (name: "summaryFr" | "summaryEn" | "bodyFr" | "bodyEn", rows: number) => (
    <Field id={name} label={t(name)} help={t(`${name}Help`)} error={errorMessage(errors?.[name])}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={rows}
          defaultValue={values?.[name] ?? initial[name]}
          lang={name.endsWith("Fr") ? "fr" : "en"}
        />
      )}
    </Field>
  );

  return (
    <form key={state.attempt} action={action} className="max-w-4xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={initial.kind} />
      {/* The draft this form started from: a newer save by someone else is refused, not overwritten. */}
      <input type="hidden" name="updatedAt" value={state.data?.updatedAt ?? initial.updatedAt} />
      {state.data && (
        <Notice tone="success">
          {t("saved", { version: state.data.version })}{" "}
          <a href={`/${locale}/admin/policies/${initial.kind}/preview`} className="underline underline-offset-4">
            {t("previewLink")}
          </a>
        </Notice>
      )}
      {state.error && (
        <Notice tone="error">
          {errors && !errors.updatedAt ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}
        </Notice>
      )}
      <TextField
        name="version"
        label={t("version")}
        help={t("versionHelp")}
        defaultValue={values?.version ?? initial.version}
        error={errorMessage(errors?.version)}
      />
      <Field
        id="effectiveAt"
        label={t("effectiveAt")}
        help={t("effectiveAtHelp")}
        error={errorMessage(errors?.effectiveAt)}
      >
        {(control) => (
          <input
            {...control}
            name="effectiveAt"
            type="date"
            min={earliestDay}
            defaultValue={values?.effectiveAt ?? initial.effectiveAt}
          />
        )}
      </Field>
      {textArea("summaryFr", 3)}
      {textArea("summaryEn", 3)}
      <p className="text-sm text-muted">{t("markdownHelp")}</p>
      {textArea("bodyFr", 18)}
      {textArea("bodyEn", 18)}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
