import { describe, expect, test } from "vitest";
import { productJsonLd, serializeJsonLd } from "@/lib/catalogue/structured-data";
import type { ProductDetail } from "@/lib/catalogue/types";

const category = { id: "c", slug: "cuisine", name: "Cuisine", description: "", parentId: null };
const product: ProductDetail = {
  id: "p",
  slug: "theiere",
  name: "Théière </script><script>alert(1)</script>",
  description: "Fonte",
  priceCents: 5900,
  vatRateBp: 2000,
  stock: 0,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  category,
  breadcrumb: [category],
  images: [{ url: "/images/products/theiere-1.webp", alt: "", width: 800, height: 800 }],
  variants: [],
};

describe("JSON-LD Product", () => {
  test("a simple product is one Offer with its availability and absolute image URLs", () => {
    const data = productJsonLd(product, "https://shop.test/fr/product/theiere", "https://shop.test");
    expect(data.offers).toEqual({
      "@type": "Offer",
      url: "https://shop.test/fr/product/theiere",
      priceCurrency: "EUR",
      price: "59.00",
      availability: "https://schema.org/OutOfStock",
    });
    expect(data.image).toEqual(["https://shop.test/images/products/theiere-1.webp"]);
  });

  test("variants with different prices make an AggregateOffer", () => {
    const variants = [
      { id: "1", sku: "A", size: "S", colour: null, priceCents: 3000, stock: 0 },
      { id: "2", sku: "B", size: "M", colour: null, priceCents: 3500, stock: 2 },
    ];
    const data = productJsonLd({ ...product, variants }, "u", "https://shop.test");
    expect(data.offers).toMatchObject({
      "@type": "AggregateOffer",
      lowPrice: "30.00",
      highPrice: "35.00",
      offerCount: 2,
      availability: "https://schema.org/InStock",
    });
  });

  test("product text cannot close the script tag", () => {
    const json = serializeJsonLd(productJsonLd(product, "u", "https://shop.test"));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).name).toBe(product.name);
  });
});
