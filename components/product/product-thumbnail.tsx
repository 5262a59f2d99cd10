import { thumbnailImage } from "@/lib/catalogue/thumbnail";

const SIZES = { sm: "h-16 w-16", md: "h-20 w-20", lg: "h-24 w-24" } as const;

/**
 * A product's square picture in a list (cart, saved list, viewed products); a sand square when it has none.
 * A plain <img> through Next's image optimizer: the cart drawer shows it, and next/image's client code would
 * double what the drawer downloads.
 */
export function ProductThumbnail({
  src,
  alt,
  size,
}: {
  src: string | null | undefined;
  alt: string;
  size: keyof typeof SIZES;
}) {
  return (
    <div className={`${SIZES[size]} shrink-0 overflow-hidden rounded-md bg-sand`}>
      {src && (
        // eslint-disable-next-line @next/next/no-img-element -- optimized through thumbnailImage(), see above
        <img
          {...thumbnailImage(src)}
          alt={alt}
          loading="lazy"
          decoding="async"
          className="h-full w-full object-cover"
        />
      )}
    </div>
  );
}
