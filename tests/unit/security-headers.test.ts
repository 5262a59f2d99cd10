// P12: the security headers and the two Content-Security-Policies, computed without Next.js. The headers the
// production build really sends, page type by page type, are checked by tests/e2e/security-headers.spec.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ACCOUNT_PATHS } from "@/lib/accounts/links";
import { CONSENT_BANNER_SCRIPT_HASH } from "@/lib/consent/banner-script";
import { consentExpiry, CONSENT_POLICY_VERSION, type ConsentChoice } from "@/lib/consent/cookie";
import { PARTNERS as REGISTRY, type Partner } from "@/lib/partners/registry";
import { contentSecurityPolicy, newNonce, noncePageOf, type PagePolicy } from "@/lib/security/csp";
import { commonSecurityHeaders, securityHeaderRules, TOKEN_PAGES } from "@/lib/security/headers";

const PARTNERS: readonly Partner[] = REGISTRY;
const root = path.resolve(import.meta.dirname, "../..");
const production = { NODE_ENV: "production", SITE_URL: "https://plusuite.com" };
const e2e = { NODE_ENV: "production", SITE_URL: "http://127.0.0.1:3100" };
const development = { NODE_ENV: "development", SITE_URL: "http://localhost:3000" };
const NONCE = "bm9uY2U=";

function consent(categories: Partial<Record<"audience" | "social" | "chat", boolean>>): ConsentChoice {
  return {
    id: "consent-id-0123456789",
    audience: false,
    social: false,
    chat: false,
    ...categories,
    policyVersion: CONSENT_POLICY_VERSION,
    expiresAt: consentExpiry(new Date()),
  };
}

const nonce = (overrides: Partial<Extract<PagePolicy, { kind: "nonce" }>> = {}): PagePolicy => ({
  kind: "nonce",
  nonce: NONCE,
  consent: null,
  needs: [],
  ...overrides,
});

/** The policy as directive → sources, the way a browser reads it. */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name!, sources];
    }),
  );
}

const thirdPartyHosts = (directives: Record<string, string[]>) =>
  Object.values(directives)
    .flat()
    .filter((source) => /^(https|wss):/.test(source));

describe("P12: the directives every page gets", () => {
  test.each([
    ["prerendered", { kind: "static" } as PagePolicy],
    ["nonce", nonce()],
  ])("P12: %s pages refuse plugins, <base>, framing and foreign form targets", (_, page) => {
    const directives = parse(contentSecurityPolicy(page, production));
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["script-src-attr"]).toEqual(["'none'"]);
    expect(directives["font-src"]).toEqual(["'self'"]);
    expect(directives["img-src"]!.slice(0, 3)).toEqual(["'self'", "data:", "blob:"]);
    expect(directives["style-src"]!.slice(0, 2)).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives["connect-src"]![0]).toBe("'self'");
    expect(directives["form-action"]![0]).toBe("'self'");
  });

  test("P12: upgrade-insecure-requests only when the shop is served over HTTPS", () => {
    expect(parse(contentSecurityPolicy({ kind: "static" }, production))).toHaveProperty("upgrade-insecure-requests");
    expect(parse(contentSecurityPolicy({ kind: "static" }, e2e))).not.toHaveProperty("upgrade-insecure-requests");
    expect(parse(contentSecurityPolicy(nonce(), production))).toHaveProperty("upgrade-insecure-requests");
  });

  test("P12: 'unsafe-eval' only in development (React's development build needs it)", () => {
    for (const page of [{ kind: "static" } as PagePolicy, nonce()]) {
      expect(parse(contentSecurityPolicy(page, development))["script-src"]).toContain("'unsafe-eval'");
      expect(contentSecurityPolicy(page, production)).not.toContain("unsafe-eval");
      expect(contentSecurityPolicy(page, { NODE_ENV: "test", SITE_URL: "" })).not.toContain("unsafe-eval");
    }
  });
});

describe("P12: prerendered pages share one policy", () => {
  const directives = parse(contentSecurityPolicy({ kind: "static" }, production));

  test("P12: scripts from the shop and inline (no nonce possible), plus the registry's script hosts", () => {
    expect(directives["script-src"]).toEqual([
      "'self'",
      "'unsafe-inline'",
      ...new Set(PARTNERS.flatMap((partner) => partner.browser.script ?? [])),
    ]);
    expect(directives["script-src"]).not.toContain("'strict-dynamic'");
  });

  test("P12: every host of the registry is listed, under its directive, and no other", () => {
    for (const partner of PARTNERS)
      for (const [directive, hosts] of Object.entries(partner.browser)) {
        const name = directive === "formAction" ? "form-action" : `${directive}-src`;
        for (const host of hosts) expect(directives[name], `${partner.id} ${name}`).toContain(host);
      }
    const registryHosts = new Set(PARTNERS.flatMap((partner) => Object.values(partner.browser).flat()));
    expect(thirdPartyHosts(directives).filter((host) => !registryHosts.has(host))).toEqual([]);
    // The Facebook like button on product pages is an iframe.
    expect(directives["frame-src"]).toContain("https://www.facebook.com");
  });

  test("P12: the same for every visitor, whatever the consent (shared caches keep one copy)", () => {
    expect(contentSecurityPolicy({ kind: "static" }, production)).toBe(
      contentSecurityPolicy({ kind: "static" }, production),
    );
    expect(contentSecurityPolicy({ kind: "static" }, production)).not.toMatch(/nonce/);
  });
});

