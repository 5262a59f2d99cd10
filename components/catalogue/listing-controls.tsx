import { useTranslations } from "next-intl";
import { MAX_PRICE_EUROS, SORTS, type ListingParams, type Sort } from "@/lib/catalogue/listing-params";
import { Button } from "@/components/ui/button";

const SORT_LABELS: Record<Sort, "sortFeatured" | "sortPriceAsc" | "sortPriceDesc" | "sortNewest"> = {
  featured: "sortFeatured",
  "price-asc": "sortPriceAsc",
  "price-desc": "sortPriceDesc",
  newest: "sortNewest",
};

/** Sort and filters as a plain GET form: the URL holds the state, and it works without JavaScript. */
export function ListingControls({ action, params }: { action: string; params: ListingParams }) {
  const t = useTranslations("Listing");
  return (
    <form
      action={action}
      method="get"
      aria-label={t("filters")}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-white p-4 text-sm"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="listing-sort" className="font-medium">
          {t("sort")}
        </label>
        <select
          id="listing-sort"
          name="sort"
          defaultValue={params.sort}
          className="rounded-md border border-line bg-white px-3 py-2"
        >
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(SORT_LABELS[sort])}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium">{t("price")}</legend>
        <div className="flex items-center gap-2">
          <input
            name="min"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_PRICE_EUROS}
            step={1}
            defaultValue={params.minPrice}
            placeholder={t("min")}
            aria-label={t("minPrice")}
            className="w-24 rounded-md border border-line px-3 py-2"
          />
          <span aria-hidden="true">–</span>
          <input
            name="max"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_PRICE_EUROS}
            step={1}
            defaultValue={params.maxPrice}
            placeholder={t("max")}
            aria-label={t("maxPrice")}
            className="w-24 rounded-md border border-line px-3 py-2"
          />
        </div>
      </fieldset>
      <label className="flex items-center gap-2 py-2">
        <input
          type="checkbox"
          name="instock"
          value="1"
          defaultChecked={params.inStock}
          className="h-4 w-4 accent-marine"
        />
        {t("inStock")}
      </label>
      <Button type="submit" size="md">
        {t("apply")}
      </Button>
    </form>
  );
}
