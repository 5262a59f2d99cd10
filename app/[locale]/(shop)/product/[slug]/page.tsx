import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/catalogue/breadcrumb";
import { FacebookShare } from "@/components/consent/facebook-share";
import { ProductGallery } from "@/components/product/product-gallery";
import { ClientMessages } from "@/components/layout/client-messages";
import { PurchasePanel } from "@/components/product/purchase-panel";
import { RecordView } from "@/components/product/record-view";
import { SaveToList } from "@/components/product/save-to-list";
import { getProductDetail, listProductSlugs } from "@/lib/catalogue/products";
import { productJsonLd, serializeJsonLd } from "@/lib/catalogue/structured-data";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { CART_ERRORS, SAVE_TO_LIST_ERRORS } from "@/lib/errors";
import { PURCHASE_PANEL_MESSAGES } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/params";

export const revalidate = 300;
export const dynamicParams = true;

type Params = Promise<{ locale: string; slug: string }>;

export async function generateStaticParams() {
  return (await listProductSlugs(db)).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await localeFromParams(params);
  const product = await getProductDetail(db, slug, locale);
  if (!product) return {};
  const description = product.description.slice(0, 160);
  return {
    title: product.name,
    description,
    alternates: {
      canonical: `/${locale}/product/${slug}`,
      languages: { fr: `/fr/product/${slug}`, en: `/en/product/${slug}` },
    },
    openGraph: {
      type: "website",
      title: product.name,
      description,
      url: `/${locale}/product/${slug}`,
      locale: locale === "fr" ? "fr_FR" : "en_GB",
      images: product.images.map((image) => ({
        url: image.url,
        width: image.width,
        height: image.height,
        alt: image.alt,
      })),
    },
  };
}

export default async function ProductPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await localeFromParams(params);
  const product = await getProductDetail(db, slug, locale);
  if (!product) notFound();

  const t = await getTranslations("Product");
  const format = await getFormatter();
  const { SITE_URL } = getEnv();
  const productUrl = `${SITE_URL}/${locale}/product/${slug}`;
  const jsonLd = productJsonLd(product, productUrl, SITE_URL);

  return (
    <div className="mx-auto max-w-6xl px-4 pt-3 pb-8 sm:pt-8">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <Breadcrumb
        items={[
          ...product.breadcrumb.map((category) => ({ label: category.name, href: `/category/${category.slug}` })),
          { label: product.name },
        ]}
      />
      <div className="mt-3 grid gap-5 sm:mt-6 md:grid-cols-2 md:gap-10">
        <ProductGallery images={product.images} />
        <div>
          <h1 className="font-serif text-2xl font-semibold text-ink sm:text-3xl md:text-4xl">{product.name}</h1>
          <div className="mt-3 sm:mt-6">
            <ClientMessages namespaces={PURCHASE_PANEL_MESSAGES} errors={CART_ERRORS}>
              <PurchasePanel
                productId={product.id}
                productName={product.name}
                locale={locale}
                priceCents={product.priceCents}
                vatRateBp={product.vatRateBp}
                stock={product.stock}
                variants={product.variants}
              >
                {/* Static page: both ask the server from the browser (lists, session), so it stays cached. */}
                <ClientMessages namespaces={["AccountLists.saveToList"]} errors={SAVE_TO_LIST_ERRORS}>
                  <SaveToList productId={product.id} returnTo={`/${locale}/product/${slug}`} />
                </ClientMessages>
              </PurchasePanel>
            </ClientMessages>
            <RecordView productId={product.id} />
          </div>
          <section className="mt-8 border-t border-line pt-6" aria-labelledby="description-title">
            <h2 id="description-title" className="font-semibold text-ink">
              {t("description")}
            </h2>
            <p className="mt-2 leading-relaxed whitespace-pre-line text-muted">{product.description}</p>
            <p className="mt-4 text-sm text-muted">{t("delivery")}</p>
            <p className="mt-1 text-xs text-muted">
              {t("addedOn", { date: format.dateTime(product.createdAt, { dateStyle: "long" }) })}
            </p>
          </section>
          {/* P8: loads nothing from Facebook before consent; decided in the browser, so the page stays static. */}
          <div className="mt-6">
            <FacebookShare url={productUrl} />
          </div>
        </div>
      </div>
    </div>
  );
}
