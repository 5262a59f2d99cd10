import { getImageProps, type ImageProps } from "next/image";

/**
 * next/image's optimized <img> (srcset, sizes, lazy loading, fetch priority), rendered on the server only:
 * next/image's component is a client component whose code every page would download to hydrate pictures that
 * never change. For images without client behaviour (cards, heroes, galleries).
 */
export function StaticImage(imageProps: ImageProps) {
  const { props } = getImageProps(imageProps);
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the props come from getImageProps, alt included
  return <img {...props} />;
}
