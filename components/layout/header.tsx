import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { CategoryNode } from "@/lib/catalogue/types";
import { CartButton } from "@/components/cart/cart-button";
import { AccountLink } from "./account-link";
import { LanguageSwitcher } from "./language-switcher";
import { SearchForm } from "./search-form";

/**
 * The categories come from the layout: components do not read the database.
 * On phones the header is one row (logo, search, language, account, cart) so that a product's name, price and
 * "Ajouter au panier" fit on the first screen; the search opens under it from a <details>, without JavaScript.
 */
export function Header({ categories }: { categories: CategoryNode[] }) {
  const t = useTranslations("Header");
  const search = { label: t("searchLabel"), placeholder: t("searchPlaceholder"), submit: t("searchSubmit") };
  return (
    <header className="border-b border-line bg-paper">
      <a href="#content" className="skip-link">
        {t("skipToContent")}
      </a>
      <p className="hidden bg-marine px-4 py-1.5 text-center text-xs font-medium tracking-wide text-white sm:block">
        {t("freeShipping")}
      </p>
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-2 sm:py-4">
        <Link href="/" className="flex items-baseline gap-2" aria-label={t("home")}>
          <span className="font-serif text-2xl font-semibold tracking-tight text-marine sm:text-3xl">PluSuite</span>
          <span className="hidden text-xs uppercase tracking-[0.2em] text-muted sm:inline md:hidden lg:inline">
            {t("tagline")}
          </span>
        </Link>
        <div className="order-last hidden w-full sm:block md:order-none md:w-auto md:flex-1">
          <SearchForm {...search} />
        </div>
        <div className="ml-auto flex items-center gap-1.5 text-sm sm:gap-4">
          <details className="sm:hidden">
            <summary
              className="flex h-10 w-10 cursor-pointer list-none items-center justify-center rounded-full text-ink hover:bg-sand [&::-webkit-details-marker]:hidden"
              data-testid="search-toggle"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                className="h-5 w-5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
              >
                <circle cx="11" cy="11" r="6.5" />
                <path d="m16 16 4.5 4.5" strokeLinecap="round" />
              </svg>
              <span className="sr-only">{t("showSearch")}</span>
            </summary>
            <div className="absolute inset-x-0 top-full z-30 border-y border-line bg-paper px-4 py-3 shadow-md">
              <SearchForm id="site-search-compact" {...search} />
            </div>
          </details>
          <LanguageSwitcher />
          <AccountLink label={t("account")} />
          <CartButton />
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-line">
        <ul className="mx-auto flex max-w-6xl gap-6 overflow-x-auto px-4 py-2.5 text-sm font-medium whitespace-nowrap sm:py-3">
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={`/category/${category.slug}`} className="nav-link">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
