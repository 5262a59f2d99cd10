"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { CartLineView } from "@/lib/cart/cart";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { variantLabel } from "@/lib/catalogue/variant-label";
import { formatPrice } from "@/lib/money";
import { LineControls } from "./line-controls";
import { ProductThumbnail } from "@/components/product/product-thumbnail";

/** The lines of the cart with their quantity and remove forms; used by the drawer and the cart page. */
export function CartLines({ lines, compact = false }: { lines: CartLineView[]; compact?: boolean }) {
  const t = useTranslations("Cart");
  const tColour = useTranslations("colours");
  const locale = useLocale() as Locale;
  // The drawer and the cart page both list the lines: each list needs its own input ids for its labels.
  const listId = useId();

  return (
    <ul className="divide-y divide-line">
      {lines.map((line) => {
        const options = variantLabel(line.colour ? tColour(line.colour as never) : null, line.size);
        return (
          <li key={line.id} className="flex gap-4 py-4" data-testid="cart-line">
            <ProductThumbnail src={line.imageUrl} alt={line.imageAlt} size={compact ? "sm" : "lg"} />
            <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
              <div className="flex justify-between gap-2">
                <Link href={`/product/${line.slug}`} className="font-medium text-ink hover:underline">
                  {line.name}
                </Link>
                <span className="font-semibold whitespace-nowrap" data-testid="line-total">
                  {formatPrice(line.unitPriceCents * line.quantity, locale)}
                </span>
              </div>
              {options && <span className="text-muted">{options}</span>}
              <span className="text-muted">{formatPrice(line.unitPriceCents, locale)}</span>
              {line.issue && (
                <p className="font-medium text-terracotta" data-testid="line-issue">
                  {line.issue.kind === "priceChanged"
                    ? t("issuePriceChanged", {
                        from: formatPrice(line.issue.fromCents, locale),
                        to: formatPrice(line.issue.toCents, locale),
                      })
                    : line.issue.kind === "unavailable"
                      ? t("issueUnavailable")
                      : t("issueInsufficientStock", { available: line.issue.available })}
                </p>
              )}
              <LineControls line={line} inputId={`${listId}-qty-${line.id}`} compact={compact} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
