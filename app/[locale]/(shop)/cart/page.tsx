import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CartPageView } from "@/components/cart/cart-page-view";
import { getCart } from "@/lib/cart/cart";
import { readCartId } from "@/lib/cart/session";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cart");
  return { title: t("title"), robots: { index: false } };
}

export default async function CartPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = await getTranslations("Cart");
  const cart = await getCart(db, await readCartId(), locale);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-6 font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <CartPageView initialCart={cart} />
    </div>
  );
}
