import { getImageProps, type ImageProps } from "next/image";
import { upToIntrinsicWidth } from "@/lib/catalogue/image-widths";

/**
 * next/image's optimized <img> (srcset, sizes, lazy loading, fetch priority), rendered on the server only:
 * next/image's component is a client component whose code every page would download to hydrate pictures that
 * never change. For images without client behaviour (cards, heroes, galleries).
 */
export function StaticImage(imageProps: ImageProps) {
  const props = optimizedImageProps(imageProps);
  // A priority picture (the page's largest paint) is fetched before the others, as next/image's component does;
  // React preloads it from <head> with the same priority.
  const fetchPriority = imageProps.priority || imageProps.preload ? "high" : props.fetchPriority;
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the props come from getImageProps, alt included
  return <img {...props} fetchPriority={fetchPriority} />;
}

/** getImageProps' attributes, with no srcset width above the picture's own (lib/catalogue/image-widths.ts). */
export function optimizedImageProps(imageProps: ImageProps) {
  const intrinsicWidth = typeof imageProps.width === "number" ? imageProps.width : undefined;
  return upToIntrinsicWidth(getImageProps(imageProps).props, intrinsicWidth);
}
