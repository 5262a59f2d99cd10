// "The page's network is quiet": no request of the page or of its frames in flight for half a second.
// Playwright's waitForLoadState("networkidle") means the same but can lose its own timer and never resolve
// (microsoft/playwright#42598); it timed a consent test out once in CI. This one counts the requests with
// trackNetwork (tests/perf/measure-js.ts, which the JavaScript budget waits with) and, when it gives up, names
// the requests still in flight.
import { expect, type Page } from "@playwright/test";
import { trackNetwork } from "../../perf/measure-js";

const QUIET_MS = 500;
const followed = new WeakMap<Page, () => Promise<void>>();

/**
 * Starts following the page's requests (once per page; call it before the navigation to wait for) and returns
 * a function that resolves when none has been in flight for QUIET_MS, and fails naming them after 20 s.
 */
export function followNetwork(page: Page): () => Promise<void> {
  const known = followed.get(page);
  if (known) return known;
  const network = trackNetwork(page);
  const quiet = async () => {
    await expect
      .poll(() => network.busy(QUIET_MS), {
        intervals: [100],
        timeout: 20_000,
        message: "the page's network goes quiet",
      })
      .toEqual([]);
  };
  followed.set(page, quiet);
  return quiet;
}
