"use client";

import { useLocale, useTranslations } from "next-intl";
import { writeDocumentCookie } from "@/lib/document-cookie";
import { usePathname } from "@/lib/i18n/navigation";
import { localizedHref, locales, type Locale } from "@/lib/i18n/routing";

/**
 * Links to the same page in the other languages, keeping filters and search terms. The address the visitor sees is
 * known in the browser only (the pages are prerendered and shared, a filtered listing is rewritten to a path): the
 * link takes it when it is pressed, so the page renders the same on the server and in the browser (useSearchParams
 * would make React draw the switcher again once the script has loaded, on every page, issue 13). Without
 * JavaScript the links lead to the page without its filters.
 */
export function LanguageSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale() as Locale;
  const pathname = usePathname();

  return (
    <ul className="flex items-center gap-1" aria-label={t("label")}>
      {locales.map((locale) => {
        const href = localizedHref(pathname, locale);
        // On phones only the link to the other language is shown: the header is one row there.
        return (
          <li key={locale} className={locale === current ? "max-sm:hidden" : undefined}>
            {locale === current ? (
              <span
                aria-current="true"
                className="rounded px-2 py-1 font-semibold text-marine uppercase"
                title={t(locale)}
              >
                {locale}
              </span>
            ) : (
              <a
                href={href}
                hrefLang={locale}
                lang={locale}
                className="block rounded px-2 py-1.5 text-muted uppercase hover:bg-sand hover:text-ink"
                aria-label={t("switchTo", { language: t(locale) })}
                onPointerDown={(event) => pointAtThisPage(event.currentTarget, current, locale)}
                onClick={(event) => {
                  pointAtThisPage(event.currentTarget, current, locale);
                  rememberLocale(locale);
                }}
              >
                {locale}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The choice is remembered in the browser, in next-intl's cookie, which "/" reads to redirect; the server sets no
 * cookie on pages, so that shared caches keep them (proxy.ts). A session cookie, like next-intl's own.
 */
function rememberLocale(locale: Locale) {
  writeDocumentCookie(`NEXT_LOCALE=${locale}; path=/; samesite=lax`);
}

/** Pressed (any button, a finger, or Enter, which clicks): the link leads to this very address in `locale`. */
function pointAtThisPage(link: HTMLAnchorElement, current: Locale, locale: Locale) {
  const { pathname, search } = window.location;
  link.href = localizedHref(pathname.slice(`/${current}`.length) || "/", locale) + search;
}
