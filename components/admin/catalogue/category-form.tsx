"use client";
// A category of the catalogue, new or edited: names and descriptions in French and English, its address (slug,
// made from the French name when left empty), its parent and its place in the menu. An edit carries the category's
// last change as loaded: a save made meanwhile by another admin is refused rather than written over.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { saveCategoryAction } from "@/app/[locale]/admin/categories/actions";

export type CategoryFormInitial = {
  id: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  slug: string;
  parentId: string;
  position: string;
  /** the category's last change as loaded (ISO); "" for a new one */
  updatedAt: string;
};

const EMPTY: CategoryFormInitial = {
  id: "",
  nameFr: "",
  nameEn: "",
  descriptionFr: "",
  descriptionEn: "",
  slug: "",
  parentId: "",
  position: "0",
  updatedAt: "",
};

export function CategoryForm({
  locale,
  initial = EMPTY,
  parents,
}: {
  locale: Locale;
  initial?: CategoryFormInitial;
  parents: { value: string; label: string }[];
}) {
  const [state, action] = useActionState(saveCategoryAction, initialActionState);
  const t = useTranslations("AdminCatalogue.categories");
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;
  // A new category's form starts empty again once created; an edited one shows what was saved.
  const values: Partial<Record<keyof CategoryFormInitial, string>> =
    state.values ?? (state.data && !initial.id ? EMPTY : initial);
  const value = (name: keyof CategoryFormInitial) => values[name] ?? "";
  // The last change this form's fields show: as first loaded, then that of its own last save; after a refusal, the
  // one that was sent. Never a newer one from a re-render alone: the fields would still show the older values.
  const [loadedUpdatedAt] = useState(initial.updatedAt);
  const sentUpdatedAt = state.values?.updatedAt ?? (state.data ? state.data.updatedAt : loadedUpdatedAt);
  const area = (name: "descriptionFr" | "descriptionEn") => (
    <Field id={name} label={t(name)} error={errorMessage(errors?.[name])}>
      {(control) => <textarea {...control} name={name} rows={3} defaultValue={value(name)} />}
    </Field>
  );
  return (
    <form key={state.attempt} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="categoryId" value={initial.id} />
      {initial.id && <input type="hidden" name="updatedAt" value={sentUpdatedAt} />}
      {state.data && (
        <Notice tone="success">{t(state.data.created ? "created" : "saved", { slug: state.data.slug })}</Notice>
      )}
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          name="nameFr"
          label={t("nameFr")}
          defaultValue={value("nameFr")}
          error={errorMessage(errors?.nameFr)}
        />
        <TextField
          name="nameEn"
          label={t("nameEn")}
          defaultValue={value("nameEn")}
          error={errorMessage(errors?.nameEn)}
        />
        {area("descriptionFr")}
        {area("descriptionEn")}
        <TextField
          name="slug"
          label={t("slug")}
          help={t("slugHelp")}
          defaultValue={value("slug")}
          error={errorMessage(errors?.slug)}
        />
        <SelectField
          name="parentId"
          label={t("parent")}
          options={[{ value: "", label: t("noParent") }, ...parents.filter((parent) => parent.value !== initial.id)]}
          defaultValue={value("parentId")}
          error={errorMessage(errors?.parentId)}
        />
        <TextField
          name="position"
          label={t("position")}
          help={t("positionHelp")}
          defaultValue={value("position")}
          error={errorMessage(errors?.position)}
        />
      </div>
      <SubmitButton size="md" pendingLabel={t("saving")}>
        {initial.id ? t("save") : t("create")}
      </SubmitButton>
    </form>
  );
}
