"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";

/** Links to the same page in the other languages, keeping filters and search terms. */
export function LanguageSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale() as Locale;
  const pathname = usePathname();
  const query = useSearchParams().toString();

  return (
    <ul className="flex items-center gap-1" aria-label={t("label")}>
      {locales.map((locale) => {
        const href = `/${locale}${pathname === "/" ? "" : pathname}${query ? `?${query}` : ""}`;
        return (
          <li key={locale}>
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
                className="rounded px-2 py-1 text-muted uppercase hover:bg-sand hover:text-ink"
                aria-label={t("switchTo", { language: t(locale) })}
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
