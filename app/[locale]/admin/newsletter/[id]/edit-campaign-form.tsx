"use client";
// Editing a draft campaign (P6). The form carries the version it showed: a draft saved meanwhile by another
// admin is not overwritten (changedMeanwhile). A refused save comes back with every field as typed.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  CampaignFields,
  type CampaignFieldName,
  type CampaignLimits,
} from "@/components/admin/newsletter/campaign-fields";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { updateCampaignAction } from "./actions";

export function EditCampaignForm({
  locale,
  limits,
  campaign,
}: {
  locale: Locale;
  limits: CampaignLimits;
  campaign: Record<CampaignFieldName, string> & { id: string; updatedAt: string };
}) {
  const [state, action] = useActionState(updateCampaignAction, initialActionState);
  const t = useTranslations("AdminNewsletter");
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;
  return (
    <form key={state.attempt} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={campaign.id} />
      <input type="hidden" name="updatedAt" value={campaign.updatedAt} />
      {state.data && <Notice tone="success">{t("saved")}</Notice>}
      {state.error && (
        <Notice tone="error">{errors ? t("errorSummary") : errorMessage(state.error, state.retryAfterSeconds)}</Notice>
      )}
      <CampaignFields
        values={state.values ?? campaign}
        limits={limits}
        errors={{
          list: errorMessage(errors?.list),
          subjectFr: errorMessage(errors?.subjectFr),
          bodyFr: errorMessage(errors?.bodyFr),
          subjectEn: errorMessage(errors?.subjectEn),
          bodyEn: errorMessage(errors?.bodyEn),
        }}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
