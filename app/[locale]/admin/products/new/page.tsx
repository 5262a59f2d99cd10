import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateProductForm } from "@/components/admin/catalogue/product-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { categoryOptions, listAdminCategories } from "@/lib/admin/catalogue/categories";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

/** A new product: its texts, price, VAT, opening stock and category; photos and variants come on its page. */
export default async function NewProductPage({ params }: { params: Promise<{ locale: string }> }) {
  // Checked here and in the data functions, not only by the layout (see ../../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminCatalogue.productForm");
  const categories = await listAdminCategories(db, admin, locale);

  return (
    <div className="space-y-8">
      <header>
        <Link href="/admin/products" className="text-sm text-marine underline underline-offset-4">
          {t("backToList")}
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold text-marine">{t("newTitle")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("newIntro")}</p>
      </header>
      <ClientMessages namespaces={["AdminCatalogue", "Errors"]}>
        <CreateProductForm locale={locale} categories={categoryOptions(categories)} />
      </ClientMessages>
    </div>
  );
}
