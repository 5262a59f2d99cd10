import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CartProvider } from "@/components/cart/cart-provider";
import { ConsentBanner } from "@/components/consent/consent-banner";
import { TidioChat } from "@/components/consent/tidio-chat";
import { Footer } from "@/components/layout/footer";
import { AudienceBeacon } from "@/components/logs/audience-beacon";
import { ClientMessages } from "@/components/layout/client-messages";
import { Header } from "@/components/layout/header";
import { getCategoryTree } from "@/lib/catalogue/categories";
import { CONSENT_BANNER_SCRIPT } from "@/lib/consent/banner-script";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { CLIENT_ERRORS, CLIENT_MESSAGES } from "@/lib/i18n/messages";
import { isLocale, locales } from "@/lib/i18n/routing";
import { readShopContact } from "@/lib/settings/shop-contact";
import "../globals.css";

// Subsets of the characters and weights the shop uses (scripts/subset-fonts.py), preloaded: both are on every
// first screen. "optional": a font that is not there for the first paint waits for the next page instead of
// moving the text (no layout shift). So no size-adjusted fallback face: it only shaped that one page's text, and
// its `local(Arial)` lookup, which Android (no Arial) always misses, lengthened the first style and layout
// (decision 0014).
const inter = localFont({
  src: [{ path: "../fonts/inter-fr-en-wght-400-700.woff2", weight: "400 700", style: "normal" }],
  variable: "--font-inter",
  display: "optional",
  adjustFontFallback: false,
});
const fraunces = localFont({
  src: [{ path: "../fonts/fraunces-fr-en-600.woff2", weight: "600", style: "normal" }],
  variable: "--font-fraunces",
  display: "optional",
  adjustFontFallback: false,
});

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    applicationName: t("siteName"),
    openGraph: {
      siteName: t("siteName"),
      type: "website",
      images: ["/images/og-default.webp"],
    },
    // X reads og:image when twitter:image is missing: without `images` here, Next.js would copy every picture of
    // the Open Graph tags into twitter:* ones, written twice in each page (its head and its React payload).
    twitter: { card: "summary_large_image", images: [] },
  };
}

export const viewport: Viewport = { themeColor: "#1e3a5f" };

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [categories, contact] = await Promise.all([getCategoryTree(db, locale), readShopContact(db)]);

  return (
    // suppressHydrationWarning: the consent script below may mark <html> before React hydrates it.
    <html lang={locale} className={`${inter.variable} ${fraunces.variable}`} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        {/* Before the banner paints: hides it for a visitor who already chose (lib/consent/banner-script.ts). */}
        <script dangerouslySetInnerHTML={{ __html: CONSENT_BANNER_SCRIPT }} />
        <ClientMessages namespaces={CLIENT_MESSAGES} errors={CLIENT_ERRORS}>
          {/* First in the page's order: the keyboard reaches the cookie choice before anything else (P17). */}
          <ConsentBanner />
          <CartProvider>
            <Header categories={categories} />
            <main id="content" className="flex-1">
              {children}
            </main>
            <Footer contact={contact} />
          </CartProvider>
        </ClientMessages>
        {/* P11: prerendered pages keep the build's TIDIO_PUBLIC_KEY: set it when building (a new key, a new deploy). */}
        <TidioChat publicKey={getEnv().TIDIO_PUBLIC_KEY} />
        <AudienceBeacon />
      </body>
    </html>
  );
}
