"use client";
// Archive a product (taken off the storefront; carts show it unavailable, paid orders keep their snapshot) or put
// it back on sale. It carries the version of the page, like the edit form: a change made meanwhile is not undone.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { setProductActiveAction } from "@/app/[locale]/admin/products/actions";

export function ArchiveProductForm({
  locale,
  productId,
  version,
  active,
}: {
  locale: Locale;
  productId: string;
  version: number;
  active: boolean;
}) {
  const [state, action] = useActionState(setProductActiveAction, initialActionState);
  const t = useTranslations("AdminCatalogue.archive");
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="version" value={String(version)} />
      {/* The opposite of the current state: archiving sends no "active" (a checkbox left unticked). */}
      {!active && <input type="hidden" name="active" value="on" />}
      <p className="text-sm text-muted">{active ? t("activeHelp") : t("archivedHelp")}</p>
      {state.error && (
        <Notice tone="error">{state.error === "staleEdit" ? t("stale") : errorMessage(state.error)}</Notice>
      )}
      <SubmitButton size="md" variant={active ? "danger" : "secondary"}>
        {active ? t("archive") : t("restore")}
      </SubmitButton>
    </form>
  );
}
