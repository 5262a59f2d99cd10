"use client";
// The product form of the back office, for a new product and for an edit. A refusal (a field, a taken slug, a
// save made meanwhile by another admin) comes back with everything typed; an edit carries the version it was
// loaded at, so a stale save is refused rather than written over someone else's.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { formatEuros, VAT_RATES_BP } from "@/lib/admin/catalogue/form-values";
import type { ErrorCode } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { createProductAction, updateProductAction } from "@/app/[locale]/admin/products/actions";

export type ProductFormInitial = {
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  slug: string;
  categoryId: string;
  priceCents: number | null;
  vatRateBp: number;
  active: boolean;
  featured: boolean;
};

type Values = Partial<Record<string, string>>;
type Errors = Partial<Record<string, ErrorCode>>;
type Option = { value: string; label: string };

function ProductFields({
  locale,
  initial,
  values,
  errors,
  categories,
  withStock,
}: {
  locale: Locale;
  initial: ProductFormInitial;
  values: Values | undefined;
  errors: Errors | undefined;
  categories: Option[];
  withStock: boolean;
}) {
  const t = useTranslations("AdminCatalogue.productForm");
  const errorMessage = useErrorMessage();
  const text = (name: keyof ProductFormInitial & string) => values?.[name] ?? String(initial[name] ?? "");
  // A refused form gives back its ticks as typed ("on" or absent), a fresh one the product's.
  const ticked = (name: "active" | "featured") => (values ? values[name] === "on" : initial[name]);
  const vatLabel = (bp: number) => `${(bp / 100).toLocaleString(locale === "fr" ? "fr-FR" : "en-GB")} %`;
  const textArea = (name: "descriptionFr" | "descriptionEn") => (
    <Field id={name} label={t(name)} error={errorMessage(errors?.[name])}>
      {(control) => <textarea {...control} name={name} rows={5} defaultValue={text(name)} />}
    </Field>
  );
  return (
    <div className="grid gap-5 md:grid-cols-2">
      <TextField name="nameFr" label={t("nameFr")} defaultValue={text("nameFr")} error={errorMessage(errors?.nameFr)} />
      <TextField name="nameEn" label={t("nameEn")} defaultValue={text("nameEn")} error={errorMessage(errors?.nameEn)} />
      {textArea("descriptionFr")}
      {textArea("descriptionEn")}
      <TextField
        name="slug"
        label={t("slug")}
        help={t("slugHelp")}
        defaultValue={text("slug")}
        error={errorMessage(errors?.slug)}
      />
      <SelectField
        name="categoryId"
        label={t("category")}
        options={[{ value: "", label: t("chooseCategory") }, ...categories]}
        defaultValue={text("categoryId")}
        error={errorMessage(errors?.categoryId)}
      />
      <TextField
        name="price"
        label={t("price")}
        help={t("priceHelp")}
        defaultValue={values?.price ?? (initial.priceCents === null ? "" : formatEuros(initial.priceCents, locale))}
        error={errorMessage(errors?.price)}
      />
      <SelectField
        name="vatRateBp"
        label={t("vatRate")}
        options={VAT_RATES_BP.map((bp) => ({ value: String(bp), label: vatLabel(bp) }))}
        defaultValue={values?.vatRateBp ?? String(initial.vatRateBp)}
        error={errorMessage(errors?.vatRateBp)}
      />
      {withStock && (
        <TextField
          name="stock"
          label={t("stock")}
          help={t("stockHelp")}
          defaultValue={values?.stock ?? "0"}
          error={errorMessage(errors?.stock)}
        />
      )}
      <fieldset className="flex flex-col gap-2 text-sm md:col-span-2">
        <legend className="font-medium">{t("status")}</legend>
        {(["active", "featured"] as const).map((name) => (
          <label key={name} className="flex items-center gap-2">
            <input type="checkbox" name={name} defaultChecked={ticked(name)} />
            {t(name)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

export function CreateProductForm({ locale, categories }: { locale: Locale; categories: Option[] }) {
  const [state, action] = useActionState(createProductAction, initialActionState);
  const t = useTranslations("AdminCatalogue.productForm");
  const errorMessage = useErrorMessage();
  const initial: ProductFormInitial = {
    nameFr: "",
    nameEn: "",
    descriptionFr: "",
    descriptionEn: "",
    slug: "",
    categoryId: "",
    priceCents: null,
    vatRateBp: 2000,
    active: true,
    featured: false,
  };
  return (
    <form key={state.attempt} action={action} className="max-w-4xl space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error && <Notice tone="error">{state.fieldErrors ? t("errorSummary") : errorMessage(state.error)}</Notice>}
      <ProductFields
        locale={locale}
        initial={initial}
        values={state.values}
        errors={state.fieldErrors}
        categories={categories}
        withStock
      />
      <SubmitButton pendingLabel={t("saving")}>{t("create")}</SubmitButton>
    </form>
  );
}

export function EditProductForm({
  locale,
  categories,
  productId,
  version,
  initial,
}: {
  locale: Locale;
  categories: Option[];
  productId: string;
  version: number;
  initial: ProductFormInitial;
}) {
  const [state, action] = useActionState(updateProductAction, initialActionState);
  const t = useTranslations("AdminCatalogue.productForm");
  const errorMessage = useErrorMessage();
  const stale = state.error === "staleEdit";
  // The version of the values this form shows: the one it was first rendered with, then that of its own last save.
  // Never a newer one from a re-render of the page (another form's save): the fields still show the older values,
  // and saving them would silently undo someone else's change. After a refusal, the version that was sent.
  const [loadedVersion] = useState(String(version));
  const sentVersion = state.values?.version ?? (state.data ? String(state.data.version) : loadedVersion);
  return (
    <form key={state.attempt} action={action} className="max-w-4xl space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="version" value={sentVersion} />
      {state.data && <Notice tone="success">{t("saved")}</Notice>}
      {state.error && (
        <Notice tone="error">
          {stale ? t("stale") : state.fieldErrors ? t("errorSummary") : errorMessage(state.error)}
        </Notice>
      )}
      <ProductFields
        locale={locale}
        initial={initial}
        values={state.values}
        errors={state.fieldErrors}
        categories={categories}
        withStock={false}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
