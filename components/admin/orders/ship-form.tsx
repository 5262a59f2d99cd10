"use client";
// Marks a paid order shipped with its carrier and tracking number; the customer is e-mailed the number.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { shipOrderAction } from "@/app/[locale]/admin/orders/actions";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export function ShipForm({
  locale,
  orderId,
  version,
  carriers,
}: {
  locale: Locale;
  orderId: string;
  version: string;
  carriers: { value: string; label: string }[];
}) {
  const [state, action] = useActionState(shipOrderAction, initialActionState);
  const t = useTranslations("AdminOrders.ship");
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;

  if (state.data) return <Notice tone="success">{t("done", state.data)}</Notice>;
  return (
    <form key={state.attempt} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="version" value={version} />
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <SelectField
        name="carrier"
        label={t("carrier")}
        options={[{ value: "", label: t("chooseCarrier") }, ...carriers]}
        defaultValue={state.values?.carrier ?? ""}
        error={errorMessage(errors?.carrier)}
      />
      <TextField
        name="trackingNumber"
        label={t("trackingNumber")}
        help={t("trackingHelp")}
        defaultValue={state.values?.trackingNumber}
        error={errorMessage(errors?.trackingNumber)}
      />
      <SubmitButton size="md" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
