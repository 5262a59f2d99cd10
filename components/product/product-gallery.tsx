import { getImageProps } from "next/image";
import { ClientMessages } from "@/components/layout/client-messages";
import { optimizedImageProps } from "@/components/ui/static-image";
import type { ImageView } from "@/lib/catalogue/types";
import { GALLERY_MESSAGES } from "@/lib/i18n/messages";
import { ProductGalleryView, type GalleryImage } from "./product-gallery-view";

/**
 * The product's pictures. Their optimized attributes (srcset, sizes, priority) are computed here, on the server,
 * so that the gallery's client part only switches between them, without next/image's client code.
 */
export function ProductGallery({ images }: { images: ImageView[] }) {
  const gallery: GalleryImage[] = images.map((image, index) => ({
    large: optimizedImageProps({
      src: image.url,
      alt: image.alt,
      width: image.width,
      height: image.height,
      sizes: "(min-width: 1024px) 560px, (min-width: 768px) 50vw, 80vw",
      // The first picture is the page's largest paint, fetched before anything else but the stylesheet and
      // fonts; the others are shown only when chosen.
      priority: index === 0,
      fetchPriority: index === 0 ? "high" : undefined,
    }),
    thumbnail: getImageProps({ src: image.url, alt: "", width: 80, height: 80 }).props,
  }));
  return (
    <ClientMessages namespaces={GALLERY_MESSAGES}>
      <ProductGalleryView images={gallery} />
    </ClientMessages>
  );
}
