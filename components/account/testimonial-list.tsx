"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { manageTestimonialAction, type TestimonialManageState } from "@/app/[locale]/account/testimonials/actions";
import type { Locale } from "@/lib/i18n/routing";

export type OwnTestimonialView = {
  id: string;
  rating: number;
  body: string;
  /** the language it was written in */
  locale: Locale;
  hidden: boolean;
  showName: boolean;
  /** already formatted */
  writtenOn: string;
  nameSince: string | null;
  /** what the public page shows as its author right now: "Marie D." or "Client vérifié" */
  signature: string;
};

const DONE_MESSAGES = {
  nameShown: "nameShownDone",
  nameHidden: "nameHiddenDone",
  deleted: "deletedDone",
  notFound: "notFound",
} as const;

/**
 * The customer's testimonials, each with "show / stop showing my name" and "delete" (P21). One action
 * state for the whole list, so that the confirmation stays visible after a testimonial is deleted.
 */
export function TestimonialList({ locale, items }: { locale: Locale; items: OwnTestimonialView[] }) {
  const t = useTranslations("AccountTestimonials");
  const [state, action, pending] = useActionState<TestimonialManageState, FormData>(manageTestimonialAction, {});
  const done = state.done;

  return (
    <div className="space-y-4">
      <div role={done === "notFound" ? "alert" : "status"}>
        {done && (
          <p
            key={state.attempt}
            className={`rounded-md px-3 py-2 text-sm font-medium ${done === "notFound" ? "bg-terracotta/10 text-terracotta" : "bg-sage/15 text-ink"}`}
          >
            {t(DONE_MESSAGES[done])}
          </p>
        )}
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
                <span className={item.hidden ? "text-terracotta" : "text-sage"}>
                  {item.hidden ? t("statusHidden") : t("statusPublished")}
                </span>
              </p>
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
                  <button
                    type="submit"
                    disabled={pending}
                    className="rounded-full border border-marine px-4 py-1.5 font-medium text-marine disabled:opacity-60"
                  >
                    {item.showName ? t("hideNameButton") : t("showNameButton")}
                  </button>
                </form>
                <form action={action}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={item.id} />
                  <input type="hidden" name="intent" value="delete" />
                  <button
                    type="submit"
                    disabled={pending}
                    className="rounded-full border border-terracotta px-4 py-1.5 font-medium text-terracotta disabled:opacity-60"
                  >
                    {t("delete")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
