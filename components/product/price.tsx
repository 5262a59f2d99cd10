import { useTranslations } from "next-intl";
import { formatPrice, formatVatRate, vatIncludedIn } from "@/lib/money";
import type { Locale } from "@/lib/i18n/routing";

/** A VAT-inclusive price; with `showVat`, the VAT it contains. */
export function Price({
  cents,
  locale,
  from = false,
  vatRateBp,
  className = "",
}: {
  cents: number;
  locale: Locale;
  from?: boolean;
  vatRateBp?: number;
  className?: string;
}) {
  const t = useTranslations("Product");
  const price = formatPrice(cents, locale);
  return (
    <span className={className}>
      <span data-testid="price">{from ? t("from", { price }) : price}</span>
      {vatRateBp !== undefined && (
        <>
          {" "}
          <span className="font-sans text-sm font-normal text-muted">{t("vatIncluded")}</span>
          <span className="block font-sans text-xs font-normal text-muted">
            {t("vatDetail", {
              rate: formatVatRate(vatRateBp, locale),
              amount: formatPrice(vatIncludedIn(cents, vatRateBp), locale),
            })}
          </span>
        </>
      )}
    </span>
  );
}
