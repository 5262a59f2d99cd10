"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { acceptInvitationAction, joinWithNewAccountAction } from "@/app/[locale]/(shop)/accept-invitation/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Signed in with the invited address: one button. */
export function AuthJoinForm({
  locale,
  token,
  organizationName,
}: {
  locale: Locale;
  token: string;
  organizationName: string;
}) {
  const t = useTranslations("AuthFlows.invitation");
  const [state, action] = useActionState(acceptInvitationAction, initialActionState);
  const errorMessage = useErrorMessage();
  // Nothing to correct in this form: whatever went wrong (a used link, another account), it is the end.
  if (state.error) return <AuthInvitationFailure message={errorMessage(state.error, state.retryAfterSeconds)} />;
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full">{t("join", { organization: organizationName })}</SubmitButton>
    </form>
  );
}

/** No account yet: name and password; the address is the invitation's and cannot be changed here. */
export function AuthJoinWithNewAccountForm({ locale, token, email }: { locale: Locale; token: string; email: string }) {
  const t = useTranslations("AuthFlows.invitation");
  const [state, action] = useActionState(joinWithNewAccountAction, initialActionState);
  const errorMessage = useErrorMessage();
  // A link that cannot be used (any more), or an account created meanwhile: nothing to correct here.
  if (state.fieldErrors?.token) return <AuthInvitationFailure message={errorMessage(state.fieldErrors.token)} />;
  if (state.error === "accountExists") return <AuthInvitationFailure message={errorMessage(state.error)} signIn />;
  return (
    <form action={action} className="space-y-4" key={state.attempt} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {state.error && !state.fieldErrors && (
        <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <p className="text-sm text-muted">{t("createIntro")}</p>
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="invited-email" className="font-medium">
          {t("email")}
        </label>
        <input
          id="invited-email"
          value={email}
          readOnly
          className="rounded-md border border-line bg-sand px-3 py-2.5 text-muted"
        />
      </div>
      <TextField
        name="name"
        label={t("name")}
        autoComplete="name"
        defaultValue={state.values?.name}
        error={errorMessage(state.fieldErrors?.name)}
      />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        help={t("passwordHelp", { min: PASSWORD_MIN_LENGTH })}
        error={errorMessage(state.fieldErrors?.password)}
      />
      <SubmitButton className="w-full" pendingLabel={t("submitting")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}

/**
 * An expired, used or unknown invitation, or one for another account: why (`message`, already translated),
 * and the way to sign in when the invited address has an account.
 */
export function AuthInvitationFailure({ message, signIn = false }: { message: ReactNode; signIn?: boolean }) {
  const t = useTranslations("AuthFlows.invitation");
  return (
    <div className="space-y-4">
      <p role="alert" data-testid="invitation-failure" className="text-lg leading-relaxed text-muted">
        {message}
      </p>
      {signIn && (
        <Link href="/sign-in" className="font-medium text-marine underline underline-offset-4">
          {t("signIn")}
        </Link>
      )}
    </div>
  );
}
