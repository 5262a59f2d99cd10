// P12: the headers of each kind of response the shop sends, as one reviewable literal per kind (issue 14).
// security-headers.spec.ts snapshots the security headers and the Content-Security-Policy of the pages; this
// spec adds what a cache and an operator see: Cache-Control, whether a cookie is set (a shared cache skips a
// response that sets one, cdn-cache-headers.spec.ts), the X-Request-Id that follows a request through the logs
// (lib/logs/request-id.ts), and the kinds that spec leaves out: the 404 page, a redirect and a server action's
// answer. The security part is compared with the objects of tests/e2e/support/security-headers.ts, so that a
// change of the policy is written in one place.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { noncePage, snapshotOf, staticPage, TOKEN_PAGE } from "./support/security-headers";
import { postToAction, serverActionId } from "./support/server-actions";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What is compared: the status, the security snapshot, the caching headers, the cookies set, the request id. */
function shapeOf(response: APIResponse) {
  const headers = response.headers();
  const requestId = headers["x-request-id"];
  return {
    status: response.status(),
    ...snapshotOf(headers),
    "cache-control": headers["cache-control"] ?? null,
    cookiesSet: response
      .headersArray()
      .filter(({ name }) => name.toLowerCase() === "set-cookie")
      .map(({ value }) => value.split("=")[0]),
    "x-request-id": requestId && UUID.test(requestId) ? "<uuid>" : (requestId ?? null),
  };
}

const PRIVATE = "private, no-cache, no-store, max-age=0, must-revalidate";
/** Next.js's ISR header for a prerendered page revalidated every 5 minutes (lib/catalogue revalidate). */
const CATALOGUE = "s-maxage=300, stale-while-revalidate=31535700";

const EXPECTED = {
  prerenderedCatalogue: {
    status: 200,
    ...staticPage,
    "cache-control": CATALOGUE,
    cookiesSet: [],
    "x-request-id": "<uuid>",
  },
  noncePageSignedIn: { status: 200, ...noncePage, "cache-control": PRIVATE, cookiesSet: [], "x-request-id": "<uuid>" },
  apiJson: {
    status: 200,
    ...staticPage,
    "cache-control": "private, no-store",
    cookiesSet: [],
    "x-request-id": "<uuid>",
  },
  // Liveness: no Cache-Control at all (a response without validators that a cache has no reason to keep).
  health: { status: 200, ...staticPage, "cache-control": null, cookiesSet: [], "x-request-id": "<uuid>" },
  publicFile: {
    status: 200,
    ...staticPage,
    "cache-control": "public, max-age=0",
    cookiesSet: [],
    "x-request-id": "<uuid>",
  },
  nextStatic: {
    status: 200,
    ...staticPage,
    "cache-control": "public, max-age=31536000, immutable",
    cookiesSet: [],
    "x-request-id": "<uuid>",
  },
  notFound: { status: 404, ...staticPage, "cache-control": PRIVATE, cookiesSet: [], "x-request-id": "<uuid>" },
  // "/" picks the language: next-intl remembers it (the one response of the proxy that keeps its cookie).
  localeRedirect: {
    status: 307,
    ...staticPage,
    "cache-control": null,
    cookiesSet: ["NEXT_LOCALE"],
    "x-request-id": "<uuid>",
  },
  signInRedirect: { status: 307, ...staticPage, "cache-control": null, cookiesSet: [], "x-request-id": "<uuid>" },
  // A refused newsletter form, answered on the sign-in page (a token page: its own referrer policy). Next.js's
  // own Cache-Control for an action (never stored); next-intl remembers the language, as on a redirect.
  actionAnswer: {
    status: 200,
    headers: TOKEN_PAGE,
    csp: noncePage.csp,
    "cache-control": "no-cache, no-store, max-age=0, must-revalidate",
    cookiesSet: ["NEXT_LOCALE"],
    "x-request-id": "<uuid>",
  },
};

async function get(request: APIRequestContext, url: string) {
  return request.get(url, { maxRedirects: 0 });
}

test.describe("P12: a headers snapshot per kind of response", () => {
  test("P12: a prerendered catalogue page", async ({ request }) => {
    // Twice: the first request after a build may render it; the second is served as a CDN would see it.
    await get(request, "/fr/product/pull-marin-laine");
    expect(shapeOf(await get(request, "/fr/product/pull-marin-laine"))).toEqual(EXPECTED.prerenderedCatalogue);
  });

  test("P12: a page rendered per request with a nonce, signed in", async ({ context, newSignedInCustomer }) => {
    await newSignedInCustomer();
    expect(shapeOf(await get(context.request, "/fr/account"))).toEqual(EXPECTED.noncePageSignedIn);
  });

  test("P12: API routes (JSON)", async ({ request }) => {
    expect(shapeOf(await get(request, "/api/cart?locale=fr"))).toEqual(EXPECTED.apiJson);
    expect(shapeOf(await get(request, "/api/health"))).toEqual(EXPECTED.health);
  });

  test("P12: a file of public/ and a Next.js asset", async ({ request }) => {
    expect(shapeOf(await get(request, "/images/og-default.webp"))).toEqual(EXPECTED.publicFile);
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await get(request, "/fr")).text())?.[1];
    expect(script, "the home page loads a Next.js chunk").toBeTruthy();
    expect(shapeOf(await get(request, script!))).toEqual(EXPECTED.nextStatic);
  });

  test("P12: the 404 page", async ({ request }) => {
    expect(shapeOf(await get(request, "/fr/no-such-page-e2e"))).toEqual(EXPECTED.notFound);
  });

  test("P12: redirects", async ({ request }) => {
    const root = await get(request, "/");
    expect(root.headers()["location"]).toBe("/fr");
    expect(shapeOf(root)).toEqual(EXPECTED.localeRedirect);
    const account = await get(request, "/fr/account");
    expect(account.headers()["location"]).toBe("/fr/sign-in?returnTo=%2Ffr%2Faccount");
    expect(shapeOf(account)).toEqual(EXPECTED.signInRedirect);
  });

  test("P12: a server action's answer", async ({ request, baseURL }) => {
    const response = await postToAction(request, {
      baseURL: baseURL!,
      pagePath: "/fr/sign-in",
      actionId: serverActionId("app/[locale]/(shop)/newsletter/actions.ts", "subscribeToNewsletterAction"),
      form: { locale: "fr", email: "not an address", list: "newsletter" },
    });
    expect(await response.text()).toContain('"error":"invalid"');
    expect(shapeOf(response)).toEqual(EXPECTED.actionAnswer);
  });
});
