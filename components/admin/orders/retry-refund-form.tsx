"use client";
// Sends again a refund the provider did not answer: same idempotency key, so it cannot refund twice.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { retryRefundAction } from "@/app/[locale]/admin/orders/actions";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export function RetryRefundForm({ locale, refundId }: { locale: Locale; refundId: string }) {
  const [state, action] = useActionState(retryRefundAction, initialActionState);
  const t = useTranslations("AdminOrders.refunds");
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="refundId" value={refundId} />
      <SubmitButton size="sm" variant="secondary" pendingLabel={t("retrying")}>
        {t("retry")}
      </SubmitButton>
      {state.error && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      {state.data && <Notice tone="success">{t("retried")}</Notice>}
    </form>
  );
}
