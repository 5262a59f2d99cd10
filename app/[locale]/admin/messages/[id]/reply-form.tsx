"use client";
// The answer to a contact message (P3): e-mailed to its sender in the message's language. A refused answer
// comes back with everything typed; one sent is confirmed and the form starts empty.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { replyToContactMessageAction } from "./actions";

export function ReplyForm({
  locale,
  messageId,
  answeredAt,
  recipient,
  language,
  maxLength,
}: {
  locale: Locale;
  messageId: string;
  /** the latest answer the page shows (ISO), or "" */
  answeredAt: string;
  recipient: string;
  /** the language the answer is e-mailed in, already named */
  language: string;
  maxLength: number;
}) {
  const [state, action] = useActionState(replyToContactMessageAction, initialActionState);
  const t = useTranslations("AdminMessages");
  const errorMessage = useErrorMessage();

  return (
    <form key={state.attempt} action={action} className="max-w-3xl space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="messageId" value={messageId} />
      <input type="hidden" name="answeredAt" value={answeredAt} />
      {state.data && <Notice tone="success">{t("replySent", { email: recipient })}</Notice>}
      {state.error && (
        <Notice tone="error">
          {state.fieldErrors?.body ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}
        </Notice>
      )}
      <Field
        id="body"
        label={t("replyLabel")}
        help={t("replyHelp", { email: recipient, language, max: maxLength })}
        error={errorMessage(state.fieldErrors?.body)}
      >
        {(control) => <textarea {...control} name="body" rows={10} defaultValue={state.values?.body} />}
      </Field>
      <SubmitButton pendingLabel={t("replySending")}>{t("replySubmit")}</SubmitButton>
    </form>
  );
}
