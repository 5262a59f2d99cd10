// Cacheable by a CDN (issue 13): the prerendered catalogue is the same for every visitor, so its responses carry
// no Set-Cookie (a shared cache skips a response that sets one) and a Cache-Control that lets a shared cache keep
// them; whatever belongs to one visitor (the cart's count, consent, sign-in) is read in the browser. Pages about
// one visitor are never stored by a shared cache.
import type { APIResponse } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const CATALOGUE = [
  ["home", "/fr"],
  ["home in English", "/en"],
  ["category", "/fr/category/cuisine"],
  ["filtered category", "/fr/category/cuisine?sort=price-asc&instock=1"],
  ["product", "/fr/product/theiere-gres-emaille"],
  ["terms", "/fr/terms"],
] as const;

/** The visitors a CDN sees: a browser in another language than the page, one with a cookie for the other one. */
const VISITORS = [
  { name: "a new visitor", headers: {} },
  { name: "a browser asking for English", headers: { "accept-language": "en-GB,en;q=0.9" } },
  { name: "a browser that chose the other language", headers: { cookie: "NEXT_LOCALE=en" } },
] as const;

/** s-maxage in seconds, or null: what a shared cache may keep the response for. */
function sharedMaxAge(response: APIResponse): number | null {
  const cacheControl = response.headers()["cache-control"] ?? "";
  if (/\b(private|no-store)\b/.test(cacheControl)) return null;
  const match = /\bs-maxage=(\d+)/.exec(cacheControl);
  return match ? Number(match[1]) : null;
}

for (const [name, url] of CATALOGUE) {
  test(`the ${name} (${url}) can be kept by a shared cache, whoever asks`, async ({ playwright, baseURL }) => {
    for (const visitor of VISITORS) {
      // A fresh context each time: no cookie jar carries anything over from the visitor before.
      const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: visitor.headers });
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), `${url} for ${visitor.name}`).toBe(200);
      expect(response.headers()["set-cookie"], `${url} for ${visitor.name} sets no cookie`).toBeUndefined();
      expect(
        sharedMaxAge(response),
        `${url} for ${visitor.name}: ${response.headers()["cache-control"]}`,
      ).toBeGreaterThan(0);
      await request.dispose();
    }
  });
}

test("pages about one visitor are never kept by a shared cache", async ({ request }) => {
  for (const url of ["/fr/cart", "/fr/checkout", "/api/cart?locale=fr"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeLessThan(400);
    expect(response.headers()["cache-control"], url).toMatch(/\b(private|no-store)\b/);
  }
});