describe("P12: pages where personal data is typed or shown get a nonce", () => {
  test("P12: only scripts carrying the response's nonce run, and what they load ('strict-dynamic')", () => {
    const directives = parse(contentSecurityPolicy(nonce(), production));
    expect(directives["script-src"]).toEqual([`'nonce-${NONCE}'`, CONSENT_BANNER_SCRIPT_HASH, "'strict-dynamic'"]);
    expect(directives["script-src"]).not.toContain("'unsafe-inline'");
  });

  test("P12: without consent, no third-party host at all (the page needs no partner)", () => {
    const directives = parse(contentSecurityPolicy(nonce(), production));
    expect(thirdPartyHosts(directives)).toEqual([]);
    expect(directives["frame-src"]).toEqual(["'none'"]);
    expect(directives["form-action"]).toEqual(["'self'"]);
  });

  test("P12: consenting to a category adds its partner's hosts, and only those", () => {
    const refused = parse(contentSecurityPolicy(nonce({ consent: consent({}) }), production));
    expect(thirdPartyHosts(refused)).toEqual([]);

    const social = parse(contentSecurityPolicy(nonce({ consent: consent({ social: true }) }), production));
    expect(social["frame-src"]).toEqual(["https://www.facebook.com", "https://web.facebook.com"]);
    expect(thirdPartyHosts(social).some((host) => host.includes("tidio"))).toBe(false);

    const chat = parse(contentSecurityPolicy(nonce({ consent: consent({ chat: true }) }), production));
    expect(chat["connect-src"]).toEqual([
      "'self'",
      "https://*.tidio.co",
      "wss://*.tidio.co",
      "https://*.tidiochat.com",
    ]);
    expect(chat["style-src"]).toContain("https://*.tidio.co");
    expect(thirdPartyHosts(chat).some((host) => host.includes("facebook"))).toBe(false);
  });

  test("P12: the checkout allows its payment partners whatever the consent", () => {
    const checkout = parse(contentSecurityPolicy(nonce({ needs: noncePageOf("/fr/checkout")!.needs }), production));
    expect(checkout["form-action"]).toEqual([
      "'self'",
      "https://checkout.stripe.com",
      "https://www.paypal.com",
      "https://www.sandbox.paypal.com",
    ]);
    expect(checkout["frame-src"]).toEqual(["https://www.paypal.com", "https://www.sandbox.paypal.com"]);
    expect(thirdPartyHosts(checkout).some((host) => /facebook|tidio/.test(host))).toBe(false);

    const account = parse(contentSecurityPolicy(nonce({ needs: noncePageOf("/fr/account")!.needs }), production));
    expect(thirdPartyHosts(account)).toEqual([]);
  });

  test.each([
    "/fr/checkout",
    "/en/checkout/paypal/ord_1",
    "/fr/order/ord_1",
    "/fr/sign-in",
    "/fr/sign-in/check-email",
    "/fr/sign-up",
    "/fr/forgot-password",
    "/fr/reset-password",
    "/fr/verify-email",
    "/fr/accept-invitation",
    "/fr/confirm-email-change",
    "/fr/account",
    "/en/account/orders/ord_1",
    "/fr/admin",
    "/fr/dev/outbox/1",
    "/fr/contact",
    "/en/contact",
  ])("P12: %s is a nonce page", (path) => {
    expect(noncePageOf(path)).not.toBeNull();
  });

  test.each([
    "/fr",
    "/en",
    "/fr/category/vetements",
    "/fr/product/pull-marin-laine",
    "/fr/search",
    "/fr/cart",
    "/fr/terms",
    "/fr/privacy",
    "/fr/contacts",
    "/fr/testimonials",
    "/fr/sign-up/check-email",
    "/fr/accountant",
    "/fr/checkouts",
    "/api/health",
  ])("P12: %s keeps the prerendered pages' policy", (path) => {
    expect(noncePageOf(path)).toBeNull();
  });

  test("P12: a fresh, unguessable nonce for every response", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const value of nonces) expect(value).toMatch(/^[A-Za-z0-9+/]{40,}={0,2}$/);
  });
});

