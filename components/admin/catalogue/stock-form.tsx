"use client";
// A stock adjustment: which stock (the product's own, or one variant's), how many units in or out, and why.
// The server refuses one that would take the stock below zero, on the quantity field.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { STOCK_REASONS } from "@/lib/admin/catalogue/form-values";
import type { Locale } from "@/lib/i18n/routing";
import { adjustStockAction } from "@/app/[locale]/admin/products/actions";

export function StockAdjustmentForm({
  locale,
  productId,
  variants,
}: {
  locale: Locale;
  productId: string;
  /** with variants, the stock is theirs: one of them is chosen */
  variants: { id: string; sku: string; stock: number }[];
}) {
  const [state, action] = useActionState(adjustStockAction, initialActionState);
  const t = useTranslations("AdminCatalogue.stock");
  const errorMessage = useErrorMessage();
  const values = state.values;
  const errors = state.fieldErrors;
  return (
    <form key={state.attempt} action={action} className="max-w-3xl space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      {state.data && <Notice tone="success">{t("adjusted", { stock: state.data.stockAfter })}</Notice>}
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <div className="grid gap-4 sm:grid-cols-3">
        {variants.length > 0 && (
          <SelectField
            name="variantId"
            label={t("variant")}
            options={variants.map((variant) => ({
              value: variant.id,
              label: t("variantOption", { sku: variant.sku, stock: variant.stock }),
            }))}
            defaultValue={values?.variantId}
            error={errorMessage(errors?.variantId)}
          />
        )}
        <TextField
          name="delta"
          label={t("delta")}
          help={t("deltaHelp")}
          defaultValue={values?.delta}
          error={errorMessage(errors?.delta)}
        />
        <SelectField
          name="reason"
          label={t("reason")}
          options={[
            { value: "", label: t("chooseReason") },
            ...STOCK_REASONS.map((reason) => ({ value: reason, label: t(`reasons.${reason}`) })),
          ]}
          defaultValue={values?.reason ?? ""}
          error={errorMessage(errors?.reason)}
        />
      </div>
      <TextField
        name="note"
        label={t("note")}
        help={t("noteHelp")}
        defaultValue={values?.note}
        error={errorMessage(errors?.note)}
      />
      <SubmitButton size="md" pendingLabel={t("saving")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
