import type { MetadataRoute } from "next";
import { listCategorySlugs } from "@/lib/catalogue/categories";
import { listProductSlugs } from "@/lib/catalogue/products";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { locales } from "@/lib/i18n/routing";

export const revalidate = 3600;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { SITE_URL } = getEnv();
  const [categories, products] = await Promise.all([listCategorySlugs(db), listProductSlugs(db)]);
  const paths = [
    "",
    "/testimonials",
    ...categories.map((slug) => `/category/${slug}`),
    ...products.map((slug) => `/product/${slug}`),
  ];
  return paths.map((path) => ({
    url: `${SITE_URL}/fr${path}`,
    alternates: { languages: Object.fromEntries(locales.map((locale) => [locale, `${SITE_URL}/${locale}${path}`])) },
  }));
}
