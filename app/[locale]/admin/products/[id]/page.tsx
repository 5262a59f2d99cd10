import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import { ArchiveProductForm } from "@/components/admin/catalogue/archive-form";
import { ImageList, UploadImageForm } from "@/components/admin/catalogue/image-manager";
import { EditProductForm } from "@/components/admin/catalogue/product-form";
import { StockAdjustmentForm } from "@/components/admin/catalogue/stock-form";
import { StockHistory } from "@/components/admin/catalogue/stock-history";
import { EditVariantForm, NewVariantForm } from "@/components/admin/catalogue/variant-forms";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/ui/notice";
import { categoryOptions, listAdminCategories } from "@/lib/admin/catalogue/categories";
import { getProductForEdit } from "@/lib/admin/catalogue/products";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localize } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

type Params = Promise<{ locale: string; id: string }>;

/** One product in the back office: its form, status, photos, variants and stock with its history. */
export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const { id } = await params;
  const [product, categories] = await Promise.all([
    getProductForEdit(db, admin, id),
    listAdminCategories(db, admin, locale),
  ]);
  if (!product) notFound();
  const t = await getTranslations("AdminCatalogue.product");
  const created = (await searchParams).created === "1";
  const section = (key: string, title: string, children: React.ReactNode) => (
    <section aria-labelledby={`${key}-title`} className="space-y-4 border-t border-line pt-6">
      <h2 id={`${key}-title`} className="font-serif text-2xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );

  return (
    <div className="space-y-8">
      <header>
        <Link href="/admin/products" className="text-sm text-marine underline underline-offset-4">
          {t("backToList")}
        </Link>
        <h1 className="mt-2 flex flex-wrap items-center gap-3 font-serif text-3xl font-semibold text-marine">
          {localize(product.name, locale)}
          <StatusBadge
            tone={product.active ? "success" : "neutral"}
            label={product.active ? t("statusActive") : t("statusArchived")}
          />
        </h1>
        <p className="mt-3 flex flex-wrap gap-4 text-sm">
          {product.active &&
            (["fr", "en"] as const).map((language) => (
              <a
                key={language}
                href={`/${language}/product/${product.slug}`}
                className="text-marine underline underline-offset-4"
              >
                {t(language === "fr" ? "viewFr" : "viewEn")}
              </a>
            ))}
        </p>
        {created && (
          <div className="mt-4">
            <Notice tone="success">{t("created")}</Notice>
          </div>
        )}
      </header>
      <ClientMessages namespaces={["AdminCatalogue", "Errors", "colours"]}>
        <EditProductForm
          locale={locale}
          categories={categoryOptions(categories)}
          productId={product.id}
          version={product.version}
          initial={{
            nameFr: localize(product.name, "fr"),
            nameEn: localize(product.name, "en"),
            descriptionFr: localize(product.description, "fr"),
            descriptionEn: localize(product.description, "en"),
            slug: product.slug,
            categoryId: product.categoryId,
            priceCents: product.priceCents,
            vatRateBp: product.vatRateBp,
            active: product.active,
            featured: product.featured,
          }}
        />
        {section(
          "archive",
          t("archiveTitle"),
          <ArchiveProductForm
            locale={locale}
            productId={product.id}
            version={product.version}
            active={product.active}
          />,
        )}
        {section(
          "images",
          t("imagesTitle"),
          <>
            <ImageList
              locale={locale}
              images={product.images.map((image) => ({
                id: image.id,
                url: image.url,
                altFr: localize(image.alt, "fr"),
                altEn: localize(image.alt, "en"),
                width: image.width,
                height: image.height,
                version: image.version,
              }))}
            />
            <h3 className="font-semibold text-ink">{t("uploadTitle")}</h3>
            <UploadImageForm locale={locale} productId={product.id} />
          </>,
        )}
        {section(
          "variants",
          t("variantsTitle"),
          <>
            <p className="text-sm text-muted">{t("variantsHelp")}</p>
            {product.variants.map((variant) => (
              <EditVariantForm key={variant.id} locale={locale} variant={variant} />
            ))}
            <h3 className="font-semibold text-ink">{t("newVariantTitle")}</h3>
            <NewVariantForm locale={locale} productId={product.id} />
          </>,
        )}
        {section(
          "stock",
          t("stockTitle"),
          <>
            <p className="text-sm text-muted">
              {product.variants.length > 0
                ? t("stockOfVariants", { stock: product.variants.reduce((sum, variant) => sum + variant.stock, 0) })
                : t("stockNow", { stock: product.stock })}
            </p>
            <StockAdjustmentForm
              locale={locale}
              productId={product.id}
              variants={product.variants.map(({ id: variantId, sku, stock }) => ({ id: variantId, sku, stock }))}
            />
            <h3 className="font-semibold text-ink">{t("historyTitle")}</h3>
          </>,
        )}
      </ClientMessages>
      <StockHistory adjustments={product.stockAdjustments} />
    </div>
  );
}
