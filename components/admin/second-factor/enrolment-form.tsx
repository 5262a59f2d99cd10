"use client";
// Enrolment of the admin's authenticator (P12): the QR code and the key as text, then a first code from the
// app confirms it; the answer carries the recovery codes, shown here once.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmEnrolmentAction } from "@/app/[locale]/admin/second-factor/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { RecoveryCodes } from "./recovery-codes";

export function EnrolmentForm({ locale, qrCode, secretText }: { locale: Locale; qrCode: string; secretText: string }) {
  const [state, action] = useActionState(confirmEnrolmentAction, initialActionState);
  const t = useTranslations("AdminSecondFactor");
  const errorMessage = useErrorMessage();

  if (state.data) return <RecoveryCodes codes={state.data.recoveryCodes} />;
  return (
    <section aria-labelledby="enrol-title" className="space-y-5">
      <h2 id="enrol-title" className="font-serif text-2xl font-semibold text-ink">
        {t("enrolTitle")}
      </h2>
      <p className="max-w-2xl text-muted">{t("enrolIntro")}</p>
      {/* A data: URL of our own SVG (the admin pages' CSP allows data: images); next/image adds nothing here. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={qrCode} alt={t("qrAlt")} width={220} height={220} className="rounded-lg border border-line bg-white" />
      <div>
        <p className="text-sm font-medium">{t("secretLabel")}</p>
        <p className="mt-1 font-mono text-lg tracking-wide" translate="no">
          {secretText}
        </p>
        <p className="text-xs text-muted">{t("secretHelp")}</p>
      </div>
      <form key={state.attempt} action={action} className="max-w-sm space-y-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        {state.error && !state.fieldErrors && (
          <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
        )}
        <TextField
          name="code"
          label={t("enrolCodeLabel")}
          autoComplete="one-time-code"
          required
          error={errorMessage(state.fieldErrors?.code)}
        />
        <SubmitButton pendingLabel={t("enrolSubmitting")}>{t("enrolSubmit")}</SubmitButton>
      </form>
    </section>
  );
}
