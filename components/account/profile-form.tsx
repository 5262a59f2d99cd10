"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateProfileAction, type ProfileState } from "@/app/[locale]/account/profile/actions";
import { PhoneField } from "@/components/account/phone-field";
import { TextField } from "@/components/ui/text-field";
import type { ProfileValues } from "@/lib/accounts/profile";
import { locales, type Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

type Props = { locale: Locale; initial: ProfileValues; regions: { region: string; label: string }[] };

export function ProfileForm(props: Props) {
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateProfileAction, {});
  // Remounted on each answer so that every field (selects included) starts from the values sent back.
  return <ProfileFields key={state.attempt ?? 0} {...props} state={state} action={action} pending={pending} />;
}

function ProfileFields({
  locale,
  initial,
  regions,
  state,
  action,
  pending,
}: Props & { state: ProfileState; action: (form: FormData) => void; pending: boolean }) {
  const t = useTranslations("AccountProfile");
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const error = (field: string) => (errors[field] ? t(`errors.${errors[field]}` as "errors.invalid") : undefined);

  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.saved && <Notice tone="success">{t("saved")}</Notice>}
      {Object.keys(errors).length > 0 && <Notice tone="error">{t("errorSummary")}</Notice>}
      <TextField name="name" label={t("name")} autoComplete="name" defaultValue={values.name} error={error("name")} />
      <PhoneField
        legend={t("phoneLegend")}
        countryLabel={t("phoneCountry")}
        numberLabel={t("phone")}
        help={t("phoneHelp")}
        error={error("phone") ?? error("phoneCountry")}
        regions={regions}
        defaultRegion={values.phoneCountry}
        defaultNumber={values.phone}
      />
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="language" className="font-medium">
          {t("language")}
        </label>
        <select
          id="language"
          name="language"
          defaultValue={values.language}
          aria-describedby={error("language") ? "language-help language-error" : "language-help"}
          aria-invalid={error("language") ? true : undefined}
          className="rounded-md border border-line bg-white px-3 py-2.5 sm:max-w-xs"
        >
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`languages.${code}`)}
            </option>
          ))}
        </select>
        <span id="language-help" className="text-xs text-muted">
          {t("languageHelp")}
        </span>
        {error("language") && (
          <span id="language-error" className="text-xs font-medium text-terracotta">
            {error("language")}
          </span>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
