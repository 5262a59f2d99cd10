// The running shop (next start) and a CLI process share the embedded database: a product written by
// the CLI while the shop runs is served at once (its page is rendered on first request, search is live).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL } from "./support/servers";

const run = promisify(execFile);

test("a product added from another process while the shop runs is on the site at once", async ({ page }) => {
  const slug = `ajout-cli-${Date.now()}`;
  const name = `Moulin à poivre ${Date.now()}`;
  await run("npx", ["tsx", "tests/fixtures/add-product.ts", slug, name], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    timeout: 60_000,
  });

  const response = await page.goto(`/fr/product/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.goto(`/fr/search?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId("product-card").filter({ hasText: name })).toBeVisible();
});
