// Every company that receives personal data from the shop, or whose code the shop may load in a visitor's
// browser (P1, P9, P20). One list drives the cookie banner (consent categories and their partners), the
// privacy page's list of processors and the Content-Security-Policy's allowed hosts; a test fails when code
// references a third-party host that is not here. Plain data, no server code: the banner imports it.
// Localized purpose and data texts live in messages/*.json under `Partners.<id>`.

// A relative import: next.config.ts loads this file (through lib/security/headers.ts), and its loader does not
// resolve "@/" in the files it imports.
import { HOSTING_PROVIDER } from "../shop";

/** What a visitor is asked about (P17). "necessary" is always on; the other three need consent. */

export const CONSENT_CATEGORIES = ["necessary", "audience", "social", "chat"] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];
export type OptionalCategory = Exclude<ConsentCategory, "necessary">;
export const OPTIONAL_CATEGORIES = ["audience", "social", "chat"] as const satisfies readonly OptionalCategory[];

/** Why the shop may share data with the partner (GDPR art. 6). */
export type LegalBasis = "contract" | "consent" | "legitimateInterest";

/**
 * Hosts the browser may contact for this partner, by CSP directive. Origins ("https://host") or
 * host wildcards ("https://*.host") exactly as they go into the policy.
 */
export type BrowserHosts = {
  script?: readonly string[];
  frame?: readonly string[];
  connect?: readonly string[];
  img?: readonly string[];
  style?: readonly string[];
  /** where a form submission (or the redirect that follows it) may lead: hosted payment pages */
  formAction?: readonly string[];
};

export type Partner = {
  id: PartnerId;
  name: string;
  /**
   * "necessary" partners serve what the visitor asked for (a payment, an e-mail, the site itself) and load
   * nothing before that; the others load only after consent to their category.
   */
  category: ConsentCategory;
  legalBasis: LegalBasis;
  /** Hosts the browser may contact, once the partner is needed (payment step) or consented to. */
  browser: BrowserHosts;
  /** Hosts only our server calls (APIs): listed for the processor list and the registry test. */
  serverHosts: readonly string[];
  /** Cookies (or browser storage keys) the partner sets on its own domain, as documented by it. */
  cookies: readonly string[];
  /** The partner's own privacy policy (shown as an external link, P22). */
  privacyPolicyUrl: string;
};

export const PARTNERS = [
  {
    id: "host",
    name: HOSTING_PROVIDER,
    category: "necessary",
    legalBasis: "contract",
    browser: {},
    serverHosts: [],
    cookies: [],
    privacyPolicyUrl: "https://www.ovhcloud.com/fr/personal-data-protection/",
  },
  {
    id: "stripe",
    name: "Stripe",
    category: "necessary",
    legalBasis: "contract",
    // Stripe Checkout: the shopper leaves for Stripe's hosted page after submitting our form.
    browser: { formAction: ["https://checkout.stripe.com"] },
    serverHosts: ["api.stripe.com"],
    cookies: [],
    privacyPolicyUrl: "https://stripe.com/fr/privacy",
  },
  {
    id: "paypal",
    name: "PayPal",
    category: "necessary",
    legalBasis: "contract",
    // Its SDK is loaded on the PayPal payment step only, once the shopper chose PayPal.
    browser: {
      script: ["https://www.paypal.com", "https://www.sandbox.paypal.com"],
      frame: ["https://www.paypal.com", "https://www.sandbox.paypal.com"],
      connect: ["https://www.paypal.com", "https://www.sandbox.paypal.com"],
      img: ["https://www.paypalobjects.com", "https://t.paypal.com"],
      formAction: ["https://www.paypal.com", "https://www.sandbox.paypal.com"],
    },
    // The API, and the hosts of the certificates PayPal signs its webhooks with (checked, never fetched blindly).
    serverHosts: ["api-m.paypal.com", "api-m.sandbox.paypal.com", "api.paypal.com", "api.sandbox.paypal.com"],
    cookies: [],
    privacyPolicyUrl: "https://www.paypal.com/fr/legalhub/privacy-full",
  },
  {
    id: "resend",
    name: "Resend",
    category: "necessary",
    legalBasis: "contract",
    browser: {},
    serverHosts: ["api.resend.com"],
    cookies: [],
    privacyPolicyUrl: "https://resend.com/legal/privacy-policy",
  },
  {
    id: "facebook",
    name: "Meta (Facebook)",
    category: "social",
    legalBasis: "consent",
    browser: {
      script: ["https://connect.facebook.net"],
      frame: ["https://www.facebook.com", "https://web.facebook.com"],
      img: ["https://www.facebook.com"],
    },
    serverHosts: [],
    cookies: ["datr", "fr", "sb", "c_user", "xs"],
    privacyPolicyUrl: "https://www.facebook.com/privacy/policy/",
  },
  {
    id: "tidio",
    name: "Tidio",
    category: "chat",
    legalBasis: "consent",
    browser: {
      script: ["https://code.tidio.co", "https://*.tidio.co"],
      connect: ["https://*.tidio.co", "wss://*.tidio.co", "https://*.tidiochat.com"],
      frame: ["https://*.tidio.co"],
      img: ["https://*.tidio.co", "https://*.tidiochat.com"],
      style: ["https://*.tidio.co"],
    },
    serverHosts: [],
    cookies: ["tidio_state_*"],
    privacyPolicyUrl: "https://www.tidio.com/privacy-policy/",
  },
] as const satisfies readonly (Omit<Partner, "id"> & { id: string })[];

export type PartnerId = (typeof PARTNERS)[number]["id"];

export function partnersOf(category: ConsentCategory): readonly Partner[] {
  return PARTNERS.filter((partner) => partner.category === category);
}

export function partner(id: PartnerId): Partner {
  return PARTNERS.find((candidate) => candidate.id === id)!;
}
