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

/** The header's basket button with its count, and the drawer it opens. */
export function CartButton() {
  const t = useTranslations("Cart");
  const locale = useLocale() as Locale;
  const { cart, isOpen, open, close, error } = useCart();
  const dialog = useRef<HTMLDialogElement>(null);
  const count = cart?.itemCount ?? 0;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) element.showModal();
    if (!isOpen && element.open) element.close();
  }, [isOpen]);

  return (
    <>
      <button
        type="button"
        onClick={open}
        className="relative inline-flex items-center gap-1.5 font-medium text-ink hover:text-marine"
        aria-label={t("open", { count })}
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
        <span aria-hidden="true">{t("button")}</span>
        <span
          aria-hidden="true"
          data-testid="cart-count"
          className="min-w-5 rounded-full bg-terracotta px-1.5 text-center text-xs leading-5 text-white"
        >
          {count}
        </span>
      </button>
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
          <div className="flex-1 overflow-y-auto px-5">
            {error && (
              <Notice tone="error" className="mt-4">
                {error}
              </Notice>
            )}
            {cart && cart.lines.length > 0 ? (
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
    </>
  );
}
