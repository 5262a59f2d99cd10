// Issue 13: a picture's srcset offers no width above the picture's own (next/image offers up to 3840 px).
import { getImageProps } from "next/image";
import { expect, test } from "vitest";
import { upToIntrinsicWidth, usefulWidth } from "@/lib/catalogue/image-widths";

const widthsOf = (srcSet: string | undefined) => (srcSet ?? "").split(", ").map((entry) => entry.split(" ")[1]);
const product = (width: number, sizes?: string) =>
  getImageProps({ src: "/images/products/theiere-gres-emaille-1.webp", alt: "", width, height: width, sizes }).props;

test("an 800 px photo keeps the candidates up to the first one at least 800 px wide, and src is that one", () => {
  const next = product(800, "(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw");
  expect(widthsOf(next.srcSet)).toContain("3840w");

  const ours = upToIntrinsicWidth(next, 800);
  expect(widthsOf(ours.srcSet)).toEqual(["256w", "384w", "640w", "750w", "828w"]);
  expect(ours.src).toBe("/_next/image?url=%2Fimages%2Fproducts%2Ftheiere-gres-emaille-1.webp&w=828&q=75");
  // What is kept is next/image's own text, in its order.
  expect(next.srcSet?.startsWith(ours.srcSet ?? "-")).toBe(true);
  expect(ours.sizes).toBe(next.sizes);
});

test("a picture wider than every candidate, a fixed-size picture (1x, 2x) and an unknown width are left as they are", () => {
  const huge = product(5000, "100vw");
  expect(upToIntrinsicWidth(huge, 5000)).toEqual(huge);

  const thumbnail = product(80);
  expect(thumbnail.srcSet).toMatch(/ 1x, .* 2x$/);
  expect(upToIntrinsicWidth(thumbnail, 80)).toEqual(thumbnail);

  const unknown = product(800, "50vw");
  expect(upToIntrinsicWidth(unknown, undefined)).toEqual(unknown);
});

test("a picture never drawn wider than 320 CSS pixels offers candidates up to what a 2x screen needs (640 px)", () => {
  const card = product(800, "(min-width: 1024px) 280px, (min-width: 640px) 33vw, 50vw");
  const capped = upToIntrinsicWidth(card, usefulWidth(800, 320));
  expect(widthsOf(capped.srcSet)).toEqual(["256w", "384w", "640w"]);
  expect(capped.src).toBe("/_next/image?url=%2Fimages%2Fproducts%2Ftheiere-gres-emaille-1.webp&w=640&q=75");

  expect(usefulWidth(800, 360)).toBe(720);
  expect(usefulWidth(800, 500)).toBe(800);
  expect(usefulWidth(800, undefined)).toBe(800);
  expect(usefulWidth(undefined, 300)).toBe(600);
});
