import { getImageProps, type ImageProps } from "next/image";
import { upToIntrinsicWidth, usefulWidth } from "@/lib/catalogue/image-widths";

/**
 * next/image's optimized <img> (srcset, sizes, lazy loading, fetch priority), rendered on the server only:
 * next/image's component is a client component whose code every page would download to hydrate pictures that
 * never change. For images without client behaviour (cards, heroes, galleries).
 */
export function StaticImage({ widestDrawn, ...imageProps }: ImageProps & { widestDrawn?: number }) {
  const props = optimizedImageProps(imageProps, widestDrawn);
  // A priority picture (the page's largest paint) is fetched before the others, as next/image's component does;
  // React preloads it from <head> with the same priority.
  const fetchPriority = imageProps.priority || imageProps.preload ? "high" : props.fetchPriority;
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the props come from getImageProps, alt included
  return <img {...props} fetchPriority={fetchPriority} />;
}

/**
 * getImageProps' attributes, with no srcset width above the picture's own nor above what a 2x screen needs to draw
 * it `widestDrawn` CSS pixels wide (lib/catalogue/image-widths.ts).
 */
export function optimizedImageProps(imageProps: ImageProps, widestDrawn?: number) {
  const intrinsicWidth = typeof imageProps.width === "number" ? imageProps.width : undefined;
  return upToIntrinsicWidth(getImageProps(imageProps).props, usefulWidth(intrinsicWidth, widestDrawn));
}
