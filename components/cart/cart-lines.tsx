"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { CartLineView } from "@/lib/cart/cart";
import { MAX_LINE_QUANTITY } from "@/lib/orders/totals";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { variantLabel } from "@/lib/catalogue/variant-label";
import { formatPrice } from "@/lib/money";
import { useCart } from "./cart-provider";
import { ProductThumbnail } from "@/components/product/product-thumbnail";

/** The lines of the cart with quantity controls; used by the drawer and the cart page. */
export function CartLines({ lines, compact = false }: { lines: CartLineView[]; compact?: boolean }) {
  const t = useTranslations("Cart");
  const tColour = useTranslations("colours");
  const locale = useLocale() as Locale;
  const { setQuantity, remove } = useCart();
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
              <div className="mt-1 flex items-center gap-3">
                <div className="inline-flex items-center rounded-md border border-line bg-white">
                  <button
                    type="button"
                    className="px-2.5 py-1 disabled:opacity-40"
                    onClick={() => setQuantity(line.id, line.quantity - 1)}
                    disabled={line.quantity <= 1}
                    aria-label={t("decrease", { name: line.name })}
                  >
                    −
                  </button>
                  <label className="sr-only" htmlFor={`${listId}-qty-${line.id}`}>
                    {t("quantityFor", { name: line.name })}
                  </label>
                  <input
                    id={`${listId}-qty-${line.id}`}
                    key={line.quantity}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={MAX_LINE_QUANTITY}
                    defaultValue={line.quantity}
                    className="w-12 border-x border-line py-1 text-center"
                    onBlur={(event) => {
                      const next = Number(event.currentTarget.value);
                      if (next !== line.quantity) setQuantity(line.id, next);
                    }}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") event.currentTarget.blur();
                    }}
                  />
                  <button
                    type="button"
                    className="px-2.5 py-1 disabled:opacity-40"
                    onClick={() => setQuantity(line.id, line.quantity + 1)}
                    disabled={line.quantity >= Math.min(MAX_LINE_QUANTITY, line.available)}
                    aria-label={t("increase", { name: line.name })}
                  >
                    +
                  </button>
                </div>
                <button
                  type="button"
                  className="text-muted underline underline-offset-4 hover:text-terracotta"
                  onClick={() => remove(line.id)}
                  aria-label={t("remove", { name: line.name })}
                >
                  {t("removeShort")}
                </button>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
