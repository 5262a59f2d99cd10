"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { usePathname } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";

/**
 * Links to the same page in the other languages, keeping filters and search terms. The query string is only
 * known in the browser on prerendered pages: until then (and without JavaScript) the links are there without it,
 * so the header does not shift when the script arrives.
 */
export function LanguageSwitcher() {
  return (
    <Suspense fallback={<LanguageLinks query="" />}>
      <LanguageLinksKeepingQuery />
    </Suspense>
  );
}

function LanguageLinksKeepingQuery() {
  return <LanguageLinks query={useSearchParams().toString()} />;
}

/**
 * The choice is remembered in the browser, in next-intl's cookie, which "/" reads to redirect; the server sets no
 * cookie on pages, so that shared caches keep them (proxy.ts). A session cookie, like next-intl's own.
 */
function rememberLocale(locale: Locale) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; samesite=lax`;
}

function LanguageLinks({ query }: { query: string }) {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale() as Locale;
  const pathname = usePathname();

  return (
    <ul className="flex items-center gap-1" aria-label={t("label")}>
      {locales.map((locale) => {
        const href = `/${locale}${pathname === "/" ? "" : pathname}${query ? `?${query}` : ""}`;
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
                onClick={() => rememberLocale(locale)}
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
