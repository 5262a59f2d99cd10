import { expect, test, type Page } from "@playwright/test";

// Issue 13, "the first screen of a phone sells": on a phone of 412 × 915 CSS pixels, a product's name, price and
// "Ajouter au panier" are on the first screen, and the header's controls are all there, in one compact row.
const PHONE = {
  viewport: { width: 412, height: 915 },
  deviceScaleFactor: 2.625,
  isMobile: true,
  hasTouch: true,
};

// A product with colours and sizes (the tallest purchase panel), one with sizes only, one with no choice.
const PRODUCTS = ["mariniere-coton-bio", "espadrilles-toile-jute", "theiere-gres-emaille"];

/** The page as it opens, not scrolled. The cookie banner of a first visit lies over it and moves nothing. */
async function openProduct(page: Page, slug: string) {
  await page.goto(`/fr/product/${slug}`);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
}

test.describe("on a phone", () => {
  test.use(PHONE);

  for (const slug of PRODUCTS) {
    test(`${slug}: the name, the price and "Ajouter au panier" are on the first screen`, async ({ page }) => {
      await openProduct(page, slug);
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 1 })).toBeInViewport({ ratio: 1 });
      await expect(main.getByTestId("price").first()).toBeInViewport({ ratio: 1 });
      await expect(main.getByRole("button", { name: "Ajouter au panier" })).toBeInViewport({ ratio: 1 });
    });
  }

  test("the header's cart, account, language and search are on the first screen, large enough to tap", async ({
    page,
  }) => {
    await openProduct(page, "mariniere-coton-bio");
    const banner = page.getByRole("banner");
    const controls = [
      banner.getByTestId("cart-button"),
      banner.getByTestId("account-link"),
      banner.getByRole("link", { name: "Passer en English" }),
      banner.getByTestId("search-toggle"),
    ];
    for (const control of controls) await expect(control).toBeInViewport({ ratio: 1 });
    await expect(banner.getByTestId("search-toggle")).toHaveText("Afficher la recherche");
    // The header's own controls are at least 24 × 24 px (WCAG 2.5.8).
    for (const control of [
      banner.getByTestId("search-toggle"),
      banner.getByRole("link", { name: "Passer en English" }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    // One row: the product's breadcrumb starts less than a fifth of the screen down.
    const breadcrumb = (await page.getByRole("navigation", { name: "Fil d’Ariane" }).boundingBox())!;
    expect(breadcrumb.y).toBeLessThan(915 / 5);
    expect(breadcrumb.height).toBeLessThan(30);

    await banner.getByTestId("cart-button").click();
    await expect(page.getByRole("dialog", { name: "Votre panier" })).toBeVisible();
  });

  test("the search opens from the header and works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/fr/product/mariniere-coton-bio");
    const search = page.getByRole("searchbox", { name: "Rechercher un produit" });
    await expect(search).toBeHidden();
    await page.getByTestId("search-toggle").click();
    await search.fill("théière");
    await search.press("Enter");
    // The results page itself is catalogue.spec.ts's.
    await expect(page).toHaveURL(/\/fr\/search\?q=th%C3%A9i%C3%A8re$/);
    await context.close();
  });
});

test("on a desktop screen, the name, the price and the button are on the first screen too", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openProduct(page, "mariniere-coton-bio");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toBeInViewport({ ratio: 1 });
  await expect(main.getByTestId("price").first()).toBeInViewport({ ratio: 1 });
  await expect(main.getByRole("button", { name: "Ajouter au panier" })).toBeInViewport({ ratio: 1 });
  // The desktop header keeps its search box in the row.
  await expect(page.getByRole("banner").getByRole("searchbox", { name: "Rechercher un produit" })).toBeVisible();
});
