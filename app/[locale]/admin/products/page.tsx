import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/admin/pagination";
import { ProductFilters, ProductTable } from "@/components/admin/catalogue/product-table";
import { buttonClass } from "@/components/ui/button";
import { categoryOptions, listAdminCategories } from "@/lib/admin/catalogue/categories";
import {
  listAdminProducts,
  parseProductTableParams,
  PRODUCT_TABLE,
  PRODUCTS_PAGE_SIZE,
} from "@/lib/admin/catalogue/product-list";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

const PATHNAME = "/admin/products";

/** The catalogue: products searched, filtered, sorted and paginated from the URL. */
export default async function ProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminCatalogue.list");
  const tableParams = parseProductTableParams(await searchParams);
  const [{ rows, total, page }, categories] = await Promise.all([
    listAdminProducts(db, admin, tableParams, locale),
    listAdminCategories(db, admin, locale),
  ]);
  const shown = { ...tableParams, page };

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
          <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
        </div>
        <Link href="/admin/products/new" className={buttonClass({ size: "md" })}>
          {t("new")}
        </Link>
      </header>
      <ProductFilters locale={locale} params={shown} categories={categoryOptions(categories)} />
      <section aria-labelledby="product-list-title" className="space-y-4">
        <h2 id="product-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        <p className="text-sm text-muted">{t("count", { count: total })}</p>
        <ProductTable rows={rows} params={shown} pathname={PATHNAME} />
        <Pagination
          pathname={PATHNAME}
          spec={PRODUCT_TABLE}
          params={shown}
          total={total}
          pageSize={PRODUCTS_PAGE_SIZE}
        />
      </section>
    </div>
  );
}
