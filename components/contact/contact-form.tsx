"use client";
// The contact form (P3, P29). With JavaScript, a message longer than the limit is refused here, before
// sending, with its field error and nothing lost. Without it, the server refuses it on its field and gives
// back what was typed (the message cut to what the action builder echoes): the same form, never an error page.
import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { sendContactMessageAction } from "@/app/[locale]/(shop)/contact/actions";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { CONTACT_KINDS, CONTACT_LIMITS, HONEYPOT_FIELD } from "@/lib/contact/form-fields";
import type { Locale } from "@/lib/i18n/routing";

export function ContactForm({ locale }: { locale: Locale }) {
  const [state, action] = useActionState(sendContactMessageAction, initialActionState);
  const t = useTranslations("Contact");
  const errorMessage = useErrorMessage();
  const values = state.values;
  // The message is kept here, above the form that remounts on each answer: the server echoes at most 2,000
  // characters of what was typed. A page rendered after a post without JavaScript starts from that echo.
  const [message, setMessage] = useState(values?.message ?? "");
  const [tooLong, setTooLong] = useState(false);
  const errors = state.fieldErrors;
  const messageError = tooLong ? "tooLong" : errors?.message;

  function checkLength(event: FormEvent<HTMLFormElement>) {
    const over = message.length > CONTACT_LIMITS.message;
    setTooLong(over);
    if (over) event.preventDefault();
  }

  if (state.data) {
    return (
      <div className="space-y-4">
        <Notice tone="success">
          {t(state.data.acknowledged ? "sent" : "sentWithoutAcknowledgement", { email: state.data.email })}
        </Notice>
        {/* A document load: an empty form again, with or without JavaScript. */}
        <a href={`/${locale}/contact`} className={buttonClass({ variant: "secondary", size: "md" }, "inline-block")}>
          {t("sendAnother")}
        </a>
      </div>
    );
  }

  return (
    // Keyed on the answer: every field starts again from what was typed.
    <form key={state.attempt} action={action} onSubmit={checkLength} className="max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error && !state.data && (
        <Notice tone="error">{errors ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <SelectField
        name="kind"
        label={t("kind")}
        options={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        defaultValue={values?.kind}
        error={errorMessage(errors?.kind)}
      />
      <TextField
        name="name"
        label={t("name")}
        autoComplete="name"
        defaultValue={values?.name}
        error={errorMessage(errors?.name)}
      />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        help={t("emailHelp")}
        autoComplete="email"
        defaultValue={values?.email}
        error={errorMessage(errors?.email)}
      />
      <TextField
        name="orderNumber"
        label={t("orderNumber")}
        help={t("orderNumberHelp")}
        defaultValue={values?.orderNumber}
        error={errorMessage(errors?.orderNumber)}
      />
      <TextField
        name="subject"
        label={t("subject")}
        defaultValue={values?.subject}
        error={errorMessage(errors?.subject)}
      />
      <Field
        id="message"
        label={t("message")}
        help={t("messageHelp", { max: CONTACT_LIMITS.message })}
        error={errorMessage(messageError)}
      >
        {(control) => (
          <textarea
            {...control}
            name="message"
            rows={8}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
        )}
      </Field>
      {/* The honeypot: hidden from people and screen readers, filled in by robots (their message is dropped). */}
      <div aria-hidden="true" className="hidden">
        <label htmlFor={HONEYPOT_FIELD}>{t("honeypot")}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
