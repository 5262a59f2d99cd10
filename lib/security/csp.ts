// The Content-Security-Policy (P12), as plain functions of the page, the visitor's consent and the
// configuration; docs/decisions/0010-security-headers.md says why there are two policies.
// - Pages where personal data is typed or shown render per request: proxy.ts gives each response a fresh
//   nonce, and only scripts carrying it (and what they load: 'strict-dynamic') run. Their third-party hosts
//   are those of the categories the visitor consented to, plus the partners the page itself needs.
// - Every other page is prerendered, the same for everyone: its scripts cannot carry a nonce, and its inline
//   scripts (Next's page data) change whenever the page is regenerated, so no hash can be known at build
//   time. It allows 'self' and inline scripts, never inline event handlers, and lists the registry's hosts;
//   the consent gates in code keep those hosts silent until consent.
// One inline script of ours runs on both: the consent banner's (lib/consent/banner-script.ts), allowed on nonce
// pages by its hash.
import { CONSENT_BANNER_SCRIPT_HASH } from "../consent/banner-script";
import type { ConsentChoice } from "../consent/cookie";
import { PARTNERS, type BrowserHosts, type Partner, type PartnerId } from "../partners/registry";

/** What the policy depends on in the configuration (a subset of lib/env.ts's Env). */
export type SecurityEnv = { NODE_ENV: string; SITE_URL: string };

export type PagePolicy =
  | { kind: "static" }
  | {
      kind: "nonce";
      nonce: string;
      /** The visitor's choice from the consent cookie; null: nothing optional is allowed. */
      consent: ConsentChoice | null;
      /** "Necessary" partners the page itself uses (the payment step), allowed whatever the consent. */
      needs: readonly PartnerId[];
    };

/**
 * Pages rendered per request with a nonce, by their path after the locale. A page listed here must render
 * dynamically (it reads cookies or headers, or awaits connection()): a prerendered page carries no nonce,
 * and its scripts would all be blocked. tests/e2e/security-headers.spec.ts checks the build for it.
 */
const NONCE_PAGES: readonly { path: RegExp; needs: readonly PartnerId[] }[] = [
  // The PayPal step is reached from the checkout form by the server action's redirect, a client-side
  // navigation that keeps the checkout document and its policy: the whole checkout allows both gateways.
  { path: /^checkout(\/|$)/, needs: ["stripe", "paypal"] },
  { path: /^order\//, needs: [] },
  { path: /^sign-in(\/|$)/, needs: [] },
  { path: /^(sign-up|forgot-password|reset-password|verify-email|confirm-email-change|accept-invitation)$/, needs: [] },
  { path: /^(account|admin|dev\/outbox)(\/|$)/, needs: [] },
  { path: /^newsletter\/(confirm|unsubscribe)$/, needs: [] },
  // The contact form: name, e-mail address and message typed (P3).
  { path: /^contact$/, needs: [] },
];

/** The nonce page a path shows ("/fr/account/orders" → its needs), or null for a prerendered page. */
export function noncePageOf(pathname: string): { needs: readonly PartnerId[] } | null {
  const match = /^\/(?:fr|en)\/(.+?)\/?$/.exec(pathname);
  if (!match) return null;
  const page = NONCE_PAGES.find((candidate) => candidate.path.test(match[1]!));
  return page ? { needs: page.needs } : null;
}

/** A fresh nonce for one response: 122 random bits, base64 as CSP wants it. */
export function newNonce(): string {
  return btoa(crypto.randomUUID());
}

/** Whether the shop is served over HTTPS (its public origin says so). */
export function isHttps(env: Pick<SecurityEnv, "SITE_URL">): boolean {
  return env.SITE_URL.startsWith("https://");
}

/** The partners whose hosts the page may contact. */
function allowedPartners(page: PagePolicy): readonly Partner[] {
  if (page.kind === "static") return PARTNERS;
  const { consent, needs } = page;
  return PARTNERS.filter((partner) =>
    partner.category === "necessary" ? needs.includes(partner.id) : consent?.[partner.category] === true,
  );
}

function hostsOf(partners: readonly Partner[], directive: keyof BrowserHosts): string[] {
  return [...new Set(partners.flatMap((partner) => partner.browser[directive] ?? []))];
}

/** The policy's directives in order, each with its sources ("upgrade-insecure-requests" has none). */
export function cspDirectives(page: PagePolicy, env: SecurityEnv): [string, string[]][] {
  const partners = allowedPartners(page);
  const frames = hostsOf(partners, "frame");
  // React's development build evaluates code to rebuild server error stacks; production never does.
  const evalInDevelopment = env.NODE_ENV === "development" ? ["'unsafe-eval'"] : [];
  const scripts =
    page.kind === "nonce"
      ? // Host lists are ignored next to 'strict-dynamic': a partner's script runs because our nonced code
        // inserted it, once its consent gate allowed it.
        [`'nonce-${page.nonce}'`, CONSENT_BANNER_SCRIPT_HASH, "'strict-dynamic'"]
      : ["'self'", "'unsafe-inline'", ...hostsOf(partners, "script")];
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", [...scripts, ...evalInDevelopment]],
    // Inline event handlers (onerror="…", the classic injection) never run, even where inline scripts do.
    ["script-src-attr", ["'none'"]],
    // React writes style attributes (next/image sets one on every image) and Next inlines some <style>:
    // a nonce cannot cover attributes, so inline styles stay allowed; styles cannot run code.
    ["style-src", ["'self'", "'unsafe-inline'", ...hostsOf(partners, "style")]],
    ["img-src", ["'self'", "data:", "blob:", ...hostsOf(partners, "img")]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'", ...hostsOf(partners, "connect")]],
    ["frame-src", frames.length > 0 ? frames : ["'none'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["form-action", ["'self'", ...hostsOf(partners, "formAction")]],
  ];
  if (isHttps(env)) directives.push(["upgrade-insecure-requests", []]);
  return directives;
}

/** The Content-Security-Policy header value. */
export function contentSecurityPolicy(page: PagePolicy, env: SecurityEnv): string {
  return cspDirectives(page, env)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}
