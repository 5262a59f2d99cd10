// P12: the security headers the production build sends, page type by page type (docs/decisions/
// 0010-security-headers.md). A snapshot is the security headers and the Content-Security-Policy's directives,
// the nonce replaced by a placeholder; e2e runs on http://127.0.0.1, so no HSTS and no upgrade-insecure-requests
// (tests/unit/security-headers.test.ts covers HTTPS). Then the nonce itself, and Chromium loading the pages
// without a single policy violation.
import fs from "node:fs";
import path from "node:path";
import type { APIResponse, Page } from "@playwright/test";
import { CONSENT_BANNER_SCRIPT } from "@/lib/consent/banner-script";
import { consentExpiry, CONSENT_COOKIE, CONSENT_POLICY_VERSION, serializeConsent } from "@/lib/consent/cookie";
import { noncePageOf } from "@/lib/security/csp";
import { expect, test } from "./support/fixtures";
import { followNetwork } from "./support/network-quiet";
import {
  CHECKOUT_POLICY,
  EVERY_RESPONSE,
  noncePage,
  snapshotOf,
  staticPage,
  TOKEN_PAGE,
  tokenPage,
} from "./support/security-headers";

function nonceOf(response: APIResponse): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce, `${response.url()} has a nonce`).toBeTruthy();
  return nonce!;
}

function consentCookie(categories: { audience?: boolean; social?: boolean; chat?: boolean }): string {
  const choice = { audience: false, social: false, chat: false, ...categories };
  const value = serializeConsent({
    id: "e2e-consent-0123456789",
    ...choice,
    policyVersion: CONSENT_POLICY_VERSION,
    expiresAt: consentExpiry(new Date()),
  });
  return `${CONSENT_COOKIE}=${value}`;
}

test.describe("P12: a header snapshot per page type", () => {
  for (const [name, url, expected] of [
    ["home", "/fr", staticPage],
    ["category", "/fr/category/vetements", staticPage],
    ["product", "/fr/product/pull-marin-laine", staticPage],
    ["cart", "/fr/cart", staticPage],
    ["checkout", "/fr/checkout", { headers: EVERY_RESPONSE, csp: CHECKOUT_POLICY }],
    ["sign-in", "/fr/sign-in", tokenPage],
    ["sign-up", "/en/sign-up", noncePage],
    ["reset password link", "/fr/reset-password?token=e2e-not-a-real-token", tokenPage],
    ["API route", "/api/health", staticPage],
    [
      "sign-in link callback",
      "/api/auth/callback/link?token=e2e&email=e2e%40example.fr",
      { ...staticPage, headers: TOKEN_PAGE },
    ],
    ["public file", "/images/og-default.webp", staticPage],
  ] as const) {
    test(`P12: ${name} (${url})`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
      expect(snapshotOf(response.headers())).toEqual(expected);
    });
  }

  test("P12: Next.js's own assets (/_next/static)", async ({ request }) => {
    const home = await (await request.get("/fr")).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
    expect(script, "the home page loads a Next.js chunk").toBeTruthy();
    const response = await request.get(script!);
    expect(response.status()).toBe(200);
    expect(snapshotOf(response.headers())).toEqual(staticPage);
  });

  test("P12: an account page, signed in", async ({ context, newSignedInCustomer }) => {
    await newSignedInCustomer();
    const response = await context.request.get("/fr/account", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(snapshotOf(response.headers())).toEqual(noncePage);
  });
});

test("P12: a token page's form works without JavaScript: its referrer policy keeps the Origin header", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill("e2e-nobody@example.fr");
  await page.getByLabel("Mot de passe", { exact: true }).fill("not the password");
  const [posted] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Se connecter", exact: true }).click(),
  ]);
  // With "no-referrer" Chromium would send `Origin: null`, and the server action would be refused.
  expect((await posted.request().allHeaders()).origin).toBe(baseURL);
  expect(posted.status()).toBe(200);
  await context.close();
});

