"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  acceptInvitationAction,
  joinWithNewAccountAction,
  type AcceptInvitationState,
} from "@/app/[locale]/(shop)/accept-invitation/actions";
import { TextField } from "@/components/ui/text-field";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

const buttonClass =
  "w-full rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60";

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
  const [state, action, pending] = useActionState<AcceptInvitationState, FormData>(acceptInvitationAction, {});
  if (state.failure) return <AuthInvitationFailure failure={state.failure} />;
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("join", { organization: organizationName })}
      </button>
    </form>
  );
}

/** No account yet: name and password; the address is the invitation's and cannot be changed here. */
export function AuthJoinWithNewAccountForm({ locale, token, email }: { locale: Locale; token: string; email: string }) {
  const t = useTranslations("AuthFlows.invitation");
  const tError = useTranslations("Registration.errors");
  const [state, action, pending] = useActionState<AcceptInvitationState, FormData>(joinWithNewAccountAction, {});
  if (state.failure) return <AuthInvitationFailure failure={state.failure} />;
  // Error keys come from the server; the password ones take {min}/{max}, the others ignore them.
  const translateError = tError as unknown as (key: string, values: Record<string, number>) => string;
  const error = (field: string) => {
    const key = state.fieldErrors?.[field];
    return key ? translateError(key, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }) : undefined;
  };
  return (
    <form action={action} className="space-y-4" key={state.attempt ?? 0} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
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
      <TextField name="name" label={t("name")} autoComplete="name" defaultValue={state.name} error={error("name")} />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        help={t("passwordHelp", { min: PASSWORD_MIN_LENGTH })}
        error={error("password")}
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("submitting") : t("create")}
      </button>
    </form>
  );
}

/** An expired, used or unknown invitation, or one for another account: why, and what to do. */
export function AuthInvitationFailure({ failure }: { failure: NonNullable<AcceptInvitationState["failure"]> }) {
  const t = useTranslations("AuthFlows.invitation");
  return (
    <div className="space-y-4">
      <p role="alert" data-testid="invitation-failure" className="text-lg leading-relaxed text-muted">
        {t(failure)}
      </p>
      {failure === "accountExists" && (
        <Link href="/sign-in" className="font-medium text-marine underline underline-offset-4">
          {t("signIn")}
        </Link>
      )}
    </div>
  );
}
