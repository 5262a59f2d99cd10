"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ImageView } from "@/lib/catalogue/types";

export function ProductGallery({ images }: { images: ImageView[] }) {
  const t = useTranslations("Product");
  const [selected, setSelected] = useState(0);
  const main = images[selected] ?? images[0];
  if (!main) return <div className="aspect-square rounded-xl bg-sand" />;

  return (
    <section aria-label={t("gallery")}>
      <div className="aspect-square overflow-hidden rounded-xl bg-sand">
        <Image
          src={main.url}
          alt={main.alt}
          width={main.width}
          height={main.height}
          sizes="(min-width: 1024px) 560px, 100vw"
          priority
          className="h-full w-full object-cover"
          data-testid="gallery-main"
        />
      </div>
      {images.length > 1 && (
        <ul className="mt-3 flex gap-3">
          {images.map((image, index) => (
            <li key={image.url}>
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-pressed={index === selected}
                aria-label={t("showImage", { number: index + 1, count: images.length })}
                className={`block h-20 w-20 overflow-hidden rounded-md border-2 ${index === selected ? "border-marine" : "border-transparent"}`}
              >
                <Image src={image.url} alt="" width={80} height={80} className="h-full w-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
