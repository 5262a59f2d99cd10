"use client";

import { NextIntlClientProvider, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentProps } from "react";
import { ExternalLink } from "@/components/ui/external-link";
import { CONSENT_CATEGORIES, partnersOf, type ConsentCategory, type OptionalCategory } from "@/lib/partners/registry";
import { necessaryCookies } from "./necessary-cookies";

export type CategoryFlags = Record<OptionalCategory, boolean>;

type PanelMessages = ComponentProps<typeof NextIntlClientProvider>["messages"];
const panelMessages = new Map<string, Promise<PanelMessages>>();

/** The panel's words (app/api/consent-details), asked once per language; a failed request is asked again next time. */
function loadPanelMessages(locale: string): Promise<PanelMessages> {
  let request = panelMessages.get(locale);
  if (!request) {
    request = fetch(`/api/consent-details/${locale}`).then((response) => {
      if (!response.ok) throw new Error(`consent details: ${response.status}`);
      return response.json() as Promise<PanelMessages>;
    });
    request.catch(() => panelMessages.delete(locale));
    panelMessages.set(locale, request);
  }
  return request;
}

/**
 * The categories with their words, which the pages do not carry: fetched when the panel opens. Offline, the banner
 * is told (`onUnavailable`) and says so; its three choices work without this panel.
 */
export function ConsentCategoriesWithMessages({
  onUnavailable,
  ...props
}: ComponentProps<typeof ConsentCategories> & { onUnavailable: () => void }) {
  const locale = useLocale();
  const [messages, setMessages] = useState<PanelMessages | null>(null);
  useEffect(() => {
    let current = true;
    loadPanelMessages(locale).then(
      (loaded) => current && setMessages(loaded),
      () => current && onUnavailable(),
    );
    return () => {
      current = false;
    };
    // Once per language: the callback's identity changes with each render of the banner.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);
  if (!messages) return null;
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <ConsentCategories {...props} />
    </NextIntlClientProvider>
  );
}

/**
 * The banner's "Personnaliser" view (P17, P20): the four categories, each with a checkbox (the strictly
 * necessary one always on), what it is for, and its partners from the registry with what they receive, the
 * cookies they set and their own privacy policy. Nothing is pre-ticked that the visitor did not choose.
 */
export function ConsentCategories({
  flags,
  onChange,
  disabled,
  https,
  focusOnMount,
}: {
  flags: CategoryFlags;
  onChange: (category: OptionalCategory, allowed: boolean) => void;
  disabled: boolean;
  /** the page's protocol: the session cookies' names carry a prefix on https */
  https: boolean;
  /** moves the focus to the heading once shown (the banner loads this part when it is asked for) */
  focusOnMount: boolean;
}) {
  const t = useTranslations("Consent");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
    // Once, when shown: later renders (a box ticked) leave the focus where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div id="consent-categories" className="mt-4">
      <h3 ref={heading} tabIndex={-1} className="font-semibold text-ink">
        {t("customizeTitle")}
      </h3>
      <ul className="mt-2 space-y-3">
        {CONSENT_CATEGORIES.map((category) => (
          <li key={category} className="rounded-lg border border-line bg-white p-3">
            <div className="flex items-center justify-between gap-3">
              <label htmlFor={`consent-${category}`} className="font-semibold text-ink">
                {t(`categories.${category}.title`)}
              </label>
              <span className="flex items-center gap-2 text-sm text-muted">
                {category === "necessary" && <span id="consent-always-on">{t("alwaysOn")}</span>}
                <input
                  id={`consent-${category}`}
                  type="checkbox"
                  className="h-5 w-5 accent-marine disabled:opacity-70"
                  aria-describedby={`consent-${category}-description${category === "necessary" ? " consent-always-on" : ""}`}
                  checked={category === "necessary" || flags[category]}
                  disabled={category === "necessary" || disabled}
                  onChange={(event) => category !== "necessary" && onChange(category, event.target.checked)}
                />
              </span>
            </div>
            <p id={`consent-${category}-description`} className="mt-1 text-sm text-muted">
              {t(`categories.${category}.description`)}
            </p>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer font-medium text-marine">{t("details")}</summary>
              {category === "necessary" && <NecessaryCookieList https={https} />}
              <PartnerList category={category} />
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

function NecessaryCookieList({ https }: { https: boolean }) {
  const t = useTranslations("Consent");
  return (
    <>
      <h4 className="mt-2 font-medium text-ink">{t("shopCookies")}</h4>
      <ul className="mt-1 space-y-1">
        {necessaryCookies(https).map(({ purpose, names }) => (
          <li key={purpose}>
            {names.map((name, index) => (
              <span key={name}>
                {index > 0 && ", "}
                <code className="rounded bg-sand px-1 text-xs">{name}</code>
              </span>
            ))}
            {" : "}
            {t(`necessaryCookies.${purpose}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

function PartnerList({ category }: { category: ConsentCategory }) {
  const t = useTranslations("Consent");
  const tPartner = useTranslations("Partners");
  const partners = partnersOf(category);
  if (partners.length === 0) return <p className="mt-2 text-muted">{t("noPartner")}</p>;
  return (
    <ul className="mt-2 space-y-3">
      {partners.map((partner) => (
        <li key={partner.id}>
          <h4 className="font-medium text-ink">{partner.name}</h4>
          <dl className="mt-1 grid gap-x-3 gap-y-1 text-muted sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-ink">{t("purpose")}</dt>
            <dd>{tPartner(`${partner.id}.purpose`)}</dd>
            <dt className="font-medium text-ink">{t("dataSent")}</dt>
            <dd>{tPartner(`${partner.id}.data`)}</dd>
            <dt className="font-medium text-ink">{t("cookies")}</dt>
            <dd>{partner.cookies.length > 0 ? partner.cookies.join(", ") : t("noCookie")}</dd>
          </dl>
          <ExternalLink href={partner.privacyPolicyUrl} className="mt-1 inline-block text-marine underline">
            {t("privacyPolicy", { partner: partner.name })}
          </ExternalLink>
        </li>
      ))}
    </ul>
  );
}