test.describe("P12: the nonce", () => {
  test("P12: a new nonce for every response of the same page", async ({ request }) => {
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) nonces.add(nonceOf(await request.get("/fr/sign-in")));
    expect(nonces.size).toBe(3);
  });

  for (const url of ["/fr/sign-in", "/fr/checkout", "/en/forgot-password"]) {
    test(`P12: every <script> of ${url} carries the response's nonce, but the consent banner's (by hash)`, async ({
      request,
    }) => {
      const response = await request.get(url);
      const nonce = nonceOf(response);
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>([^<]*)/g)];
      expect(scripts.length).toBeGreaterThan(3);
      const withoutNonce = scripts.filter(([tag]) => !tag.includes(` nonce="${nonce}"`));
      // Its text exactly: the policy allows it by the hash of that text (lib/consent/banner-script.ts).
      expect(withoutNonce.map(([, text]) => text)).toEqual([CONSENT_BANNER_SCRIPT]);
    });
  }

  test("P12: a nonce page lists a partner's hosts only once its category is consented to", async ({ request }) => {
    const withoutConsent = snapshotOf((await request.get("/fr/sign-in")).headers()).csp;
    expect(withoutConsent["frame-src"]).toEqual(["'none'"]);

    const social = await request.get("/fr/sign-in", { headers: { cookie: consentCookie({ social: true }) } });
    const socialPolicy = snapshotOf(social.headers()).csp;
    expect(socialPolicy["frame-src"]).toEqual(["https://www.facebook.com", "https://web.facebook.com"]);
    expect(JSON.stringify(socialPolicy)).not.toContain("tidio");

    const chat = await request.get("/fr/sign-in", { headers: { cookie: consentCookie({ chat: true }) } });
    expect(snapshotOf(chat.headers()).csp["connect-src"]).toEqual([
      "'self'",
      "https://*.tidio.co",
      "wss://*.tidio.co",
      "https://*.tidiochat.com",
    ]);
  });

  test("P12: no page that gets a nonce is prerendered (its scripts would carry none), the catalogue is", () => {
    const manifestPath = path.join(process.env.NEXT_DIST_DIR || ".next", "prerender-manifest.json");
    const prerendered = Object.keys(JSON.parse(fs.readFileSync(manifestPath, "utf8")).routes as object);
    expect(prerendered.filter((route) => noncePageOf(route))).toEqual([]);
    for (const page of [/^\/fr$/, /^\/fr\/category\//, /^\/fr\/product\//])
      expect(
        prerendered.some((route) => page.test(route)),
        String(page),
      ).toBe(true);
  });
});

test.describe("P12: Chromium loads the pages without any policy violation", () => {
  /** Collects violations both ways: the DOM event and Chromium's console report. */
  async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
    const reported: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Permissions-Policy/i.test(message.text())) reported.push(message.text());
    });
    await page.addInitScript(() => {
      const found: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = found;
      document.addEventListener("securitypolicyviolation", (event) =>
        found.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    return async () => [
      ...reported,
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ];
  }

  async function visit(page: Page, url: string) {
    const networkQuiet = followNetwork(page);
    await page.goto(url);
    await networkQuiet();
  }

  test("P12: home, a product, the cart and the checkout of a guest", async ({ page }) => {
    const violations = await watchViolations(page);
    await visit(page, "/fr");
    await visit(page, "/fr/product/confiture-abricot-roussillon");
    await page.getByRole("button", { name: "Ajouter au panier" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.getByRole("dialog").getByRole("link", { name: "Commander" }).click();
    await expect(page).toHaveURL(/\/fr\/checkout$/);
    await followNetwork(page)();
    // The checkout was loaded as a document, with its own policy: its inline scripts ran under a nonce.
    expect(await page.evaluate(() => document.querySelectorAll("script[nonce]").length)).toBeGreaterThan(0);
    await expect(page.getByLabel("Adresse e-mail")).toBeVisible();
    await visit(page, "/fr/cart");
    expect(await violations()).toEqual([]);
  });

  test("P12: sign-in, then an account page", async ({ page, newSignedInCustomer }) => {
    const violations = await watchViolations(page);
    await visit(page, "/fr");
    await page.getByTestId("account-link").click();
    // Signed out, Mon compte leads to the sign-in page, which brings the visitor back there afterwards.
    await expect(page).toHaveURL(/\/fr\/sign-in\?returnTo=%2Ffr%2Faccount$/);
    // Loaded as a document from the header's link, with its own policy: its scripts carry the nonce.
    expect(await page.evaluate(() => document.querySelectorAll("script[nonce]").length)).toBeGreaterThan(0);
    await expect(page.getByRole("button", { name: /Se connecter/ }).first()).toBeEnabled();
    expect(await violations()).toEqual([]);
    await newSignedInCustomer();
    await visit(page, "/fr/account");
    await visit(page, "/fr/account/profile");
    expect(await violations()).toEqual([]);
  });

  test("P12: a visitor who consented to social media: Facebook's frame is allowed on a product page", async ({
    page,
    context,
    baseURL,
  }) => {
    const violations = await watchViolations(page);
    const [name, value] = consentCookie({ social: true }).split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseURL! }]);
    // The test machine has no Internet: answer for Facebook, after the policy let the request through.
    const facebook: string[] = [];
    await page.route("https://www.facebook.com/**", (route) => {
      facebook.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><p>like</p>" });
    });
    await visit(page, "/fr/product/pull-marin-laine");
    await expect.poll(() => facebook.length).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});
