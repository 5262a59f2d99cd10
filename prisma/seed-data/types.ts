// Shape of the demo catalogue loaded by prisma/seed.ts.
import type { COLOUR_CODES } from "@/lib/admin/catalogue/form-values";
export type Localized = { fr: string; en: string };

// The shop's colour codes, as the back office offers them: the demo catalogue uses no other.
export type ColourCode = (typeof COLOUR_CODES)[number];

export type SeedCategory = {
  slug: string;
  /** slug of the parent category, for a sub-category */
  parent?: string;
  name: Localized;
  description: Localized;
  position: number;
};

export type SeedImage = {
  /** file name under public/images/products/, e.g. "marinière-coton.webp" -> use ASCII: "mariniere-coton-1.webp" */
  file: string;
  alt: Localized;
};

export type SeedVariant = {
  sku: string;
  size?: string;
  colour?: ColourCode;
  /** overrides the product price, cents VAT included */
  priceCents?: number;
  stock: number;
};

export type SeedProduct = {
  slug: string;
  /** slug of a leaf category */
  category: string;
  name: Localized;
  description: Localized;
  /** price VAT included, in euro cents */
  priceCents: number;
  /** basis points: 2000 = 20 % (most goods), 550 = 5.5 % (food), 1000 = 10 % */
  vatRateBp: number;
  /** stock of a product without variants (ignored when variants exist) */
  stock: number;
  featured?: boolean;
  active?: boolean;
  /** ISO date the product was added, so that "newest first" has a believable order */
  createdAt: string;
  images: SeedImage[];
  variants?: SeedVariant[];
};
