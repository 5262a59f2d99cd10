"use client";
// A full or partial refund. The request key makes a double click or a retry one refund; each success gives
// the next refund its own key. The amount is checked on the server against what is still refundable.
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { refundOrderAction } from "@/app/[locale]/admin/orders/actions";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export function RefundForm({
  locale,
  orderId,
  requestKey,
  refundable,
}: {
  locale: Locale;
  orderId: string;
  requestKey: string;
  /** already formatted */
  refundable: string;
}) {
  const [state, action] = useActionState(refundOrderAction, initialActionState);
  const t = useTranslations("AdminOrders.refund");
  const format = useFormatter();
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;
  const key = state.data?.nextRequestKey ?? state.values?.requestKey ?? requestKey;
  const amount = (cents: number) => format.number(cents / 100, { style: "currency", currency: "EUR" });

  return (
    <form key={state.attempt} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="requestKey" value={key} />
      {state.data && (
        <Notice tone="success">
          {t(state.data.status === "succeeded" ? "done" : "donePending", { amount: amount(state.data.amountCents) })}
        </Notice>
      )}
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <TextField
        name="amount"
        label={t("amount")}
        help={t("amountHelp", { max: refundable })}
        defaultValue={state.values?.amount}
        error={errorMessage(errors?.amount)}
      />
      <TextField
        name="reason"
        label={t("reason")}
        defaultValue={state.values?.reason}
        error={errorMessage(errors?.reason)}
      />
      <SubmitButton size="md" variant="danger" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
