"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteMemberAction, type InviteState } from "@/app/[locale]/account/organization/actions";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

export function OrganizationInviteForm({ locale, organizationId }: { locale: Locale; organizationId: string }) {
  const t = useTranslations("AuthFlows.organization");
  const tError = useTranslations("Registration.errors");
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteMemberAction, {});
  const fieldError = state.error === "email" ? tError("email") : undefined;
  return (
    <form action={action} className="space-y-4" key={state.attempt ?? 0} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organizationId" value={organizationId} />
      {state.sent && <Notice tone="success">{t("inviteSent", { email: state.sent })}</Notice>}
      {state.error && state.error !== "email" && (
        <Notice tone="error">{state.error === "limited" ? t("inviteLimited") : tError(state.error)}</Notice>
      )}
      <TextField
        name="email"
        label={t("inviteEmail")}
        type="email"
        autoComplete="off"
        defaultValue={state.error ? state.email : undefined}
        error={fieldError}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-marine px-6 py-3 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
      >
        {pending ? t("inviteSubmitting") : t("inviteSubmit")}
      </button>
    </form>
  );
}
