"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteMemberAction, type InviteState } from "@/app/[locale]/account/organization/actions";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/lib/i18n/routing";

export function OrganizationInviteForm({ locale, organizationId }: { locale: Locale; organizationId: string }) {
  const t = useTranslations("AuthFlows.organization");
  const tError = useTranslations("Registration.errors");
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteMemberAction, {});
  const fieldError = state.error === "email" ? tError("email") : undefined;
  return (
    <form action={action} className="space-y-4" key={state.attempt ?? 0} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="organizationId" value={organizationId} />
      {state.sent && (
        <p role="status" className="rounded-md bg-sage/10 px-3 py-2 text-sm font-medium text-sage">
          {t("inviteSent", { email: state.sent })}
        </p>
      )}
      {state.error && state.error !== "email" && (
        <p role="alert" className="rounded-md bg-terracotta/10 px-3 py-2 text-sm font-medium text-terracotta">
          {state.error === "limited" ? t("inviteLimited") : tError(state.error)}
        </p>
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
