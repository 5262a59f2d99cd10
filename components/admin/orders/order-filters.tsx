import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { ORDER_STATUSES, type OrdersTableParams } from "@/lib/admin/orders";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";

/** The list's filters as a plain GET form: they live in the URL (bookmarks, no JavaScript needed). */
export async function OrderFilters({ locale, params }: { locale: Locale; params: OrdersTableParams }) {
  const t = await getTranslations("AdminOrders");
  const { filters } = params;
  return (
    <form method="get" action={`/${locale}/admin/orders`} aria-labelledby="order-filters-title">
      <h2 id="order-filters-title" className="sr-only">
        {t("filtersTitle")}
      </h2>
      {/* The current sort is kept; a new filter starts again at page 1. */}
      {params.query.sort && <input type="hidden" name="sort" value={params.query.sort} />}
      {params.query.dir && <input type="hidden" name="dir" value={params.query.dir} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="status"
          label={t("status")}
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: t("anyStatus") },
            ...ORDER_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
          ]}
        />
        <TextField name="q" type="search" label={t("search")} help={t("searchHelp")} defaultValue={filters.q ?? ""} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" size="md">
          {t("apply")}
        </Button>
        <Link href="/admin/orders" className="text-sm font-medium text-marine underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
