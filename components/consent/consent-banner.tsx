"use client";

// The cookie banner (P17, P20), following the CNIL's guidance: "Tout accepter", "Tout refuser" and
// "Personnaliser" equally prominent (one look, one size); closing it (✕ or Escape) is a refusal; the choice is
// logged and kept for 6 months, then asked again; "Gérer mes cookies" (footer, consent placeholders) reopens it
// with the current choice ticked. It decides in the browser only, after hydration, so catalogue pages stay
// prerendered: the server never reads the consent cookie for them. Until then it is drawn "undecided", as the
// server sent it, so that a first visit sees it with the first paint; a script and CSS hide that state for a
// visitor who already chose (lib/consent/banner-script.ts) and without JavaScript.
// First in the page's order (the layout mounts it before the header) so the keyboard reaches it first; drawn
// as a bar at the bottom that does not block the page (no focus trap: browsing without choosing is refusing).
import { useLocale, useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { saveConsentAction } from "@/app/[locale]/consent/actions";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { StateOf } from "@/lib/actions/state";
import type { ConsentChoice } from "@/lib/consent/cookie";
// Types only: the record module (server code, zod) does not reach the browser.
import type { ConsentMethod } from "@/lib/consent/record";
import type { ErrorCode } from "@/lib/errors";
import type { CategoryFlags } from "./consent-categories";
import { announceConsentChange, onConsentSettingsRequested, useConsent } from "./use-consent";

// "Personnaliser" (the categories, their partners and cookies) arrives when asked for, its code and then its words
// (about 4 kB that every page's HTML would carry otherwise): most visitors choose without it.
const ConsentCategories = lazy(() =>
  import("./consent-categories").then((module) => ({ default: module.ConsentCategoriesWithMessages })),
);

type Reopening = { count: number; returnFocus: HTMLElement | null };

export function ConsentBanner() {
  const consent = useConsent();
  const [reopening, setReopening] = useState<Reopening | null>(null);

  useEffect(
    () =>
      onConsentSettingsRequested(() => {
        const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setReopening((previous) => ({ count: (previous?.count ?? 0) + 1, returnFocus: trigger }));
      }),
    [],
  );

  // A valid choice: nothing to ask unless the visitor asks.
  if (consent && reopening === null) return null;
  return (
    <ConsentPanel
      // Each request starts afresh from the current choice.
      key={reopening?.count ?? 0}
      // undefined: on the server and while hydrating, the cookie is not read yet.
      undecided={consent === undefined}
      current={consent ?? null}
      reopened={reopening !== null}
      onClosed={() => {
        setReopening(null);
        // Back to the link or button that opened it.
        if (reopening?.returnFocus?.isConnected) reopening.returnFocus.focus();
      }}
    />
  );
}

function ConsentPanel({
  undecided,
  current,
  reopened,
  onClosed,
}: {
  undecided: boolean;
  current: ConsentChoice | null;
  reopened: boolean;
  onClosed: () => void;
}) {
  const t = useTranslations("Consent");
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const [customizing, setCustomizing] = useState(reopened);
  const [detailsFailed, setDetailsFailed] = useState(false);
  const [flags, setFlags] = useState<CategoryFlags>({
    audience: current?.audience ?? false,
    social: current?.social ?? false,
    chat: current?.chat ?? false,
  });
  const [failure, setFailure] = useState<{ error: ErrorCode; retryAfterSeconds?: number } | null>(null);
  const [pending, startTransition] = useTransition();
  const region = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (reopened) title.current?.focus();
  }, [reopened]);

  // The bar covers the bottom of the window: room is kept under the page so its end (the footer) stays reachable.
  useEffect(() => {
    const bar = region.current;
    if (!bar) return;
    const observer = new ResizeObserver(() => {
      document.body.style.paddingBottom = `${bar.offsetHeight}px`;
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      document.body.style.paddingBottom = "";
    };
  }, []);

  function choose(method: ConsentMethod) {
    startTransition(async () => {
      // Offline or a server error: the same as a refusal by the server, not an error page over the shop.
      const state: StateOf<typeof saveConsentAction> = await saveConsentAction({ locale, method, ...flags }).catch(
        () => ({ attempt: 0, error: "failed" }),
      );
      // Refused (e.g. too many attempts): nothing changed, the banner stays and says why.
      if (state.error) {
        setFailure({ error: state.error, retryAfterSeconds: state.retryAfterSeconds });
        return;
      }
      announceConsentChange();
      onClosed();
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || pending) return;
    event.preventDefault();
    choose("dismissed");
  }

  // Same look and size for the three choices (CNIL: refusing is as easy as accepting).
  const choiceClass = buttonClass({ variant: "primary", size: "md" }, "w-full");
  return (
    <section
      ref={region}
      aria-labelledby="consent-title"
      aria-describedby="consent-intro"
      onKeyDown={onKeyDown}
      data-testid="consent-banner"
      data-consent-banner={undecided ? "undecided" : "open"}
      className="fixed inset-x-0 bottom-0 z-40 max-h-[85vh] overflow-y-auto border-t border-line bg-paper shadow-[0_-4px_16px_rgba(29,36,51,0.12)]"
    >
      <div className="mx-auto max-w-6xl px-4 pt-3">
        <div className="flex items-start justify-between gap-4">
          <h2 id="consent-title" ref={title} tabIndex={-1} className="font-serif text-lg font-semibold text-marine">
            {t("title")}
          </h2>
          <button
            type="button"
            onClick={() => choose("dismissed")}
            disabled={pending}
            className="inline-flex shrink-0 items-center gap-1.5 rounded px-1 text-sm text-muted underline-offset-4 hover:text-ink hover:underline"
          >
            {t("close")}
            <span aria-hidden="true" className="text-base leading-none">
              ✕
            </span>
          </button>
        </div>
        <p id="consent-intro" className="mt-1 max-w-4xl text-sm text-ink">
          {t("intro")}
        </p>
        {customizing && (
          <Suspense fallback={null}>
            <ConsentCategories
              flags={flags}
              onChange={(category, allowed) => setFlags((previous) => ({ ...previous, [category]: allowed }))}
              disabled={pending}
              https={window.location.protocol === "https:"}
              // Opened by "Personnaliser": the keyboard goes on to the categories (reopened: to the title).
              focusOnMount={!reopened}
              onUnavailable={() => {
                setCustomizing(false);
                setDetailsFailed(true);
              }}
            />
          </Suspense>
        )}
        {detailsFailed && (
          <Notice tone="error" className="mt-3">
            {t("detailsUnavailable")}
          </Notice>
        )}
        {failure && (
          <Notice tone="error" className="mt-3">
            {errorMessage(failure.error, failure.retryAfterSeconds)}
          </Notice>
        )}
        <div className="sticky bottom-0 grid gap-2 bg-paper py-3 sm:grid-cols-3">
          <button type="button" className={choiceClass} disabled={pending} onClick={() => choose("acceptAll")}>
            {t("acceptAll")}
          </button>
          <button type="button" className={choiceClass} disabled={pending} onClick={() => choose("refuseAll")}>
            {t("refuseAll")}
          </button>
          {customizing ? (
            <button type="button" className={choiceClass} disabled={pending} onClick={() => choose("custom")}>
              {t("save")}
            </button>
          ) : (
            <button
              type="button"
              className={choiceClass}
              disabled={pending}
              onClick={() => {
                setDetailsFailed(false);
                setCustomizing(true);
              }}
            >
              {t("customize")}
            </button>
          )}
        </div>
      </div>
      {/* Its end, for app/globals.css: a banner the browser has parsed only in part is not shown. */}
      <span data-consent-banner-end hidden />
    </section>
  );
}
