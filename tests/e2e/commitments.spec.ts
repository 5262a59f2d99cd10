// "Nos engagements": every promise of the policy in plain words, how the shop keeps it and the tests that
// prove it, reached from the footer and from the privacy page, in French and in English. The titles cite no
// promise id: this page is the list of the evidence, not evidence for one promise.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const PROMISE_IDS = Array.from({ length: 29 }, (_, index) => `P${index + 1}`);

/** The consent banner sits over the bottom of the page: answer it before clicking down there. */
async function refuseCookies(page: Page) {
  await page.getByRole("button", { name: "Tout refuser", exact: true }).click();
}

/** A promise's card: its heading reads "P7 Title". */
const promiseCard = (page: Page, id: string) => page.getByRole("region", { name: new RegExp(`^${id} `) });

test("Nos engagements, reached from the footer, lists every promise of the policy with the tests that prove it", async ({
  page,
}) => {
  // 29 cards, each opened and read.
  test.setTimeout(120_000);
  // The footer is on every page: start from the terms.
  await page.goto("/fr/terms");
  await refuseCookies(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Nos engagements" }).click();
  await expect(page).toHaveURL(/\/fr\/commitments$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nos engagements");
  await expect(page.getByTestId("commitments-summary")).toHaveText(/^\d+ promesses sur 29 sont entièrement tenues/);

  for (const id of PROMISE_IDS) {
    const card = promiseCard(page, id);
    await expect(card, id).toHaveCount(1);
    await expect(card.getByText("Ce que nous promettons"), id).toBeVisible();
    await expect(card.getByText(/^(Comment la boutique la tient|Ce qui est vrai aujourd’hui)$/), id).toBeVisible();
    // The evidence: at least one test, each naming the promise it proves.
    await expect(card.getByText(/^Vérifiée par \d+ tests?$/), id).toBeVisible();
    await card.getByText(/^Voir (le test|les \d+ tests)$/).click();
    const tests = card.getByRole("listitem");
    expect(await tests.count(), id).toBeGreaterThan(0);
    for (const title of await tests.allTextContents()) {
      expect(title, id).toMatch(new RegExp(`\\b${id}\\b`));
      expect(title, id).toMatch(/Fichier : tests\/(unit|integration|e2e)\/\S+\.(test|spec)\.ts$/);
    }
  }
  // A promise only partly kept says so, next to its title.
  const inProgress = await page
    .getByRole("heading", { level: 3 })
    .filter({ hasText: /En cours$/ })
    .count();
  const kept = Number((await page.getByTestId("commitments-summary").textContent())?.match(/^\d+/)?.[0]);
  expect(kept + inProgress).toBe(29);
});

test("the privacy page links to Nos engagements", async ({ page }) => {
  await page.goto("/fr/privacy");
  await refuseCookies(page);
  await page
    .getByRole("main")
    .getByRole("link", { name: /voir nos engagements/ })
    .click();
  await expect(page).toHaveURL(/\/fr\/commitments$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nos engagements");
});

test("Our commitments reads the same in English", async ({ page }) => {
  await page.goto("/en/commitments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Our commitments");
  await expect(page.getByTestId("commitments-summary")).toHaveText(/^\d+ of 29 promises are fully kept/);
  const card = promiseCard(page, "P26");
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(/^P26 You hold your account/);
  await expect(card.getByText("What we promise")).toBeVisible();
  await expect(card.getByText(/^Checked by \d+ tests?$/)).toBeVisible();
  await card.getByText(/^See (the test|the \d+ tests)$/).click();
  await expect(card.getByRole("listitem").first()).toContainText(/File: tests\//);
  // The themes' menu leads to each part of the page.
  await page.getByRole("link", { name: "Your rights and your account" }).click();
  await expect(page).toHaveURL(/#yourRights$/);
  await expect(page.getByRole("heading", { level: 2, name: "Your rights and your account" })).toBeInViewport();
});
