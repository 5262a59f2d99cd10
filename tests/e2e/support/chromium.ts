// The flags of every Chromium the tests and measurements start (Debian's, headless, as root): the e2e tests
// (playwright.config.ts) and npm run lighthouse (tests/perf/lighthouse.mjs) run the same browser.
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
