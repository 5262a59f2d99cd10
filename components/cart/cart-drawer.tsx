"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/money";
import { CartLines } from "./cart-lines";
import { useCart } from "./cart-provider";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";

/** The cart as a side panel. Loaded the first time the header's button opens it (few visitors do on a page). */
export function CartDrawer() {
  const t = useTranslations("Cart");
  const locale = useLocale() as Locale;
  const { cart, isOpen, close, error } = useCart();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) element.showModal();
    if (!isOpen && element.open) element.close();
  }, [isOpen]);

  return (
    <dialog
      ref={dialog}
      onClose={close}
      aria-labelledby="cart-drawer-title"
      className="m-0 ml-auto h-full max-h-none w-full max-w-md bg-paper p-0 backdrop:bg-ink/40"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between border-b border-line px-5 py-4">
          <h2 id="cart-drawer-title" className="font-serif text-xl font-semibold text-marine">
            {t("title")}
          </h2>
          <button
            type="button"
            onClick={close}
            className="rounded p-1 text-2xl leading-none text-muted hover:text-ink"
            aria-label={t("close")}
          >
            ×
          </button>
        </div>
        <div className="flex-1 overflow-y-auto px-5" aria-busy={cart === null}>
          {error && (
            <Notice tone="error" className="mt-4">
              {error}
            </Notice>
          )}
          {cart === null ? (
            <p className="py-10 text-center text-muted">{t("loading")}</p>
          ) : cart.lines.length > 0 ? (
            <CartLines lines={cart.lines} compact />
          ) : (
            <p className="py-10 text-center text-muted">{t("empty")}</p>
          )}
        </div>
        {cart && cart.lines.length > 0 && (
          <div className="space-y-3 border-t border-line px-5 py-4">
            <p className="flex justify-between font-semibold">
              <span>{t("subtotal")}</span>
              <span data-testid="drawer-subtotal">{formatPrice(cart.subtotalCents, locale)}</span>
            </p>
            <p className="text-xs text-muted">{t("shippingNote")}</p>
            <div className="flex gap-3">
              <Link
                href="/cart"
                onClick={close}
                className={buttonClass({ variant: "secondary", size: "md" }, "flex-1 text-center")}
              >
                {t("viewCart")}
              </Link>
              {/* A document load, not a client-side navigation: the checkout gets its own security policy. */}
              <a
                href={`/${locale}/checkout`}
                onClick={close}
                className={buttonClass({ size: "md" }, "flex-1 text-center")}
              >
                {t("checkout")}
              </a>
            </div>
          </div>
        )}
      </div>
    </dialog>
  );
}
