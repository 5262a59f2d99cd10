"use client";

// What the server cannot know on prerendered pages (the same for every visitor) is decided in the browser once the
// page has hydrated. Not with useSyncExternalStore: when its value differs from the server's, React draws the change
// at once, in one long task right after hydration. A transition is drawn in short slices between which a phone
// answers a tap; that long task is what Total Blocking Time counts (issue 13).
import { startTransition, useEffect, useState } from "react";

let pageHydrated = false;

/**
 * `onServer` on the server and while the page hydrates (what the server drew), then `read()`, again each time
 * `subscribe` reports a change. A component mounted after hydration (on a page reached by a client navigation)
 * starts from `read()`. `read` and `subscribe` are module-level functions: they are not expected to change.
 */
export function useBrowserValue<T, S>(
  read: () => T,
  onServer: S,
  subscribe?: (onChange: () => void) => () => void,
): T | S {
  const [value, setValue] = useState<T | S>(() => (pageHydrated ? read() : onServer));
  useEffect(() => {
    pageHydrated = true;
    const update = () => startTransition(() => setValue(read()));
    update();
    return subscribe?.(update);
  }, [read, subscribe]);
  return value;
}

const scripted = () => true;

/** False on the server and while the page hydrates, then true (from the start when mounted later). */
export function useHydrated(): boolean {
  return useBrowserValue(scripted, false);
}
