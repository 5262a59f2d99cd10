// How much JavaScript a visitor's browser downloads for one page: shared by the JavaScript budget test
// (tests/e2e/js-budget.spec.ts) and `npm run lighthouse` (tests/perf/lighthouse.mjs), which also measures the
// reference app with it, so that the budget's reference figure can be re-measured the same way.
// Sizes are the compressed bytes on the wire (`next start` gzips): Chromium's encoded body size of each
// response, headers left out.
import type { Browser, Page, Request, Response } from "@playwright/test";
import { CART_COOKIE } from "../../lib/cart/cookie";

export type ScriptTransfer = { url: string; bytes: number };
export type JavaScriptTransfer = { bytes: number; scripts: ScriptTransfer[] };

export type VisitOptions = {
  /** Cookies of the visit ("name=value"), e.g. the cart's; none by default: a first visit. */
  cookies?: { name: string; value: string }[];
  /** Click the header's cart control (the drawer, or whatever it opens) once the page is idle. */
  openCart?: boolean;
  /** Called with the page at the end of the visit (e.g. to check that the consent banner showed). */
  inspect?: (page: Page) => Promise<void>;
};

/**
 * Visits `url` in a new browser context (empty cache, no cookies but `cookies`), waits until the page is idle,
 * optionally opens the cart, waits again, and returns the JavaScript transferred, biggest scripts first.
 */
export async function measurePageJavaScript(
  browser: Browser,
  url: string,
  { cookies = [], openCart = false, inspect }: VisitOptions = {},
): Promise<JavaScriptTransfer> {
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    if (cookies.length > 0) await context.addCookies(cookies.map((cookie) => ({ ...cookie, url })));
    const page = await context.newPage();
    const network = trackNetwork(page);
    const counter = countJavaScript(page);
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForLoadState("load");
    await network.quiet();
    if (openCart) {
      await cartControl(page).click();
      await network.quiet();
    }
    await inspect?.(page);
    return await counter.stop();
  } finally {
    await context.close();
  }
}

/** The cart cookie of a new visitor who put one `productUrl` in the cart, as a shopper does: its page's button. */
export async function cartCookieWithOneProduct(browser: Browser, productUrl: string) {
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    const page = await context.newPage();
    const network = trackNetwork(page);
    await page.goto(productUrl);
    await page.waitForLoadState("load");
    await network.quiet();
    await page.getByRole("main").getByRole("button", { name: "Ajouter au panier", exact: true }).click();
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const cookie = (await context.cookies()).find((candidate) => candidate.name === CART_COOKIE);
      if (cookie) return { name: cookie.name, value: cookie.value };
      await page.waitForTimeout(100);
    }
    throw new Error(`no ${CART_COOKIE} cookie after adding ${productUrl} to the cart`);
  } finally {
    await context.close();
  }
}

/** The header's cart control: a button opening a drawer, or a link to the cart page. */
function cartControl(page: Page) {
  return page
    .getByRole("banner")
    .getByRole("button", { name: /panier/i })
    .or(page.getByRole("banner").getByRole("link", { name: /panier/i }))
    .first();
}

/** Records every JavaScript response of `page` until stop(). */
export function countJavaScript(page: Page) {
  const measured: Promise<ScriptTransfer | null>[] = [];
  const onResponse = (response: Response) => measured.push(scriptTransfer(response));
  page.on("response", onResponse);
  return {
    async stop(): Promise<JavaScriptTransfer> {
      page.off("response", onResponse);
      const scripts = (await Promise.all(measured))
        .filter((script): script is ScriptTransfer => script !== null)
        .sort((a, b) => b.bytes - a.bytes);
      return { bytes: scripts.reduce((sum, script) => sum + script.bytes, 0), scripts };
    },
  };
}

async function scriptTransfer(response: Response): Promise<ScriptTransfer | null> {
  const contentType = response.headers()["content-type"] ?? "";
  const isScript = response.request().resourceType() === "script" || /javascript/i.test(contentType);
  if (!isScript || response.status() === 304) return null;
  await response.finished();
  // The encoded (compressed) body size as received, not the decoded length.
  const { responseBodySize } = await response.request().sizes();
  return { url: response.url(), bytes: responseBodySize };
}

/**
 * Follows the requests of `page` (its frames' too): busy(quietMs) names what keeps it from being quiet (the
 * requests in flight, or a request ended less than `quietMs` ago), quiet() waits until nothing does (bounded).
 */
export function trackNetwork(page: Page) {
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  page.on("request", (request) => {
    inFlight.add(request);
    lastActivity = Date.now();
  });
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
  };
  page.on("requestfinished", ended);
  page.on("requestfailed", ended);
  const busy = (quietMs: number): string[] => {
    if (inFlight.size > 0) return [...inFlight].map((request) => `in flight: ${request.url()}`);
    return Date.now() - lastActivity < quietMs ? [`quiet for less than ${quietMs} ms`] : [];
  };
  return {
    busy,
    async quiet(quietMs = 800, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && busy(quietMs).length > 0) {
        await page.waitForTimeout(100);
      }
    },
  };
}

/** "12.3 kB" (1 kB = 1,000 bytes, as Lighthouse and Chromium's DevTools count). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The `count` biggest scripts as "  41.2 kB  /_next/static/chunks/…js" lines. */
export function biggestScripts(transfer: JavaScriptTransfer, count = 8): string {
  return transfer.scripts
    .slice(0, count)
    .map((script) => `  ${kilobytes(script.bytes).padStart(9)}  ${new URL(script.url).pathname}`)
    .join("\n");
}
