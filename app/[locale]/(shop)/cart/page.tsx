import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CartPageView } from "@/components/cart/cart-page-view";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/ui/notice";
import { getCart } from "@/lib/cart/cart";
import { readCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { CART_ERRORS } from "@/lib/errors";
import { CART_PAGE_MESSAGES } from "@/lib/i18n/messages";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cart");
  return { title: t("title"), robots: { index: false } };
}

export default async function CartPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const t = await getTranslations("Cart");
  const cart = await getCart(db, await readCartId(), locale);
  // Reached from "Ajouter au panier" posted without JavaScript (addToCartFormAction): say what was added.
  const addedId = (await searchParams).added;
  const added = cart.lines.find((line) => line.id === addedId);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-6 font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      {added && (
        <Notice tone="success" className="mb-6">
          {t("added", { name: added.name })}
        </Notice>
      )}
      <ClientMessages namespaces={CART_PAGE_MESSAGES} errors={CART_ERRORS}>
        <CartPageView initialCart={cart} />
      </ClientMessages>
    </div>
  );
}
