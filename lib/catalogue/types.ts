export type ImageView = { url: string; alt: string; width: number; height: number };

export type CategoryView = {
  id: string;
  slug: string;
  name: string;
  description: string;
  parentId: string | null;
};

export type CategoryNode = CategoryView & { children: CategoryNode[] };

/** What a product tile in a listing needs. */
export type ProductCard = {
  id: string;
  slug: string;
  name: string;
  /** lowest price among active variants, or the product price (cents, VAT included) */
  fromPriceCents: number;
  hasPriceRange: boolean;
  inStock: boolean;
  image: ImageView | null;
};

export type ListingPage = {
  items: ProductCard[];
  total: number;
  page: number;
  pageCount: number;
};

export type VariantView = {
  id: string;
  sku: string;
  size: string | null;
  colour: string | null;
  priceCents: number;
  stock: number;
};

export type ProductDetail = {
  id: string;
  slug: string;
  name: string;
  description: string;
  priceCents: number;
  vatRateBp: number;
  stock: number;
  createdAt: Date;
  updatedAt: Date;
  category: CategoryView;
  breadcrumb: CategoryView[];
  images: ImageView[];
  variants: VariantView[];
};
