"use client";
// The second step of an admin's sign-in (P12): a code from the app, or a recovery code. A code from the app
// goes on to the back office (the action redirects); a recovery code says how many are left.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { verifySecondFactorAction } from "@/app/[locale]/admin/second-factor/actions";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export function VerifyForm({ locale }: { locale: Locale }) {
  const [state, action] = useActionState(verifySecondFactorAction, initialActionState);
  const t = useTranslations("AdminSecondFactor");
  const errorMessage = useErrorMessage();

  if (state.data) {
    return (
      <div className="space-y-4">
        <Notice tone="success">{t("recoveryUsed", { count: state.data.recoveryCodesLeft })}</Notice>
        <p>
          <Link href="/admin/second-factor" className={buttonClass({ variant: "secondary", size: "md" })}>
            {t("renewSubmit")}
          </Link>{" "}
          <Link href="/admin" className={buttonClass({ size: "md" })}>
            {t("continue")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="verify-title" className="space-y-4">
      <h2 id="verify-title" className="font-serif text-2xl font-semibold text-ink">
        {t("verifyTitle")}
      </h2>
      <p className="max-w-2xl text-muted">{t("verifyIntro")}</p>
      <form key={state.attempt} action={action} className="max-w-sm space-y-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        {state.error && !state.fieldErrors && (
          <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
        )}
        <TextField
          name="code"
          label={t("verifyCodeLabel")}
          autoComplete="one-time-code"
          required
          error={errorMessage(state.fieldErrors?.code)}
        />
        <SubmitButton pendingLabel={t("verifySubmitting")}>{t("verifySubmit")}</SubmitButton>
      </form>
    </section>
  );
}
