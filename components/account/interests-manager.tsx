"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState, type ReactNode } from "react";
import { manageInterestsAction } from "@/app/[locale]/account/interests/actions";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { ProductThumbnail } from "@/components/product/product-thumbnail";
import { Button } from "@/components/ui/button";

/** A viewed product as the page shows it (date already formatted in the visitor's language). */
export type InterestRow = {
  productId: string;
  slug: string;
  name: string;
  imageUrl: string | null;
  imageAlt: string;
  active: boolean;
  viewed: string;
};

/**
 * The interests page (P4): the recording switch, the viewed products, "remove" and "clear all". One action
 * state for every form, so the confirmation stays visible after the product it speaks of is gone.
 */
export function InterestsManager(props: { locale: Locale; recording: boolean; interests: InterestRow[] }) {
  const t = useTranslations("AccountInterests");
  const [state, action, pending] = useActionState(manageInterestsAction, initialActionState);
  const errorMessage = useErrorMessage();
  const done = state.data;
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="intent" value={intent} />
    </>
  );

  return (
    <div className="mt-6 space-y-8">
      <div aria-live="polite">
        {done && (
          <Notice tone="success">
            {done.kind === "removed"
              ? t("removed", { name: done.name })
              : done.kind === "cleared"
                ? t("cleared")
                : done.recordInterests
                  ? t("settingOn")
                  : done.cleared
                    ? t("settingOffCleared")
                    : t("settingOff")}
          </Notice>
        )}
        {state.error && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      </div>

      <RecordingSetting
        key={`${props.recording}-${state.attempt}`}
        recording={props.recording}
        pending={pending}
        action={action}
        hidden={hidden("setting")}
      />

      <section aria-labelledby="interests-list-title">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="interests-list-title" className="font-serif text-xl font-semibold text-ink">
            {t("listTitle")}
          </h2>
          {props.interests.length > 0 && (
            <form action={action}>
              {hidden("clear")}
              <Button type="submit" disabled={pending} variant="danger" size="sm">
                {t("clearAll")}
              </Button>
            </form>
          )}
        </div>
        {props.interests.length === 0 ? (
          <p className="mt-3 text-muted">{t("empty")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
            {props.interests.map((interest) => (
              <InterestItem key={interest.productId} interest={interest} pending={pending} action={action}>
                {hidden("remove")}
              </InterestItem>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function RecordingSetting(props: {
  recording: boolean;
  pending: boolean;
  action: (form: FormData) => void;
  hidden: ReactNode;
}) {
  const t = useTranslations("AccountInterests");
  const [on, setOn] = useState(props.recording);
  const switchId = useId();
  const helpId = useId();
  return (
    <section aria-labelledby="recording-title" className="rounded-lg border border-line bg-white p-4">
      <h2 id="recording-title" className="font-serif text-xl font-semibold text-ink">
        {t("settingTitle")}
      </h2>
      <p className="mt-1 text-sm font-medium" data-testid="recording-state">
        {props.recording ? t("stateOn") : t("stateOff")}
      </p>
      <form action={props.action} className="mt-3 space-y-3 text-sm">
        {props.hidden}
        <div className="flex items-center gap-3">
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            name="recordInterests"
            checked={on}
            onChange={(event) => setOn(event.target.checked)}
            aria-describedby={helpId}
            className="h-5 w-5 accent-marine"
          />
          <label htmlFor={switchId} className="font-medium">
            {t("switchLabel")}
          </label>
        </div>
        <p id={helpId} className="text-xs text-muted">
          {t("switchHelp")}
        </p>
        {/* Turning recording off offers to forget what was recorded too; checked, as stopping usually means that. */}
        {props.recording && !on && (
          <label className="flex items-center gap-2">
            <input type="checkbox" name="clear" defaultChecked className="accent-marine" />
            {t("clearToo")}
          </label>
        )}
        <Button type="submit" disabled={props.pending} size="md">
          {t("saveSetting")}
        </Button>
      </form>
    </section>
  );
}

function InterestItem(props: {
  interest: InterestRow;
  pending: boolean;
  action: (form: FormData) => void;
  children: ReactNode;
}) {
  const t = useTranslations("AccountInterests");
  const { interest } = props;
  const nameId = useId();
  return (
    <li className="flex items-center gap-4 p-4" data-testid="interest">
      <ProductThumbnail src={interest.imageUrl} alt={interest.imageAlt} size="sm" />
      <div className="min-w-0 flex-1 text-sm">
        {interest.active ? (
          <Link
            id={nameId}
            href={`/product/${interest.slug}`}
            className="font-medium text-marine underline underline-offset-4"
          >
            {interest.name}
          </Link>
        ) : (
          <span id={nameId} className="font-medium">
            {interest.name} <span className="text-xs text-muted">({t("retired")})</span>
          </span>
        )}
        <span className="block text-xs text-muted">{interest.viewed}</span>
      </div>
      <form action={props.action}>
        {props.children}
        <input type="hidden" name="productId" value={interest.productId} />
        <Button type="submit" disabled={props.pending} aria-describedby={nameId} variant="danger" size="sm">
          {t("remove")}
        </Button>
      </form>
    </li>
  );
}
