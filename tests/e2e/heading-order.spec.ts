import { expect, test } from "@playwright/test";

// Screen-reader users move by headings: a page has one h1 and never goes down more than one level at a time
// (h1 → h3 skips one; as axe's heading-order rule, going back up is fine, so the cookie banner's h2 may come
// first). The listings' product names are h2 under a page's h1, h3 under a section's h2.
const PAGES = [
  "/fr",
  "/fr/category/vetements",
  "/fr/category/vetements-femme?sort=price-asc",
  "/fr/product/mariniere-coton-bio",
  "/fr/search?q=lin",
];

for (const path of PAGES) {
  test(`${path}: one h1, and headings never skip a level`, async ({ page }) => {
    await page.goto(path);
    // Shown headings only: a closed dialog's (the basket drawer) is not part of the page.
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((headings) =>
        headings.filter((heading) => heading.checkVisibility()).map((heading) => Number(heading.tagName[1])),
      );
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    const skips = levels.flatMap((level, index) =>
      index > 0 && level > levels[index - 1]! + 1 ? [`h${levels[index - 1]} → h${level}`] : [],
    );
    expect(skips).toEqual([]);
  });
}
