// next/image lists every configured width, up to 3840 px, in a picture's srcset whatever the picture's own width.
// Next's optimizer never enlarges: every width above the picture's downloads the same pixels under another URL.
// On a listing of 800 px photos that was ten candidates per picture where five are enough, written twice in each
// page (the HTML and React's payload): about 15 kB of the home page's HTML (issue 13).

// A picture is offered up to twice the width it is drawn at (a card of 320 CSS pixels: up to 640 px): beyond a
// density of 2 a sharper photo is hardly visible on a phone, and each candidate is about 190 characters of a page.
export const MAX_USEFUL_DENSITY = 2;

/** The widest candidate worth offering: the picture's own width, or less when it is never drawn that wide. */
export function usefulWidth(intrinsicWidth: number | undefined, widestDrawn: number | undefined): number | undefined {
  if (widestDrawn === undefined) return intrinsicWidth;
  const needed = widestDrawn * MAX_USEFUL_DENSITY;
  return intrinsicWidth === undefined ? needed : Math.min(intrinsicWidth, needed);
}

type OptimizedImageProps = { src?: string; srcSet?: string };

/**
 * `props` (getImageProps') with the srcset cut after its first candidate at least as wide as the picture itself,
 * and `src` that candidate, as next/image makes `src` its largest. A srcset of densities (1x, 2x) is left as is.
 */
export function upToIntrinsicWidth<P extends OptimizedImageProps>(props: P, intrinsicWidth: number | undefined): P {
  if (!props.srcSet || !intrinsicWidth) return props;
  const candidates = props.srcSet.split(/,\s+/).map((entry) => {
    const [url = "", descriptor = ""] = entry.trim().split(/\s+/);
    const width = /^(\d+)w$/.exec(descriptor)?.[1];
    return { entry, url, width: width === undefined ? undefined : Number(width) };
  });
  if (candidates.some((candidate) => candidate.width === undefined)) return props;
  const last = candidates.findIndex((candidate) => (candidate.width ?? 0) >= intrinsicWidth);
  const largest = candidates[last];
  if (!largest || last === candidates.length - 1) return props;
  const srcSet = candidates
    .slice(0, last + 1)
    .map((candidate) => candidate.entry)
    .join(", ");
  return { ...props, srcSet, src: largest.url };
}
