import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { CategoryNode } from "@/lib/catalogue/types";
import { CartButton } from "@/components/cart/cart-button";
import { AccountLink } from "./account-link";
import { LanguageSwitcher } from "./language-switcher";
import { SearchForm } from "./search-form";

/** The categories come from the layout: components do not read the database. */
export function Header({ categories }: { categories: CategoryNode[] }) {
  const t = useTranslations("Header");
  return (
    <header className="border-b border-line bg-paper">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-marine focus:px-4 focus:py-2 focus:text-white"
      >
        {t("skipToContent")}
      </a>
      <p className="bg-marine px-4 py-1.5 text-center text-xs font-medium tracking-wide text-white">
        {t("freeShipping")}
      </p>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="flex items-baseline gap-2" aria-label={t("home")}>
          <span className="font-serif text-3xl font-semibold tracking-tight text-marine">PluSuite</span>
          <span className="hidden text-xs uppercase tracking-[0.2em] text-muted sm:inline">{t("tagline")}</span>
        </Link>
        <div className="order-last w-full md:order-none md:w-auto md:flex-1">
          <SearchForm label={t("searchLabel")} placeholder={t("searchPlaceholder")} submit={t("searchSubmit")} />
        </div>
        <div className="ml-auto flex items-center gap-4 text-sm">
          <Suspense fallback={null}>
            <LanguageSwitcher />
          </Suspense>
          <AccountLink signInLabel={t("signIn")} accountLabel={t("account")} />
          <CartButton />
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-line">
        <ul className="mx-auto flex max-w-6xl gap-6 overflow-x-auto px-4 py-3 text-sm font-medium whitespace-nowrap">
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                href={`/category/${category.slug}`}
                className="text-ink underline-offset-4 hover:text-marine hover:underline"
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
