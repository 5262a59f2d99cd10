"use client";
// The fields of a campaign (P6): the list, then the subject and text in French and in English, each language in
// its own fieldset marked with its lang. Shared by the new campaign's form and the draft's form.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";

export type CampaignFieldName = "list" | "subjectFr" | "bodyFr" | "subjectEn" | "bodyEn";
export type CampaignLimits = { subject: number; body: number };

export function CampaignFields({
  values,
  errors,
  limits,
}: {
  values: Partial<Record<CampaignFieldName, string>>;
  /** already translated */
  errors: Partial<Record<CampaignFieldName, string>>;
  limits: CampaignLimits;
}) {
  const t = useTranslations("AdminNewsletter");
  const language = (suffix: "Fr" | "En", lang: Locale) => (
    <fieldset className="space-y-4 rounded-md border border-line p-4" lang={lang}>
      <legend className="px-1 font-semibold">{t(`languages.${lang}`)}</legend>
      <TextField
        name={`subject${suffix}`}
        label={t("subject")}
        help={t("subjectHelp", { max: limits.subject })}
        defaultValue={values[`subject${suffix}`]}
        error={errors[`subject${suffix}`]}
      />
      <Field
        id={`body${suffix}`}
        label={t("body")}
        help={t("bodyHelp", { max: limits.body })}
        error={errors[`body${suffix}`]}
      >
        {(control) => <textarea {...control} name={`body${suffix}`} rows={12} defaultValue={values[`body${suffix}`]} />}
      </Field>
    </fieldset>
  );
  return (
    <>
      <SelectField
        name="list"
        label={t("list")}
        defaultValue={values.list ?? "newsletter"}
        error={errors.list}
        options={(["newsletter", "promotions"] as const).map((list) => ({ value: list, label: t(`lists.${list}`) }))}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {language("Fr", "fr")}
        {language("En", "en")}
      </div>
    </>
  );
}
