import { defineConfig } from "@playwright/test";

// End-to-end tests run in Debian's Chromium against `next start` on a production build (npm test
// builds it first on the e2e database: see scripts/test-all.mjs).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const databaseUrl = process.env.E2E_DATABASE_URL ?? "pglite:.data/e2e";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: ".data/reports/playwright.json" }]],
  use: {
    baseURL,
    browserName: "chromium",
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // No payment or e-mail keys: demo payment mode (which production asks for explicitly: DEMO_PAYMENTS),
    // e-mails kept in the outbox (shown at /dev/outbox).
    env: {
      DATABASE_URL: databaseUrl,
      SITE_URL: baseURL,
      NODE_ENV: "production",
      COOKIE_SECRET: "e2e-cookie-secret-only-for-local-test-runs",
      DEMO_PAYMENTS: "1",
      DEV_OUTBOX: "1",
      // A (fake) chat key, as in the build (scripts/test-all.mjs): consent-network.spec.ts proves the gate holds it back.
      TIDIO_PUBLIC_KEY: "e2etidiopublickeyforconsenttests",
    },
  },
});
