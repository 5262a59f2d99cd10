import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/catalogue/breadcrumb";
import { ListingControls } from "@/components/catalogue/listing-controls";
import { Pagination } from "@/components/catalogue/pagination";
import { ProductGrid } from "@/components/product/product-card";
import { getCategoryPage, listCategorySlugs } from "@/lib/catalogue/categories";
import { listingFromView } from "@/lib/catalogue/category-view";
import { serializeListingParams, withPage } from "@/lib/catalogue/listing-params";
import { listProducts } from "@/lib/catalogue/products";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

// The default listing of every category is prerendered; filtered views (rewritten here by proxy.ts)
// are rendered once on first request and then served from the cache like the rest.
export const revalidate = 300;
export const dynamicParams = true;

type Params = Promise<{ locale: string; slug: string; view?: string[] }>;

export async function generateStaticParams() {
  const slugs = await listCategorySlugs(db);
  return slugs.map((slug) => ({ slug, view: [] }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await localeFromParams(params);
  const page = await getCategoryPage(db, slug, locale);
  if (!page) return {};
  return {
    title: page.category.name,
    description: page.category.description,
    alternates: {
      canonical: `/${locale}/category/${slug}`,
      languages: { fr: `/fr/category/${slug}`, en: `/en/category/${slug}` },
    },
    openGraph: {
      title: page.category.name,
      description: page.category.description,
      images: [`/images/categories/${slug}.webp`],
    },
  };
}

export default async function CategoryPage({ params }: { params: Params }) {
  const { slug, view } = await params;
  const locale = await localeFromParams(params);
  const listing = listingFromView(view);
  const page = listing && (await getCategoryPage(db, slug, locale));
  if (!listing || !page) notFound();

  const t = await getTranslations("Category");
  const products = await listProducts(db, { categoryIds: page.subtreeIds }, listing, locale);
  const basePath = `/category/${slug}`;
  const hasFilters = serializeListingParams({ ...listing, page: 1 }) !== "";

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumb
        items={[
          ...page.ancestors.map((category) => ({ label: category.name, href: `/category/${category.slug}` })),
          { label: page.category.name },
        ]}
      />
      <header className="mt-4 max-w-3xl">
        <h1 className="font-serif text-4xl font-semibold text-marine">{page.category.name}</h1>
        <p className="mt-2 text-muted">{page.category.description}</p>
      </header>

      {page.children.length > 0 && (
        <nav aria-label={t("subcategories")} className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {page.children.map((child) => (
              <li key={child.id}>
                <Link
                  href={`/category/${child.slug}`}
                  className="inline-block rounded-full border border-line bg-white px-4 py-1.5 text-sm hover:border-marine"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="mt-8">
        <ListingControls action={`/${locale}${basePath}`} params={listing} />
      </div>

      <p className="mt-6 text-sm text-muted" role="status" data-testid="product-count">
        {t("productCount", { count: products.total })}
      </p>

      {products.items.length > 0 ? (
        <div className="mt-4">
          {/* The first row on a phone: more would compete with the stylesheet and fonts for the first paint. */}
          <ProductGrid products={products.items} locale={locale} priorityCount={2} />
        </div>
      ) : (
        <div className="mt-4 rounded-lg border border-dashed border-line p-10 text-center">
          <p>{t("empty")}</p>
          {hasFilters && (
            <Link href={basePath} className="mt-3 inline-block font-medium text-marine underline underline-offset-4">
              {t("resetFilters")}
            </Link>
          )}
        </div>
      )}

      <Pagination
        page={products.page}
        pageCount={products.pageCount}
        hrefFor={(p) => {
          const query = withPage(listing, p);
          return query ? `${basePath}?${query}` : basePath;
        }}
      />
    </div>
  );
}
