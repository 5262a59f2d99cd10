// schema.org Product for search engines (JSON-LD), built from what the product page shows.
import type { ProductDetail } from "./types";

export function productJsonLd(product: ProductDetail, pageUrl: string, siteUrl: string) {
  const prices = product.variants.length ? product.variants.map((v) => v.priceCents) : [product.priceCents];
  const stock = product.variants.length ? product.variants.reduce((sum, v) => sum + v.stock, 0) : product.stock;
  const availability = stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock";
  const euros = (cents: number) => (cents / 100).toFixed(2);
  const low = Math.min(...prices);
  const high = Math.max(...prices);

  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    sku: product.variants[0]?.sku ?? product.slug,
    image: product.images.map((image) => new URL(image.url, siteUrl).toString()),
    category: product.breadcrumb.map((c) => c.name).join(" > "),
    brand: { "@type": "Brand", name: "PluSuite" },
    offers:
      low === high
        ? { "@type": "Offer", url: pageUrl, priceCurrency: "EUR", price: euros(low), availability }
        : {
            "@type": "AggregateOffer",
            url: pageUrl,
            priceCurrency: "EUR",
            lowPrice: euros(low),
            highPrice: euros(high),
            offerCount: prices.length,
            availability,
          },
  };
}

/** JSON for a <script> tag: "<" escaped so that no product text can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
