"use client";
// A product's variants in the back office: one small form per variant (SKU, size, colour, price override,
// active) and one to add a variant with its opening stock. Stock changes go through the adjustment form.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { COLOUR_CODES, formatEuros } from "@/lib/admin/catalogue/form-values";
import type { Locale } from "@/lib/i18n/routing";
import { createVariantAction, updateVariantAction } from "@/app/[locale]/admin/products/actions";

export type VariantFormRow = {
  id: string;
  sku: string;
  size: string | null;
  colour: string | null;
  priceCents: number | null;
  stock: number;
  active: boolean;
  version: number;
};

function useColourOptions() {
  const t = useTranslations("AdminCatalogue.variants");
  const colours = useTranslations("colours");
  return [{ value: "", label: t("noColour") }, ...COLOUR_CODES.map((code) => ({ value: code, label: colours(code) }))];
}

export function EditVariantForm({ locale, variant }: { locale: Locale; variant: VariantFormRow }) {
  const [state, action] = useActionState(updateVariantAction, initialActionState);
  const t = useTranslations("AdminCatalogue.variants");
  const errorMessage = useErrorMessage();
  const colourOptions = useColourOptions();
  const values = state.values;
  const errors = state.fieldErrors;
  // Ids are per variant: several of these forms share the page.
  const id = (name: string) => `${name}-${variant.id}`;
  // As in the product form: the version of the values shown (first render, then this form's own last save, or the
  // one sent after a refusal), never a newer one from a re-render that left older values in the fields.
  const [loadedVersion] = useState(String(variant.version));
  const sentVersion = values?.version ?? (state.data ? String(state.data.version) : loadedVersion);
  return (
    <form key={state.attempt} action={action} className="rounded-md border border-line p-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="variantId" value={variant.id} />
      <input type="hidden" name="version" value={sentVersion} />
      <fieldset className="grid gap-3 sm:grid-cols-5">
        <legend className="mb-2 font-semibold">
          {t("legend", { sku: variant.sku })} · {t("stockNow", { stock: variant.stock })}
        </legend>
        {state.data && <Notice tone="success">{t("saved")}</Notice>}
        {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
        <Field id={id("sku")} label={t("sku")} error={errorMessage(errors?.sku)}>
          {(control) => <input {...control} name="sku" defaultValue={values?.sku ?? variant.sku} />}
        </Field>
        <Field id={id("size")} label={t("size")} error={errorMessage(errors?.size)}>
          {(control) => <input {...control} name="size" defaultValue={values?.size ?? variant.size ?? ""} />}
        </Field>
        <Field id={id("colour")} label={t("colour")} error={errorMessage(errors?.colour)}>
          {(control) => (
            <select {...control} name="colour" defaultValue={values?.colour ?? variant.colour ?? ""}>
              {colourOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id("price")} label={t("price")} error={errorMessage(errors?.price)}>
          {(control) => (
            <input
              {...control}
              name="price"
              defaultValue={
                values?.price ?? (variant.priceCents === null ? "" : formatEuros(variant.priceCents, locale))
              }
            />
          )}
        </Field>
        <label className="flex items-center gap-2 self-end pb-3 text-sm">
          <input type="checkbox" name="active" defaultChecked={values ? values.active === "on" : variant.active} />
          {t("active")}
        </label>
      </fieldset>
      <div className="mt-3">
        <SubmitButton size="sm" variant="secondary" pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function NewVariantForm({ locale, productId }: { locale: Locale; productId: string }) {
  const [state, action] = useActionState(createVariantAction, initialActionState);
  const t = useTranslations("AdminCatalogue.variants");
  const errorMessage = useErrorMessage();
  const colourOptions = useColourOptions();
  const values = state.values;
  const errors = state.fieldErrors;
  return (
    <form key={state.attempt} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      {state.data && <Notice tone="success">{t("created", { sku: state.data.sku })}</Notice>}
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="sku" label={t("sku")} defaultValue={values?.sku} error={errorMessage(errors?.sku)} />
        <TextField name="size" label={t("size")} defaultValue={values?.size} error={errorMessage(errors?.size)} />
        <SelectField
          name="colour"
          label={t("colour")}
          options={colourOptions}
          defaultValue={values?.colour ?? ""}
          error={errorMessage(errors?.colour)}
        />
        {/* Not id="price": the product's own price field is on the same page. */}
        <Field id="new-variant-price" label={t("price")} help={t("priceHelp")} error={errorMessage(errors?.price)}>
          {(control) => <input {...control} name="price" defaultValue={values?.price} />}
        </Field>
        <TextField
          name="stock"
          label={t("openingStock")}
          defaultValue={values?.stock ?? "0"}
          error={errorMessage(errors?.stock)}
        />
        <label className="flex items-center gap-2 self-end pb-3 text-sm">
          <input type="checkbox" name="active" defaultChecked={values ? values.active === "on" : true} />
          {t("active")}
        </label>
      </div>
      <SubmitButton size="sm" pendingLabel={t("saving")}>
        {t("add")}
      </SubmitButton>
    </form>
  );
}
