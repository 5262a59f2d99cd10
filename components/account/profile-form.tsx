"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateProfileAction } from "@/app/[locale]/account/profile/actions";
import { PhoneField } from "@/components/account/phone-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { ProfileValues } from "@/lib/accounts/profile";
import { initialActionState } from "@/lib/actions/state";
import { locales, type Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { locale: Locale; initial: ProfileValues; regions: { region: string; label: string }[] };

export function ProfileForm({ locale, initial, regions }: Props) {
  const [state, action] = useActionState(updateProfileAction, initialActionState);
  const t = useTranslations("AccountProfile");
  const errorMessage = useErrorMessage();
  // After a save, the profile as stored; after a refusal, what was typed.
  const values = { ...(state.data ?? initial), ...state.values };
  const errors = state.fieldErrors;

  return (
    // Keyed on the answer: every field (selects included) starts again from `values`.
    <form key={state.attempt} action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.data && <Notice tone="success">{t("saved")}</Notice>}
      {state.error && (
        <Notice tone="error">{errors ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <TextField
        name="name"
        label={t("name")}
        autoComplete="name"
        defaultValue={values.name}
        error={errorMessage(errors?.name)}
      />
      <PhoneField
        legend={t("phoneLegend")}
        countryLabel={t("phoneCountry")}
        numberLabel={t("phone")}
        help={t("phoneHelp")}
        error={errorMessage(errors?.phone ?? errors?.phoneCountry)}
        regions={regions}
        defaultRegion={values.phoneCountry}
        defaultNumber={values.phone}
      />
      <SelectField
        name="language"
        label={t("language")}
        help={t("languageHelp")}
        options={locales.map((code) => ({ value: code, label: t(`languages.${code}`), lang: code }))}
        defaultValue={values.language}
        error={errorMessage(errors?.language)}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
