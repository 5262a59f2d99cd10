"use client";

import { useLocale, useTranslations } from "next-intl";
import { lazy, Suspense, useState, type MouseEvent } from "react";
import { useCart } from "./cart-provider";

// The drawer's code (the lines, their pictures and controls) arrives when it is first opened (React.lazy:
// next/dynamic would add its own loader to every page).
const CartDrawer = lazy(() => import("./cart-drawer").then((module) => ({ default: module.CartDrawer })));

/**
 * The header's basket: a link to the cart page, which works before and without JavaScript; once the script
 * runs, it opens the drawer instead. Its accessible name starts with its visible text ("Panier 2 articles").
 */
export function CartButton() {
  const t = useTranslations("Cart");
  const locale = useLocale();
  const { count, open, isOpen } = useCart();
  const [drawerWanted, setDrawerWanted] = useState(false);

  function openDrawer(event: MouseEvent<HTMLAnchorElement>) {
    // A new tab or window keeps the link's own behaviour.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    setDrawerWanted(true);
    open();
  }

  return (
    <>
      <a
        href={`/${locale}/cart`}
        onClick={openDrawer}
        aria-haspopup="dialog"
        className="relative inline-flex min-h-6 items-center gap-1.5 font-medium text-ink hover:text-marine"
        data-testid="cart-button"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9L5 8Z" />
          <path d="M9 8V6a3 3 0 0 1 6 0v2" />
        </svg>
        {/* On phones the icon and the count only: the header is one row there. The name keeps the word. */}
        <span className="max-sm:sr-only">{t("button")}</span>
        {/* Always there, so that the count filling in after hydration moves nothing (no layout shift). */}
        <span
          data-testid="cart-count"
          className="min-w-5 rounded-full bg-terracotta px-1.5 text-center text-xs leading-5 text-white"
        >
          {count ?? ""}
        </span>
        {count !== null && <span className="sr-only">{t("countUnit", { count })}</span>}
      </a>
      {(drawerWanted || isOpen) && (
        <Suspense fallback={null}>
          <CartDrawer />
        </Suspense>
      )}
    </>
  );
}
