import { StaticImage } from "@/components/ui/static-image";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ProductCard as ProductCardData } from "@/lib/catalogue/types";
import type { Locale } from "@/lib/i18n/routing";
import { Price } from "./price";

// The widest a card's photo is drawn, in CSS pixels: a third of a 1023 px window less its margins and gaps (three
// columns from 640 px, four from 1024 px in a 1152 px page, two below 640 px).
const CARD_WIDEST_DRAWN = 320;

/** A card's name is a heading one level under the listing's: h2 under a page's h1, h3 under a section's h2. */
export type CardHeadingLevel = 2 | 3;

export function ProductCard({
  product,
  locale,
  priority = false,
  headingLevel = 2,
}: {
  product: ProductCardData;
  locale: Locale;
  priority?: boolean;
  headingLevel?: CardHeadingLevel;
}) {
  const t = useTranslations("Product");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="group product-card" data-testid="product-card">
      <div className="product-card-media">
        {product.image && (
          <StaticImage
            src={product.image.url}
            alt={product.image.alt}
            width={product.image.width}
            height={product.image.height}
            sizes="(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw"
            widestDrawn={CARD_WIDEST_DRAWN}
            priority={priority}
            className="product-card-image"
          />
        )}
      </div>
      <Heading className="product-card-name">
        <Link href={`/product/${product.slug}`} className="product-card-link">
          {product.name}
        </Link>
      </Heading>
      <p className="product-card-meta">
        <Price cents={product.fromPriceCents} locale={locale} from={product.hasPriceRange} className="font-semibold" />
        {!product.inStock && <span className="text-xs font-medium text-terracotta">{t("outOfStock")}</span>}
      </p>
    </article>
  );
}

export function ProductGrid({
  products,
  locale,
  priorityCount = 0,
  headingLevel = 2,
}: {
  products: ProductCardData[];
  locale: Locale;
  priorityCount?: number;
  headingLevel?: CardHeadingLevel;
}) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} priority={index < priorityCount} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
