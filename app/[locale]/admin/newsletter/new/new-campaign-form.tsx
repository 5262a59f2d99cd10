"use client";
// A new campaign (P6): saved as a draft, then the admin is taken to its page. A refused save comes back with
// every field as typed.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CampaignFields, type CampaignLimits } from "@/components/admin/newsletter/campaign-fields";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { createCampaignAction } from "./actions";

export function NewCampaignForm({ locale, limits }: { locale: Locale; limits: CampaignLimits }) {
  const [state, action] = useActionState(createCampaignAction, initialActionState);
  const t = useTranslations("AdminNewsletter");
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;
  return (
    <form key={state.attempt} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.error && (
        <Notice tone="error">{errors ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <CampaignFields
        values={state.values ?? {}}
        limits={limits}
        errors={{
          list: errorMessage(errors?.list),
          subjectFr: errorMessage(errors?.subjectFr),
          bodyFr: errorMessage(errors?.bodyFr),
          subjectEn: errorMessage(errors?.subjectEn),
          bodyEn: errorMessage(errors?.bodyEn),
        }}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("create")}</SubmitButton>
    </form>
  );
}
