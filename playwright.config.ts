import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./tests/e2e/support/chromium";
import { DEMO_SHOP, GATEWAY_SHOP, HTTPS_SHOP, PAYMENT_FAKES } from "./tests/e2e/support/servers";

const SHOP_SETTINGS_SPECS = /admin-(settings|policies)\.spec\.ts$/;
// Counts every table's rows around each request: nothing else may write meanwhile.
const ALONE_SPECS = /hostile-input\.spec\.ts$/;

// End-to-end tests run in Debian's Chromium against `next start` on a production build (npm test
// builds it first on the e2e database: see scripts/test-all.mjs): the demo-payment shop for most specs, the
// same build with Stripe and PayPal pointed at local fakes for tests/e2e/gateways/ (tests/e2e/support/servers.ts).

/** `next start` of the production build for one of the shops of tests/e2e/support/servers.ts, ready once /api/ready is. */
function shopServer(shop: { port: number; env: Record<string, string> }) {
  return {
    // `-H localhost` (this machine's localhost is 127.0.0.1), as the README says to start it: with `-H 127.0.0.1`
    // Next.js sends the proxy's rewrites (searches, filtered listings) back to itself over HTTP
    // (vercel/next.js#94745), and once a reset connection of that detour answered a search with a bare 500.
    command: `npx next start -H localhost -p ${shop.port}`,
    url: `http://127.0.0.1:${shop.port}/api/ready`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: shop.env,
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Many specs are whole stories (a purchase, then an admin's work on it): about 15 s alone, twice that with two
  // workers, the shops and the database sharing this machine's 2 cores; 30 s timed two of them out in CI.
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".data/reports/playwright.json" }]],
  use: {
    baseURL: DEMO_SHOP.baseURL,
    browserName: "chromium",
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "shop", testIgnore: [/gateways\//, /https\//, SHOP_SETTINGS_SPECS, ALONE_SPECS] },
    // The shop as production serves it, over https behind a TLS proxy (tests/e2e/support/tls-proxy.ts).
    {
      name: "https",
      testMatch: /https\/.*\.spec\.ts$/,
      use: { baseURL: HTTPS_SHOP.baseURL, ignoreHTTPSErrors: true },
    },
    // The gateway switches are the whole shop's: these specs run one at a time.
    {
      name: "gateways",
      testMatch: /gateways\/.*\.spec\.ts$/,
      fullyParallel: false,
      use: { baseURL: GATEWAY_SHOP.baseURL },
    },
    // Published policies and the shop's settings change every page of both shops: after every other spec (a
    // failure there skips these), one at a time, on the shop whose checkout offers PayPal.
    {
      name: "shop-settings",
      testMatch: SHOP_SETTINGS_SPECS,
      dependencies: ["shop", "gateways", "https"],
      fullyParallel: false,
      use: { baseURL: GATEWAY_SHOP.baseURL },
    },
    // Last, on its own (one file, one worker): tests/e2e/hostile-input.spec.ts compares the whole database's row
    // counts before and after each hostile request.
    { name: "alone", testMatch: ALONE_SPECS, dependencies: ["shop-settings"], fullyParallel: false },
  ],
  webServer: [
    shopServer(DEMO_SHOP),
    {
      command: "npx tsx tests/e2e/support/gateway-fakes.ts",
      port: PAYMENT_FAKES.paypalPort,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    shopServer(GATEWAY_SHOP),
    shopServer(HTTPS_SHOP),
    {
      command: "npx tsx tests/e2e/support/tls-proxy.ts",
      port: HTTPS_SHOP.tlsPort,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
