// The security headers of every response (P12). next.config.ts sends the static set on every path (pages,
// API routes, files, Next's assets) with the prerendered pages' Content-Security-Policy; proxy.ts replaces
// that policy with a per-request one on the pages of noncePageOf (lib/security/csp.ts).
// Computed when the build reads next.config.ts, from the build's NODE_ENV and SITE_URL: build with the
// production SITE_URL (README), as the prerendered pages already require.
// Relative imports here and in ./csp.ts: next.config.ts's loader does not resolve "@/" in the files it imports.
import { contentSecurityPolicy, isHttps, type SecurityEnv } from "./csp";

export type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/**
 * Pages whose URL carries a secret token (e-mailed links), by their path after the locale; sign-in too,
 * since its returnTo may hold an invitation link. Auth.js's sign-in link callback is under /api/auth.
 */
export const TOKEN_PAGES = [
  "reset-password",
  "verify-email",
  "confirm-email-change",
  "accept-invitation",
  "sign-in",
  "newsletter",
] as const;

/** Sensitive browser features nobody on the shop uses: denied to the shop and to every frame it embeds. */
const DENIED_FEATURES = [
  "accelerometer",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  // PayPal's buttons (no Apple Pay or Google Pay component) and Stripe's hosted page do not use the Payment
  // Request API in our pages; enabling those wallets would need payment=(self "https://www.paypal.com").
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

/** Headers every response carries, whatever it is (the Content-Security-Policy apart). */
export function commonSecurityHeaders(env: SecurityEnv): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Other sites learn our origin at most, never a path (which may name an order or a search).
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
    // For browsers without frame-ancestors (in the Content-Security-Policy): no site may frame the shop.
    "X-Frame-Options": "DENY",
    // Our pages share no window with another site, except the popups they open (PayPal's buttons open one
    // and talk to the page through window.opener).
    "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
    // Only where the shop is served over HTTPS: on http://127.0.0.1 (e2e runs a production build there) it
    // would be ignored by browsers, and pinning localhost to HTTPS breaks every other local project.
    ...(env.NODE_ENV === "production" && isHttps(env)
      ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }
      : {}),
  };
}

/**
 * The Referrer-Policy of a page whose URL carries a token: the token never reaches another site. Not
 * "no-referrer": with it a browser sends `Origin: null` with a form posted without JavaScript, which the
 * server action checks refuse, and the reset-password form must work without JavaScript.
 */
export const TOKEN_PAGE_REFERRER_POLICY = "same-origin";

/**
 * next.config.ts `headers()`: every path gets the common set and the prerendered pages' policy (proxy.ts
 * overrides the policy of nonce pages); token pages get their Referrer-Policy. Later rules win.
 */
export function securityHeaderRules(env: SecurityEnv): HeaderRule[] {
  const everyResponse = {
    ...commonSecurityHeaders(env),
    "Content-Security-Policy": contentSecurityPolicy({ kind: "static" }, env),
  };
  const tokenReferrer = [{ key: "Referrer-Policy", value: TOKEN_PAGE_REFERRER_POLICY }];
  return [
    { source: "/:path*", headers: Object.entries(everyResponse).map(([key, value]) => ({ key, value })) },
    { source: `/:locale(fr|en)/:page(${TOKEN_PAGES.join("|")})/:rest*`, headers: tokenReferrer },
    { source: "/api/auth/:path*", headers: tokenReferrer },
    // Photos uploaded in the back office, served from UPLOAD_DIR: only bytes recognised as images are served, and
    // even opened on their own they may run nothing, load nothing, and are sandboxed.
    { source: "/media/:path*", headers: [{ key: "Content-Security-Policy", value: UPLOADED_FILE_POLICY }] },
  ];
}

export const UPLOADED_FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
