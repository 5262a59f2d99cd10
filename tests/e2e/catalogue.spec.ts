import { expect, test, type Page } from "@playwright/test";

const euros = (text: string) =>
  Number(
    text
      .replace(/[^\d,.]/g, "")
      .replace(/\s/g, "")
      .replace(",", "."),
  );

async function cardPrices(page: Page): Promise<number[]> {
  const texts = await page.getByTestId("product-card").getByTestId("price").allTextContents();
  return texts.map(euros);
}

test("browse home → category → filter → product, then switching language keeps the page", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Des objets faits pour durer");

  await page.getByRole("navigation", { name: "Catégories" }).getByRole("link", { name: "Vêtements" }).click();
  await expect(page).toHaveURL(/\/fr\/category\/vetements$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vêtements");

  await page.getByRole("link", { name: "Femme", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/category\/vetements-femme$/);

  await page.getByLabel("Trier par").selectOption("price-asc");
  await page.getByLabel("En stock uniquement").check();
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/sort=price-asc/);
  await expect(page).toHaveURL(/instock=1/);
  await expect(page.getByLabel("Trier par")).toHaveValue("price-asc");
  const prices = await cardPrices(page);
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  await expect(page.getByTestId("product-card").filter({ hasText: "Épuisé" })).toHaveCount(0);

  const firstCard = page.getByTestId("product-card").first();
  const productName = (await firstCard.getByRole("heading").textContent())!.trim();
  await firstCard.getByRole("link").click();
  await expect(page).toHaveURL(/\/fr\/product\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(productName);
  const slug = new URL(page.url()).pathname.split("/").pop();

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Product", name: productName });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", productName);

  await page.getByRole("link", { name: "Passer en English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/product/${slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(productName);
  await expect(page.getByRole("link", { name: "Switch to Français" })).toBeVisible();
});

test("switching language on a filtered listing keeps the filters", async ({ page }) => {
  await page.goto("/fr/category/cuisine?sort=price-desc&instock=1");
  await page.getByRole("link", { name: "Passer en English" }).click();
  await expect(page).toHaveURL(/\/en\/category\/cuisine\?sort=price-desc&instock=1$/);
  await expect(page.getByLabel("Sort by")).toHaveValue("price-desc");
  await expect(page.getByLabel("In stock only")).toBeChecked();
  const prices = await cardPrices(page);
  expect(prices).toEqual([...prices].sort((a, b) => b - a));
});

test("search finds a product by a French word and by an English word", async ({ page }) => {
  await page.goto("/fr");
  await page.getByRole("searchbox", { name: "Rechercher un produit" }).fill("théière");
  await page.getByRole("searchbox", { name: "Rechercher un produit" }).press("Enter");
  await expect(page).toHaveURL(/\/fr\/search\?q=th%C3%A9i%C3%A8re/);
  await expect(page.getByTestId("product-card").filter({ hasText: "Théière en grès émaillé" })).toBeVisible();

  await page.goto("/en");
  await page.getByRole("searchbox", { name: "Search for a product" }).fill("teapot");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=teapot/);
  await expect(page.getByTestId("product-card").filter({ hasText: /Teapot/ })).toBeVisible();
});

test("hostile searches and listing parameters give a page, never an error", async ({ page }) => {
  const injection = await page.goto(`/fr/search?q=${encodeURIComponent(`'; DROP TABLE "Product"; --`)}`);
  expect(injection?.status()).toBe(200);
  await expect(page.getByText(/Aucun produit ne correspond/)).toBeVisible();

  const long = await page.goto(`/en/search?q=${"linen ".repeat(1700)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByText("Your search was shortened to 200 characters.")).toBeVisible();

  await page.goto("/fr/category/cuisine");
  const defaultCount = await page.getByTestId("product-count").textContent();
  const listing = await page.goto("/fr/category/cuisine?page=-1&price=abc&sort=drop%20table&min=abc");
  expect(listing?.status()).toBe(200);
  await expect(page.getByTestId("product-count")).toHaveText(defaultCount!);
  await expect(page.getByLabel("Trier par")).toHaveValue("featured");
});

test("unknown pages get a 404 in the visitor's language", async ({ page }) => {
  const product = await page.goto("/fr/product/produit-inexistant");
  expect(product?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");

  const category = await page.goto("/en/category/no-such-category?page=2");
  expect(category?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  const inactive = await page.goto("/fr/product/guirlande-boules-coton");
  expect(inactive?.status()).toBe(404);
});

test.describe("language negotiation", () => {
  test.use({ locale: "en-GB" });
  test("an English browser lands on /en", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Things made to last");
  });
});

test("each variant shows its own price and stock", async ({ page }) => {
  await page.goto("/fr/product/housse-couette-lin-lave");
  const price = page.getByTestId("price").first();
  await expect(price).toHaveText(/129,00/);

  await page.getByText("240 × 220", { exact: true }).click();
  await expect(price).toHaveText(/189,00/);
  await expect(page.getByTestId("stock-status")).toHaveText("Plus que 2 exemplaires");

  await page.getByText("Blanc", { exact: true }).click();
  await expect(page.getByTestId("stock-status")).toHaveText("Plus qu’1 exemplaire");

  // A sold-out option stays choosable and says so to screen readers.
  await expect(page.getByRole("radio", { name: "200 × 200 (indisponible)" })).toBeAttached();
  await page.locator("label", { hasText: "200 × 200" }).click();
  await expect(price).toHaveText(/159,00/);
  await expect(page.getByTestId("stock-status")).toHaveText("Épuisé");
});

test("the product gallery switches photos", async ({ page }) => {
  await page.goto("/en/product/mariniere-coton-bio");
  const main = page.getByTestId("gallery-main");
  const first = await main.getAttribute("alt");
  await page.getByRole("button", { name: "Show photo 2 of 3" }).click();
  await expect(main).not.toHaveAttribute("alt", first!);
  await expect(page.getByRole("button", { name: "Show photo 2 of 3" })).toHaveAttribute("aria-pressed", "true");
});
