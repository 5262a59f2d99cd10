"use client";
// Cancels an order that has not shipped: a paid one is refunded in full first, then cancelled; stock goes back.
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { cancelOrderAction } from "@/app/[locale]/admin/orders/actions";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export function CancelForm({
  locale,
  orderId,
  version,
  requestKey,
  help,
}: {
  locale: Locale;
  orderId: string;
  version: string;
  requestKey: string;
  /** what cancelling does to this order, already translated */
  help: string;
}) {
  const [state, action] = useActionState(cancelOrderAction, initialActionState);
  const t = useTranslations("AdminOrders.cancel");
  const format = useFormatter();
  const errorMessage = useErrorMessage();

  if (state.data) {
    const amount = format.number(state.data.refundedCents / 100, { style: "currency", currency: "EUR" });
    return (
      <Notice tone="success">
        {state.data.refundedCents > 0
          ? t("doneRefunded", { number: state.data.number, amount })
          : t("done", { number: state.data.number })}
      </Notice>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="requestKey" value={state.values?.requestKey ?? requestKey} />
      <p className="text-sm text-muted">{help}</p>
      {state.error && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <SubmitButton size="md" variant="dangerSolid" pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
