// The thumbnails ask Next's image optimizer for exactly what next/image would, so they stay cached and valid.
import { getImageProps } from "next/image";
import { expect, test } from "vitest";
import { THUMBNAIL_SIZE, thumbnailImage } from "@/lib/catalogue/thumbnail";

test("a thumbnail's src and srcSet are next/image's for the same picture and size", () => {
  const src = "/images/products/theiere-gres-emaille-1.webp";
  const { props } = getImageProps({ src, alt: "", width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE });
  const ours = thumbnailImage(src);
  expect(props.srcSet).toBeTruthy();
  expect(ours.srcSet).toBe(props.srcSet);
  expect(ours.src).toBe(props.src);
});
