// Issue 13's JavaScript budget: what a phone downloads before the shop works, measured in Chromium as compressed
// bytes on the wire (tests/perf/measure-js.ts), against a one-page Next.js app built with the same next and react
// (tests/perf/reference): at most 25 kB above it on home, category and product pages, a first visit with the
// consent banner showing and the cart opened from the header; at most 60 kB above it on checkout.
import { expect, test } from "@playwright/test";
import {
  biggestScripts,
  cartCookieWithOneProduct,
  kilobytes,
  measurePageJavaScript,
  type JavaScriptTransfer,
} from "../perf/measure-js";

// The reference app's JavaScript, measured by the same function. When next or react change, re-measure it:
// `npm run lighthouse` builds the reference and prints its figure ("JS" column of the "reference" row, and
// `reference.javascript.bytes` in .data/reports/lighthouse.json); put the new figure here, with the versions.
const REFERENCE_JS_BYTES = 135_072; // next 16.4.6, react 19.3.1 (2026-11-30)
const CATALOGUE_ALLOWANCE_BYTES = 25_000;
const CHECKOUT_ALLOWANCE_BYTES = 60_000;

const PRODUCT = "/fr/product/theiere-gres-emaille";

/** The figure, kept in the report (`npm test` writes .data/reports/playwright.json) even when within budget. */
function record(path: string, transfer: JavaScriptTransfer) {
  test
    .info()
    .annotations.push({ type: "JavaScript transferred", description: `${path}: ${kilobytes(transfer.bytes)}` });
}

function overBudget(path: string, transfer: JavaScriptTransfer, allowance: number) {
  const budget = REFERENCE_JS_BYTES + allowance;
  return (
    `${path} transfers ${kilobytes(transfer.bytes)} of JavaScript; its budget is ${kilobytes(budget)} ` +
    `(reference ${kilobytes(REFERENCE_JS_BYTES)} + ${kilobytes(allowance)}). Biggest scripts:\n${biggestScripts(transfer)}`
  );
}

for (const path of ["/fr", "/fr/category/cuisine", PRODUCT]) {
  test(`${path}: a first visit, consent banner and cart included, stays within the reference + 25 kB of JavaScript`, async ({
    browser,
    baseURL,
  }) => {
    const transfer = await measurePageJavaScript(browser, `${baseURL}${path}`, {
      openCart: true,
      inspect: (page) => expect(page.getByRole("region", { name: "Vos choix de cookies" })).toBeVisible(),
    });
    record(path, transfer);
    expect(transfer.bytes, overBudget(path, transfer, CATALOGUE_ALLOWANCE_BYTES)).toBeLessThanOrEqual(
      REFERENCE_JS_BYTES + CATALOGUE_ALLOWANCE_BYTES,
    );
  });
}

test("/fr/checkout with one line in the cart stays within the reference + 60 kB of JavaScript", async ({
  browser,
  baseURL,
}) => {
  const cart = await cartCookieWithOneProduct(browser, `${baseURL}${PRODUCT}`);
  const transfer = await measurePageJavaScript(browser, `${baseURL}/fr/checkout`, {
    cookies: [cart],
    inspect: (page) => expect(page.getByLabel("Adresse e-mail")).toBeVisible(),
  });
  record("/fr/checkout", transfer);
  expect(transfer.bytes, overBudget("/fr/checkout", transfer, CHECKOUT_ALLOWANCE_BYTES)).toBeLessThanOrEqual(
    REFERENCE_JS_BYTES + CHECKOUT_ALLOWANCE_BYTES,
  );
});
