"use client";
// P5: notes a contact with the customer about the order (channel and a short factual summary).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { addContactLogAction } from "@/app/[locale]/admin/orders/actions";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

const CHANNELS = ["email", "phone", "letter", "other"] as const;

export function ContactLogForm({ locale, orderId, max }: { locale: Locale; orderId: string; max: number }) {
  const [state, action] = useActionState(addContactLogAction, initialActionState);
  const t = useTranslations("AdminOrders.contactLog");
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;

  return (
    // Keyed on the answer: after a refusal the fields start again from what was typed, after a success empty.
    <form key={state.attempt} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="orderId" value={orderId} />
      {state.data && <Notice tone="success">{t("added")}</Notice>}
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <SelectField
        name="channel"
        label={t("channel")}
        options={CHANNELS.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))}
        defaultValue={state.values?.channel ?? "phone"}
        error={errorMessage(errors?.channel)}
      />
      <Field id="summary" label={t("summary")} help={t("summaryHelp", { max })} error={errorMessage(errors?.summary)}>
        {(control) => (
          <textarea {...control} name="summary" rows={3} maxLength={max} defaultValue={state.values?.summary} />
        )}
      </Field>
      <SubmitButton size="md" variant="secondary" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
