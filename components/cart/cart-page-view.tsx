"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { acceptCartChangesAction } from "@/app/[locale]/(shop)/cart/actions";
import { initialActionState } from "@/lib/actions/state";
import type { CartView } from "@/lib/cart/cart";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/money";
import { CartLines } from "./cart-lines";
import { useCart } from "./cart-provider";
import { Notice } from "@/components/ui/notice";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * The cart page: rendered on the server with the cart, then kept in sync with the drawer. Its controls are
 * forms that also work before the script has loaded, or without it (the page is rendered again after each).
 */
export function CartPageView({ initialCart }: { initialCart: CartView }) {
  const t = useTranslations("Cart");
  const locale = useLocale() as Locale;
  const { cart: shared, replace, acceptChanges, error, pending } = useCart();
  const [, acceptAction] = useActionState(acceptCartChangesAction, initialActionState);
  useEffect(() => replace(initialCart), [initialCart, replace]);
  const cart = shared ?? initialCart;

  if (cart.lines.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-line p-10 text-center">
        <p>{t("empty")}</p>
        <Link href="/" className="mt-4 inline-block font-medium text-marine underline underline-offset-4">
          {t("continue")}
        </Link>
      </div>
    );
  }
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
      <div>
        {cart.hasIssues && (
          <div role="alert" className="mb-4 rounded-lg border border-terracotta/40 bg-terracotta/5 p-4 text-sm">
            <p className="font-semibold text-terracotta">{t("issuesTitle")}</p>
            <p className="mt-1 text-ink">{t("issuesText")}</p>
            <form
              action={acceptAction}
              onSubmit={(event) => {
                event.preventDefault();
                acceptChanges();
              }}
            >
              <input type="hidden" name="locale" value={locale} />
              <Button type="submit" disabled={pending} variant="dangerSolid" size="md" className="mt-3">
                {t("acceptChanges")}
              </Button>
            </form>
          </div>
        )}
        {error && (
          <Notice tone="error" className="mb-4">
            {error}
          </Notice>
        )}
        <CartLines lines={cart.lines} />
      </div>
      <aside className="h-fit space-y-4 rounded-lg border border-line bg-white p-5">
        <p className="flex justify-between text-sm text-muted">
          <span>{t("itemCount", { count: cart.itemCount })}</span>
        </p>
        <p className="flex justify-between font-semibold">
          <span>{t("subtotal")}</span>
          <span data-testid="cart-subtotal">{formatPrice(cart.subtotalCents, locale)}</span>
        </p>
        <p className="text-xs text-muted">{t("shippingNote")}</p>
        {cart.hasIssues ? (
          <span
            className="block rounded-full bg-marine/50 px-4 py-3 text-center font-medium text-white"
            aria-disabled="true"
          >
            {t("checkout")}
          </span>
        ) : (
          // A document load, not a client-side navigation: the checkout gets its own security policy (P12).
          <a href={`/${locale}/checkout`} className={buttonClass({}, "block text-center")}>
            {t("checkout")}
          </a>
        )}
      </aside>
    </div>
  );
}
