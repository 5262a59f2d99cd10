import { StaticImage } from "@/components/ui/static-image";
import { getTranslations } from "next-intl/server";
import { ProductGrid } from "@/components/product/product-card";
import { getCategoryTree } from "@/lib/catalogue/categories";
import { DEFAULT_LISTING } from "@/lib/catalogue/listing-params";
import { listProducts } from "@/lib/catalogue/products";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { buttonClass } from "@/components/ui/button";
import { PolicyNotice } from "@/components/policies/policy-notice";
import { upcomingPolicyChanges } from "@/lib/policies/documents";

// Regenerated at most every 5 minutes: new products, and the policy-change notice (P23), which appears at
// publication and disappears at the effective date (lib/policies/documents.ts: POLICY_PAGES_REVALIDATE_SECONDS).
export const revalidate = 300;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = await getTranslations("Home");
  const [featured, categories, upcomingPolicies] = await Promise.all([
    listProducts(db, { featuredOnly: true }, DEFAULT_LISTING, locale, 8),
    getCategoryTree(db, locale),
    upcomingPolicyChanges(db, new Date()),
  ]);

  return (
    <>
      {/* P23: the policy changes published and not in force yet, until their date. */}
      <PolicyNotice upcoming={upcomingPolicies} locale={locale} />
      <section className="bg-sand">
        <div className="mx-auto grid max-w-6xl items-center gap-8 px-4 py-14 md:grid-cols-2">
          <div>
            <h1 className="font-serif text-4xl leading-tight font-semibold text-marine md:text-5xl">
              {t("heroTitle")}
            </h1>
            <p className="mt-4 max-w-prose text-lg text-muted">{t("heroText")}</p>
            {categories[0] && (
              <Link href={`/category/${categories[0].slug}`} className={buttonClass({}, "mt-6 inline-block")}>
                {t("heroCta")}
              </Link>
            )}
          </div>
          <StaticImage
            src="/images/og-default.webp"
            alt=""
            width={1200}
            height={630}
            priority
            sizes="(min-width: 768px) 560px, 100vw"
            className="rounded-xl"
          />
        </div>
      </section>

      <section className="mx-auto max-w-6xl px-4 py-12" aria-labelledby="featured-title">
        <h2 id="featured-title" className="font-serif text-2xl font-semibold text-ink">
          {t("featured")}
        </h2>
        <div className="mt-6">
          <ProductGrid products={featured.items} locale={locale} headingLevel={3} />
        </div>
      </section>

      <section className="mx-auto max-w-6xl px-4 py-4" aria-labelledby="categories-title">
        <h2 id="categories-title" className="font-serif text-2xl font-semibold text-ink">
          {t("categories")}
        </h2>
        <ul className="mt-6 grid grid-cols-2 gap-4 md:grid-cols-4">
          {categories.map((category) => (
            <li key={category.id}>
              <Link
                href={`/category/${category.slug}`}
                className="group block overflow-hidden rounded-lg border border-line bg-white"
              >
                <StaticImage
                  src={`/images/categories/${category.slug}.webp`}
                  alt=""
                  width={800}
                  height={600}
                  sizes="(min-width: 768px) 280px, 50vw"
                  // Half of a 767 px window less its margins and gap; a quarter of the page from 768 px.
                  widestDrawn={360}
                  className="aspect-[4/3] w-full object-cover transition duration-300 group-hover:scale-105"
                />
                <span className="block px-4 py-3 font-medium text-ink">{category.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="mx-auto mt-12 max-w-6xl px-4">
        <div className="rounded-xl border border-line bg-white p-8">
          <h2 className="font-serif text-2xl font-semibold text-marine">{t("promisesTitle")}</h2>
          <p className="mt-2 max-w-prose text-muted">{t("promisesText")}</p>
          <Link href="/privacy" className="mt-4 inline-block font-medium text-marine underline underline-offset-4">
            {t("promisesLink")}
          </Link>
        </div>
      </section>
    </>
  );
}
