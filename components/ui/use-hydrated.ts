"use client";

// What the server cannot know on prerendered pages (the same for every visitor) is decided in the browser once the
// page has hydrated. Not with useSyncExternalStore: when its value differs from the server's, React draws the change
// at once, in one long task right after hydration. A transition is drawn in short slices between which a phone
// answers a tap; that long task is what Total Blocking Time counts (issue 13).
import { startTransition, useEffect, useState } from "react";

let pageHydrated = false;

/**
 * True once the page has hydrated. A component mounted afterwards (on a page reached by a client navigation) can
 * start from what the browser knows; while hydrating, it must draw what the server drew.
 */
export function pageHasHydrated(): boolean {
  return pageHydrated;
}

/** From an effect: the page has hydrated. */
export function notePageHydrated(): void {
  pageHydrated = true;
}

/** False on the server and while the page hydrates, then true (from the start when mounted later). */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(pageHydrated);
  useEffect(() => {
    notePageHydrated();
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}
