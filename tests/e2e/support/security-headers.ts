// The expected security headers of tests/e2e/security-headers.spec.ts, as reviewable literals: a snapshot is
// each security header and the Content-Security-Policy as directive → sources, the nonce as a placeholder.
// A change of the partner registry (lib/partners/registry.ts) or of lib/security/ shows up here.
import { CONSENT_BANNER_SCRIPT_HASH } from "@/lib/consent/banner-script";

export const NONCE = "'nonce-…'";
const SECURITY_HEADERS = [
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "x-frame-options",
  "cross-origin-opener-policy",
  "strict-transport-security",
] as const;

/** What a snapshot compares: each security header, and the policy as directive → sources. */
export function snapshotOf(headers: Record<string, string>) {
  const policy = headers["content-security-policy"] ?? "";
  return {
    headers: Object.fromEntries(
      SECURITY_HEADERS.filter((name) => name in headers).map((name) => [name, headers[name]]),
    ),
    csp: Object.fromEntries(
      policy.split("; ").map((directive) => {
        const [name, ...sources] = directive.split(" ");
        return [name, sources.map((source) => (source.startsWith("'nonce-") ? NONCE : source))];
      }),
    ),
  };
}

export const EVERY_RESPONSE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy":
    "accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), " +
    "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), " +
    "xr-spatial-tracking=()",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin-allow-popups",
};
export const TOKEN_PAGE = { ...EVERY_RESPONSE, "referrer-policy": "same-origin" };

const STRICT_DIRECTIVES = {
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "frame-ancestors": ["'none'"],
};
/** Prerendered pages, API routes and files: one policy for everyone, every host of the partner registry. */
const STATIC_POLICY = {
  "default-src": ["'self'"],
  "script-src": [
    "'self'",
    "'unsafe-inline'",
    "https://www.paypal.com",
    "https://www.sandbox.paypal.com",
    "https://connect.facebook.net",
    "https://code.tidio.co",
    "https://*.tidio.co",
  ],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'", "https://*.tidio.co"],
  "img-src": [
    "'self'",
    "data:",
    "blob:",
    "https://www.paypalobjects.com",
    "https://t.paypal.com",
    "https://www.facebook.com",
    "https://*.tidio.co",
    "https://*.tidiochat.com",
  ],
  "font-src": ["'self'"],
  "connect-src": [
    "'self'",
    "https://www.paypal.com",
    "https://www.sandbox.paypal.com",
    "https://*.tidio.co",
    "wss://*.tidio.co",
    "https://*.tidiochat.com",
  ],
  "frame-src": [
    "https://www.paypal.com",
    "https://www.sandbox.paypal.com",
    "https://www.facebook.com",
    "https://web.facebook.com",
    "https://*.tidio.co",
  ],
  ...STRICT_DIRECTIVES,
  "form-action": ["'self'", "https://checkout.stripe.com", "https://www.paypal.com", "https://www.sandbox.paypal.com"],
};
/** Nonce pages of a visitor who consented to nothing: no third-party host. */
const NONCE_POLICY = {
  "default-src": ["'self'"],
  // The nonce, and the one inline script of ours that cannot carry it: the consent banner's, by its hash.
  "script-src": [NONCE, CONSENT_BANNER_SCRIPT_HASH, "'strict-dynamic'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "frame-src": ["'none'"],
  ...STRICT_DIRECTIVES,
  "form-action": ["'self'"],
};
/** The checkout: its payment partners (Stripe's hosted page, PayPal's buttons), whatever the consent. */
export const CHECKOUT_POLICY = {
  ...NONCE_POLICY,
  "img-src": ["'self'", "data:", "blob:", "https://www.paypalobjects.com", "https://t.paypal.com"],
  "connect-src": ["'self'", "https://www.paypal.com", "https://www.sandbox.paypal.com"],
  "frame-src": ["https://www.paypal.com", "https://www.sandbox.paypal.com"],
  "form-action": ["'self'", "https://checkout.stripe.com", "https://www.paypal.com", "https://www.sandbox.paypal.com"],
};

export const staticPage = { headers: EVERY_RESPONSE, csp: STATIC_POLICY };
export const noncePage = { headers: EVERY_RESPONSE, csp: NONCE_POLICY };
export const tokenPage = { headers: TOKEN_PAGE, csp: NONCE_POLICY };
