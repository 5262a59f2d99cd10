"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { manageTestimonialAction } from "@/app/[locale]/account/testimonials/actions";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useErrorMessage } from "@/components/ui/use-error-message";

export type OwnTestimonialView = {
  id: string;
  rating: number;
  body: string;
  /** the language it was written in */
  locale: Locale;
  /** P21: waiting for a moderator, on the public page, hidden by a moderator, or rejected with a reason */
  status: "pending" | "published" | "hidden" | "rejected";
  rejectionReason: string | null;
  showName: boolean;
  /** already formatted */
  writtenOn: string;
  nameSince: string | null;
  /** what the public page shows as its author right now: "Marie D." or "Client vérifié" */
  signature: string;
};

const STATUS = {
  pending: { label: "statusPending", className: "text-muted" },
  published: { label: "statusPublished", className: "text-sage" },
  hidden: { label: "statusHidden", className: "text-terracotta" },
  rejected: { label: "statusRejected", className: "text-terracotta" },
} as const;

const DONE_MESSAGES = {
  nameShown: "nameShownDone",
  nameHidden: "nameHiddenDone",
  deleted: "deletedDone",
} as const;

/**
 * The customer's testimonials, each with "show / stop showing my name" and "delete" (P21). One action
 * state for the whole list, so that the confirmation stays visible after a testimonial is deleted.
 */
export function TestimonialList({ locale, items }: { locale: Locale; items: OwnTestimonialView[] }) {
  const t = useTranslations("AccountTestimonials");
  const [state, action, pending] = useActionState(manageTestimonialAction, initialActionState);
  const errorMessage = useErrorMessage();

  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {state.data && (
          // Remounted on each answer, so that the same sentence twice in a row is announced twice.
          <Notice key={state.attempt} tone="success">
            {t(DONE_MESSAGES[state.data])}
          </Notice>
        )}
        {/* A testimonial gone meanwhile (deleted in another tab), or an id that is not the customer's. */}
        {state.error && <Notice tone="error">{errorMessage(state.fieldErrors?.id ?? state.error)}</Notice>}
      </div>
      {items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {items.map((item) => (
            <li
              key={item.id}
              className="rounded-lg border border-line bg-white p-4 text-sm"
              data-testid="own-testimonial"
            >
              <p className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span aria-hidden="true" className="text-terracotta">
                    {"★".repeat(item.rating)}
                  </span>{" "}
                  <span className="font-medium">{t("ratingValue", { rating: item.rating })}</span>
                </span>
                <span className={STATUS[item.status].className} data-testid="own-testimonial-status">
                  {t(STATUS[item.status].label)}
                </span>
              </p>
              {item.rejectionReason && (
                <p className="mt-2 rounded-md bg-terracotta/10 px-3 py-2 text-terracotta">
                  {t("rejectionReason", { reason: item.rejectionReason })}
                </p>
              )}
              <p lang={item.locale} className="mt-2 whitespace-pre-line text-ink">
                {item.body}
              </p>
              <p className="mt-2 text-xs text-muted">
                {t("writtenOn", { date: item.writtenOn })} · {t("signedAs", { name: item.signature })}
                {item.nameSince && <> {t("nameSince", { date: item.nameSince })}</>}
              </p>
              <div className="mt-3 flex flex-wrap gap-3">
                <form action={action}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="intent" value={item.showName ? "hideName" : "showName"} />
                  <Button type="submit" disabled={pending} variant="secondary" size="sm">
                    {item.showName ? t("hideNameButton") : t("showNameButton")}
                  </Button>
                </form>
                <form action={action}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="intent" value="delete" />
                  <Button type="submit" disabled={pending} variant="danger" size="sm">
                    {t("delete")}
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
