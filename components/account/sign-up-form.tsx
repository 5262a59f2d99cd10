"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { signUpAction } from "@/app/[locale]/(shop)/sign-up/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState, type StateOf } from "@/lib/actions/state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { COUNTRIES } from "@/lib/address/countries";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignUpForm({ locale, countryNames }: { locale: Locale; countryNames: Record<string, string> }) {
  const [state, action] = useActionState(signUpAction, initialActionState);
  // Remounted on each answer so that every field, radio and checkbox starts from what was typed.
  return <SignUpFields key={state.attempt} locale={locale} countryNames={countryNames} state={state} action={action} />;
}

function SignUpFields({
  locale,
  countryNames,
  state,
  action,
}: {
  locale: Locale;
  countryNames: Record<string, string>;
  state: StateOf<typeof signUpAction>;
  action: (form: FormData) => void;
}) {
  const t = useTranslations("SignUp");
  const errorMessage = useErrorMessage();
  const values = state.values;
  const [type, setType] = useState(values?.accountType === "organization" ? "organization" : "individual");
  const error = (field: keyof NonNullable<typeof state.fieldErrors>) => errorMessage(state.fieldErrors?.[field]);

  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <fieldset className="space-y-2 text-sm">
        <legend className="font-medium">{t("accountType")}</legend>
        {(["individual", "organization"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="accountType"
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
              className="accent-marine"
            />
            {t(value)}
          </label>
        ))}
        <p className="text-xs text-muted" data-testid="holder-note">
          {type === "organization" ? t("holderOrganization") : t("holderIndividual")}
        </p>
      </fieldset>
      <TextField name="name" label={t("name")} autoComplete="name" defaultValue={values?.name} error={error("name")} />
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        defaultValue={values?.email}
        error={error("email")}
      />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        help={t("passwordHelp", { min: PASSWORD_MIN_LENGTH })}
        error={error("password")}
      />
      {type === "organization" && (
        <div className="space-y-5 rounded-lg border border-line bg-white p-4">
          <TextField
            name="organizationName"
            label={t("organizationName")}
            autoComplete="organization"
            defaultValue={values?.organizationName}
            error={error("organizationName")}
          />
          <SelectField
            name="country"
            label={t("country")}
            options={COUNTRIES.map((code) => ({ value: code, label: countryNames[code] ?? code }))}
            defaultValue={values?.country ?? "FR"}
            error={error("country")}
          />
          <TextField
            name="vatNumber"
            label={t("vatNumber")}
            help={t("vatHelp")}
            defaultValue={values?.vatNumber}
            error={error("vatNumber")}
          />
          <TextField
            name="jobTitle"
            label={t("jobTitle")}
            autoComplete="organization-title"
            defaultValue={values?.jobTitle}
            error={error("jobTitle")}
          />
          <div className="text-sm">
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                name="attestAuthority"
                defaultChecked={values?.attestAuthority === "on"}
                aria-invalid={error("attestAuthority") ? true : undefined}
                aria-describedby={error("attestAuthority") ? "attestAuthority-error" : undefined}
                className="mt-0.5 h-4 w-4 accent-marine"
              />
              {t("attest")}
            </label>
            {error("attestAuthority") && (
              <span id="attestAuthority-error" className="mt-1 block text-xs font-medium text-terracotta">
                {error("attestAuthority")}
              </span>
            )}
          </div>
        </div>
      )}
      <SubmitButton className="w-full" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
