"use client";
// The form of the register of legal disclosures (P24): a refused entry comes back with its field errors and
// everything typed; a recorded one is confirmed and the form starts empty.
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { LEGAL_DISCLOSURE_LIMITS } from "@/lib/admin/legal-disclosure-limits";
import type { Locale } from "@/lib/i18n/routing";
import { recordLegalDisclosureAction } from "./actions";

export function LegalDisclosureForm({ locale, today }: { locale: Locale; today: string }) {
  const [state, action] = useActionState(recordLegalDisclosureAction, initialActionState);
  const t = useTranslations("Admin.legalDisclosures");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const values = state.values;
  const errors = state.fieldErrors;

  return (
    // Keyed on the answer: after a refusal every field starts again from what was typed, after a success empty.
    <form key={state.attempt} action={action} className="max-w-2xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.data && (
        <Notice tone="success">
          {t("recorded", {
            authority: state.data.authority,
            date: format.dateTime(new Date(`${state.data.disclosedOn}T12:00:00Z`), { dateStyle: "long" }),
          })}
        </Notice>
      )}
      {state.error && (
        <Notice tone="error">{errors ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="authority"
        label={t("authority")}
        help={t("authorityHelp")}
        defaultValue={values?.authority}
        error={errorMessage(errors?.authority)}
      />
      <TextField
        name="legalBasis"
        label={t("legalBasis")}
        help={t("legalBasisHelp")}
        defaultValue={values?.legalBasis}
        error={errorMessage(errors?.legalBasis)}
      />
      <Field
        id="dataDisclosed"
        label={t("dataDisclosed")}
        help={t("dataDisclosedHelp", { max: LEGAL_DISCLOSURE_LIMITS.dataDisclosed })}
        error={errorMessage(errors?.dataDisclosed)}
      >
        {(control) => <textarea {...control} name="dataDisclosed" rows={4} defaultValue={values?.dataDisclosed} />}
      </Field>
      <Field id="disclosedOn" label={t("disclosedOn")} error={errorMessage(errors?.disclosedOn)}>
        {(control) => (
          <input {...control} name="disclosedOn" type="date" max={today} defaultValue={values?.disclosedOn} />
        )}
      </Field>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