describe("P12: the headers every response carries", () => {
  test("P12: nosniff, referrer, permissions, framing and opener policies", () => {
    const headers = commonSecurityHeaders(production);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(headers["Permissions-Policy"]!.split(", ")).toContain(`${feature}=()`);
  });

  test("P12: HSTS for a year with subdomains, only in production over HTTPS", () => {
    expect(commonSecurityHeaders(production)["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(commonSecurityHeaders(e2e)).not.toHaveProperty("Strict-Transport-Security");
    expect(
      commonSecurityHeaders({ NODE_ENV: "development", SITE_URL: "https://dev.plusuite.test" }),
    ).not.toHaveProperty("Strict-Transport-Security");
  });

  test("P12: every path gets them, with the prerendered pages' policy", () => {
    const [everyPath] = securityHeaderRules(production);
    expect(everyPath!.source).toBe("/:path*");
    const names = everyPath!.headers.map((header) => header.key);
    expect(names).toEqual(expect.arrayContaining([...Object.keys(commonSecurityHeaders(production))]));
    expect(everyPath!.headers.find((header) => header.key === "Content-Security-Policy")?.value).toBe(
      contentSecurityPolicy({ kind: "static" }, production),
    );
  });

  test("P12: uploaded photos (/media) are served under a policy that runs and loads nothing, sandboxed", () => {
    const media = securityHeaderRules(production).filter((rule) => rule.source === "/media/:path*");
    expect(media).toHaveLength(1);
    const policy = media[0]!.headers.find((header) => header.key === "Content-Security-Policy")?.value ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/(^|; )sandbox($|;)/);
    expect(policy).not.toContain("script-src");
    // Later rules win in Next.js: the media rule comes after the rule of every path.
    const rules = securityHeaderRules(production).map((rule) => rule.source);
    expect(rules.indexOf("/media/:path*")).toBeGreaterThan(rules.indexOf("/:path*"));
  });

  /** The Referrer-Policy the rules give a path: the last matching rule wins, as in Next.js. */
  function referrerPolicyOf(path: string): string | undefined {
    let policy: string | undefined;
    for (const rule of securityHeaderRules(production)) {
      const pattern = rule.source
        .replace(/\/:path\*$/, "(/.*)?")
        .replace(/\/:rest\*$/, "(/.*)?")
        .replace(/:\w+\(([^)]+)\)/g, "($1)");
      if (!new RegExp(`^${pattern}$`).test(path)) continue;
      policy = rule.headers.find((header) => header.key === "Referrer-Policy")?.value ?? policy;
    }
    return policy;
  }

  test.each([
    "/fr/reset-password",
    "/en/verify-email",
    "/fr/confirm-email-change",
    "/fr/accept-invitation",
    "/fr/sign-in",
    "/fr/sign-in/check-email",
    "/api/auth/callback/link",
  ])("P12: %s, whose URL carries a token, sends no referrer to other sites", (path) => {
    expect(referrerPolicyOf(path)).toBe("same-origin");
  });

  test.each(["/fr", "/fr/product/pull-marin-laine", "/fr/checkout", "/fr/account", "/api/health", "/fr/sign-up"])(
    "P12: strict-origin-when-cross-origin on %s",
    (path) => {
      expect(referrerPolicyOf(path)).toBe("strict-origin-when-cross-origin");
    },
  );

  test("P12: every page an e-mailed link opens, and every page reading a token from its URL, is a token page", () => {
    const linkPages = Object.values(ACCOUNT_PATHS).map((page) => `/fr/${page}`);
    // A page reading ?token=… from its search params (app/[locale]/(group)/x/page.tsx → /fr/x).
    const readingToken = fs
      .readdirSync(path.join(root, "app/[locale]"), { recursive: true, encoding: "utf8" })
      .map((file) => `app/[locale]/${file}`)
      .filter((file) => file.endsWith("/page.tsx"))
      .filter((file) =>
        /\{[^}]*\btoken\b[^}]*\}\s*=\s*await searchParams/.test(fs.readFileSync(path.join(root, file), "utf8")),
      )
      .map((file) =>
        file
          .replace(/^app\/\[locale\]/, "/fr")
          .replace(/\/\([^)]+\)/g, "")
          .replace(/\/page\.tsx$/, ""),
      );
    expect(readingToken.length).toBeGreaterThanOrEqual(4);
    for (const page of [...linkPages, ...readingToken]) expect(referrerPolicyOf(page), page).toBe("same-origin");
    expect(TOKEN_PAGES).toEqual(expect.arrayContaining(Object.values(ACCOUNT_PATHS)));
  });
});
