"use client";
// The shop's contact details (P25): refused fields come back with their errors and everything typed; a save
// made by someone else since the page loaded is refused ("changedMeanwhile"), never overwritten.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateShopContactAction } from "@/app/[locale]/admin/settings/actions";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export function ShopContactForm({
  locale,
  initial,
}: {
  locale: Locale;
  initial: { phone: string; email: string; address: string; updatedAt: string };
}) {
  const [state, action] = useActionState(updateShopContactAction, initialActionState);
  const t = useTranslations("AdminSettings.contact");
  const errorMessage = useErrorMessage();
  const values = state.values;
  const errors = state.fieldErrors;
  return (
    <form key={state.attempt} action={action} className="max-w-2xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {/* The version the admin saw: after a save the page brings the new one (revalidated). */}
      <input type="hidden" name="updatedAt" value={initial.updatedAt} />
      {state.data && <Notice tone="success">{t("saved")}</Notice>}
      {state.error && (
        <Notice tone="error">
          {errors && !errors.updatedAt ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}
        </Notice>
      )}
      <TextField
        name="phone"
        type="tel"
        label={t("phone")}
        help={t("phoneHelp")}
        defaultValue={values?.phone ?? initial.phone}
        error={errorMessage(errors?.phone)}
      />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        defaultValue={values?.email ?? initial.email}
        error={errorMessage(errors?.email)}
      />
      <Field id="address" label={t("address")} help={t("addressHelp")} error={errorMessage(errors?.address)}>
        {(control) => (
          <textarea {...control} name="address" rows={4} defaultValue={values?.address ?? initial.address} />
        )}
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
