"use client";
// Publishing the previewed draft (P23): once published, the action leads to the list, which says how many
// customers the notice e-mail was queued for; a refusal (a draft changed meanwhile, a date now too close) shows here.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { publishPolicyDraftAction } from "@/app/[locale]/admin/policies/actions";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";

export function PublishDraftForm({
  locale,
  kind,
  updatedAt,
  version,
}: {
  locale: Locale;
  kind: "privacy" | "terms";
  updatedAt: string;
  version: string;
}) {
  const [state, action] = useActionState(publishPolicyDraftAction, initialActionState);
  const t = useTranslations("AdminPolicies.publish");
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      {state.error && <Notice tone="error">{errorMessage(state.error, state.retryAfterSeconds)}</Notice>}
      <p className="text-sm text-muted">{t("warning")}</p>
      <SubmitButton pendingLabel={t("publishing")}>{t("submit", { version })}</SubmitButton>
    </form>
  );
}
