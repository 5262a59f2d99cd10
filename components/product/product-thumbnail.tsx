import Image from "next/image";

const SIZES = { sm: "h-16 w-16", md: "h-20 w-20", lg: "h-24 w-24" } as const;

/** A product's square picture in a list (cart, saved list, viewed products); a sand square when it has none. */
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
      {src && <Image src={src} alt={alt} width={96} height={96} className="h-full w-full object-cover" />}
    </div>
  );
}
