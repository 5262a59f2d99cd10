// The <img> attributes of a product thumbnail (96 CSS pixels square), served by Next's image optimizer as
// next/image would ask for it, without next/image's client code. Widths are among Next's default image sizes
// (the optimizer refuses others); tests/unit/thumbnail.test.ts compares them with next/image's own.
export const THUMBNAIL_SIZE = 96;
const QUALITY = 75;

function optimizedUrl(src: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=${QUALITY}`;
}

export function thumbnailImage(src: string) {
  return {
    src: optimizedUrl(src, 256),
    srcSet: `${optimizedUrl(src, THUMBNAIL_SIZE)} 1x, ${optimizedUrl(src, 256)} 2x`,
    width: THUMBNAIL_SIZE,
    height: THUMBNAIL_SIZE,
  };
}
