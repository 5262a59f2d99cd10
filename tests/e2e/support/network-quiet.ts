// "The page's network is quiet": no request of the page or of its frames in flight for half a second.
// Playwright's waitForLoadState("networkidle") means the same but can lose its own timer and never resolve
// (microsoft/playwright#42598); it timed a consent test out once in CI. This one counts the requests itself
// and, when it gives up, names the requests still in flight.
import { expect, type Page, type Request } from "@playwright/test";

const QUIET_MS = 500;
const followed = new WeakMap<Page, () => Promise<void>>();

/**
 * Starts following the page's requests (once per page; call it before the navigation to wait for) and returns
 * a function that resolves when none has been in flight for QUIET_MS.
 */
export function followNetwork(page: Page): () => Promise<void> {
  const known = followed.get(page);
  if (known) return known;
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  page.on("request", (request) => {
    inFlight.add(request);
    lastChange = Date.now();
  });
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  const quiet = async () => {
    await expect
      .poll(
        () => {
          if (inFlight.size > 0) return [...inFlight].map((request) => `in flight: ${request.url()}`);
          return Date.now() - lastChange >= QUIET_MS ? [] : [`quiet for less than ${QUIET_MS} ms`];
        },
        { intervals: [100], timeout: 20_000, message: "the page's network goes quiet" },
      )
      .toEqual([]);
  };
  followed.set(page, quiet);
  return quiet;
}
