"use client";

import { useTranslations } from "next-intl";
import { useState, type ImgHTMLAttributes } from "react";

/** One picture as next/image would render it, large and as a thumbnail (attributes from ./product-gallery.tsx). */
export type GalleryImage = {
  large: ImgHTMLAttributes<HTMLImageElement> & { src: string };
  thumbnail: ImgHTMLAttributes<HTMLImageElement>;
};

/**
 * The chosen image and the thumbnails that choose it. On phones the image is 4:3 and the thumbnails stand in a
 * column beside it, so that the name, price and "Ajouter au panier" still fit on the first screen.
 */
export function ProductGalleryView({ images }: { images: GalleryImage[] }) {
  const t = useTranslations("Product");
  const [selected, setSelected] = useState(0);
  const main = images[selected] ?? images[0];
  if (!main) return <div className="aspect-[4/3] rounded-xl bg-sand md:aspect-square" />;

  return (
    <section aria-label={t("gallery")} className="flex gap-2 md:block">
      <div className="aspect-[4/3] min-w-0 flex-1 overflow-hidden rounded-xl bg-sand md:aspect-square">
        {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- getImageProps' attributes, alt included */}
        <img {...main.large} className="h-full w-full object-cover" data-testid="gallery-main" />
      </div>
      {images.length > 1 && (
        // As tall as the image on phones (more thumbnails scroll; the padding keeps the focus ring in view), a row
        // under it from md up.
        <div className="relative w-16 shrink-0 md:static md:w-auto">
          <ul className="absolute inset-0 flex flex-col gap-2 overflow-y-auto p-1 md:static md:mt-3 md:flex-row md:gap-3 md:overflow-visible md:p-0">
            {images.map((image, index) => (
              <li key={image.large.src} className="shrink-0">
                <button
                  type="button"
                  onClick={() => setSelected(index)}
                  aria-pressed={index === selected}
                  aria-label={t("showImage", { number: index + 1, count: images.length })}
                  className={`block h-14 w-14 overflow-hidden rounded-md border-2 focus-visible:outline-offset-0 md:h-20 md:w-20 md:focus-visible:outline-offset-2 ${index === selected ? "border-marine" : "border-transparent"}`}
                >
                  {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- getImageProps' attributes */}
                  <img {...image.thumbnail} className="h-full w-full object-cover" />
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
