"use client";
// Puts an answered contact message back among the open ones (P3): a follow-up is needed.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { reopenContactMessageAction } from "./actions";

export function ReopenForm({ locale, messageId }: { locale: Locale; messageId: string }) {
  const [state, action] = useActionState(reopenContactMessageAction, initialActionState);
  const t = useTranslations("AdminMessages");
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="messageId" value={messageId} />
      {state.error && <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>}
      <SubmitButton variant="secondary" size="md" pendingLabel={t("reopening")}>
        {t("reopen")}
      </SubmitButton>
    </form>
  );
}
