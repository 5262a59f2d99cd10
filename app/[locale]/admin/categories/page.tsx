import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/admin/data-table";
import { CategoryForm } from "@/components/admin/catalogue/category-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { categoryOptions, listAdminCategories } from "@/lib/admin/catalogue/categories";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

/** The categories of the catalogue as a tree; ?edit=<id> opens one in the form beside the list. */
export default async function CategoriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminCatalogue.categories");
  const categories = await listAdminCategories(db, admin, locale);
  const { edit } = await searchParams;
  const editing = categories.find((category) => category.id === edit);
  const parents = categoryOptions(categories);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <section aria-labelledby="category-form-title" className="space-y-4">
        <h2 id="category-form-title" className="font-serif text-2xl font-semibold text-ink">
          {editing ? t("editTitle", { name: editing.name }) : t("newTitle")}
        </h2>
        {editing && (
          <Link href="/admin/categories" className="text-sm text-marine underline underline-offset-4">
            {t("newInstead")}
          </Link>
        )}
        <ClientMessages namespaces={["AdminCatalogue", "Errors"]}>
          <CategoryForm
            // A new form for each category opened, so that its fields start from that category.
            key={editing?.id ?? "new"}
            locale={locale}
            parents={parents}
            initial={
              editing && {
                id: editing.id,
                nameFr: editing.nameFr,
                nameEn: editing.nameEn,
                descriptionFr: editing.descriptionFr,
                descriptionEn: editing.descriptionEn,
                slug: editing.slug,
                parentId: editing.parentId ?? "",
                position: String(editing.position),
                updatedAt: editing.updatedAt.toISOString(),
              }
            }
          />
        </ClientMessages>
      </section>
      <section aria-labelledby="category-list-title" className="space-y-4">
        <h2 id="category-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        <DataTable
          caption={t("caption")}
          rows={categories}
          rowKey={(category) => category.id}
          empty={t("empty")}
          columns={[
            {
              key: "name",
              header: t("columns.name"),
              rowHeader: true,
              cell: (category) => (
                <span style={{ paddingInlineStart: `${category.depth * 1.25}rem` }}>
                  <Link
                    href={`/admin/categories?edit=${category.id}`}
                    className="font-medium text-marine underline underline-offset-4"
                  >
                    {category.name}
                  </Link>
                </span>
              ),
            },
            { key: "slug", header: t("columns.slug"), cell: (category) => category.slug },
            { key: "position", header: t("columns.position"), numeric: true, cell: (category) => category.position },
            {
              key: "products",
              header: t("columns.products"),
              numeric: true,
              cell: (category) => (
                <Link
                  href={`/admin/products?category=${category.id}`}
                  className="text-marine underline underline-offset-4"
                >
                  {category.productCount}
                </Link>
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}
