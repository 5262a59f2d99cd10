"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { signUpAction, type SignUpState } from "@/app/[locale]/(shop)/sign-up/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { COUNTRIES } from "@/lib/checkout/address";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { useRegistrationErrors } from "@/components/account/use-registration-errors";

export function SignUpForm({ locale, countryNames }: { locale: Locale; countryNames: Record<string, string> }) {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, {});
  // Remounted on each answer so that every field, radio and checkbox starts from what was typed.
  return (
    <SignUpFields
      key={state.attempt ?? 0}
      locale={locale}
      countryNames={countryNames}
      state={state}
      action={action}
      pending={pending}
    />
  );
}

function SignUpFields({
  locale,
  countryNames,
  state,
  action,
  pending,
}: {
  locale: Locale;
  countryNames: Record<string, string>;
  state: SignUpState;
  action: (form: FormData) => void;
  pending: boolean;
}) {
  const t = useTranslations("SignUp");
  const values = state.values;
  const [type, setType] = useState(values?.accountType ?? "individual");
  const error = useRegistrationErrors(state.fieldErrors);

  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.limited && <Notice tone="error">{t("limited")}</Notice>}
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
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor="country" className="font-medium">
              {t("country")}
            </label>
            <select
              id="country"
              name="country"
              defaultValue={values?.country ?? "FR"}
              className="rounded-md border border-line bg-white px-3 py-2.5"
            >
              {COUNTRIES.map((code) => (
                <option key={code} value={code}>
                  {countryNames[code]}
                </option>
              ))}
            </select>
          </div>
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
                defaultChecked={values?.attestAuthority}
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
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
