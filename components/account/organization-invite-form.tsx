"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteMemberAction } from "@/app/[locale]/account/organization/actions";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

export function OrganizationInviteForm({ locale, organizationId }: { locale: Locale; organizationId: string }) {
  const t = useTranslations("AuthFlows.organization");
  const errorMessage = useErrorMessage();
  const [state, action] = useActionState(inviteMemberAction, initialActionState);
  // A refusal of the whole form, or of the hidden organization id, has no input to show it next to.
  const formError = state.fieldErrors ? state.fieldErrors.organizationId : state.error;
  return (
    <form action={action} className="space-y-4" key={state.attempt} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organizationId" value={organizationId} />
      {state.data && <Notice tone="success">{t("inviteSent", { email: state.data.sentTo })}</Notice>}
      {formError && <Notice tone="error">{errorMessage(formError, state.retryAfterSeconds)}</Notice>}
      <TextField
        name="email"
        label={t("inviteEmail")}
        type="email"
        autoComplete="off"
        defaultValue={state.values?.email}
        error={errorMessage(state.fieldErrors?.email)}
      />
      <SubmitButton pendingLabel={t("inviteSubmitting")}>{t("inviteSubmit")}</SubmitButton>
    </form>
  );
}
