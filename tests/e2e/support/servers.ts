// The servers the end-to-end tests run against, defined once for playwright.config.ts and the fixtures:
// - the shop, in demo payment mode (no gateway configured), for every spec but those of tests/e2e/gateways/;
// - the same build started a second time with Stripe and PayPal configured, pointed at local fakes of their APIs
//   (tests/fakes/, served by gateway-fakes.ts): what the back office does with real payments (ship, refund, the
//   gateway switches) is tested there, through the real SDKs. Both shops share the e2e database;
// - the same build a third time as production serves it: behind a TLS proxy of our own (tls-proxy.ts), with an
//   https SITE_URL and TRUSTED_PROXY_HOPS=1, for what only https changes (cookie flags: tests/e2e/https/).
const port = Number(process.env.E2E_PORT ?? 3100);
const gatewayPort = port + 1000;
const httpsShopPort = port + 2000;
const tlsPort = port + 2001;

export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "pglite:.data/e2e";
export const E2E_COOKIE_SECRET = "e2e-cookie-secret-only-for-local-test-runs";

/** The fakes' ports and credentials; the webhook secrets let the tests sign deliveries with the SDKs' helpers. */
export const PAYMENT_FAKES = {
  stripePort: port + 1001,
  paypalPort: port + 1002,
  stripeSecretKey: "sk_test_e2e_fake_stripe",
  stripeWebhookSecret: "whsec_e2e_fake_stripe_webhook_secret",
  paypalClientId: "fake-paypal-client",
  paypalClientSecret: "fake-paypal-secret",
  paypalWebhookId: "WH0FAKE0PLUSUITE",
} as const;

const common = {
  DATABASE_URL: E2E_DATABASE_URL,
  NODE_ENV: "production",
  COOKIE_SECRET: E2E_COOKIE_SECRET,
  // e-mails kept in the outbox (shown at /dev/outbox)
  DEV_OUTBOX: "1",
  // A (fake) chat key, as in the build (scripts/test-all.mjs): consent-network.spec.ts proves the gate holds it back.
  TIDIO_PUBLIC_KEY: "e2etidiopublickeyforconsenttests",
};

export const DEMO_SHOP = {
  port,
  baseURL: `http://127.0.0.1:${port}`,
  // No payment or e-mail keys: demo payment mode, which production asks for explicitly (DEMO_PAYMENTS).
  env: { ...common, SITE_URL: `http://127.0.0.1:${port}`, DEMO_PAYMENTS: "1" },
};

export const GATEWAY_SHOP = {
  port: gatewayPort,
  baseURL: `http://127.0.0.1:${gatewayPort}`,
  env: {
    ...common,
    SITE_URL: `http://127.0.0.1:${gatewayPort}`,
    // Playwright adds its own environment below this one: a DEMO_PAYMENTS=1 there must not reach this shop.
    DEMO_PAYMENTS: "",
    STRIPE_SECRET_KEY: PAYMENT_FAKES.stripeSecretKey,
    STRIPE_WEBHOOK_SECRET: PAYMENT_FAKES.stripeWebhookSecret,
    STRIPE_API_URL: `http://127.0.0.1:${PAYMENT_FAKES.stripePort}`,
    PAYPAL_CLIENT_ID: PAYMENT_FAKES.paypalClientId,
    PAYPAL_CLIENT_SECRET: PAYMENT_FAKES.paypalClientSecret,
    PAYPAL_WEBHOOK_ID: PAYMENT_FAKES.paypalWebhookId,
    PAYPAL_API_URL: `http://127.0.0.1:${PAYMENT_FAKES.paypalPort}`,
  },
};

export const HTTPS_SHOP = {
  /** where `next start` listens, on plain HTTP, reached only through the TLS proxy */
  port: httpsShopPort,
  tlsPort,
  baseURL: `https://127.0.0.1:${tlsPort}`,
  env: { ...common, SITE_URL: `https://127.0.0.1:${tlsPort}`, DEMO_PAYMENTS: "1", TRUSTED_PROXY_HOPS: "1" },
};
