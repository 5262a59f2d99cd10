import { getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/layout/search-form";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  const tHeader = await getTranslations("Header");
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <p className="font-serif text-6xl font-semibold text-terracotta">404</p>
      <h1 className="mt-4 font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("text")}</p>
      <p className="mt-8 text-sm text-muted">{t("search")}</p>
      <div className="mt-2">
        <SearchForm
          id="not-found-search"
          label={tHeader("searchLabel")}
          placeholder={tHeader("searchPlaceholder")}
          submit={tHeader("searchSubmit")}
        />
      </div>
      <Link href="/" className={buttonClass({}, "mt-8 inline-block")}>
        {t("home")}
      </Link>
    </div>
  );
}
