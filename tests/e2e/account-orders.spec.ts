// Mon compte: order history and confirmation download (P4, P5, P13), saved lists filled from the product
// page and moved to the cart (P13 "listes précédentes"), interests recorded, cleared and switched off (P4).
// Another customer's order or list URL is a 404.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// Each test hashes its accounts' passwords with production scrypt.
test.describe.configure({ timeout: 90_000 });

/** Waits for the beacon the (static) product page sends once shown: the view is recorded then. */
function productViewRecorded(page: Page) {
  return page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/product-views"));
}

test("P13: order while signed in, see it in the history and its detail, download the confirmation", async ({
  page,
  newSignedInCustomer,
  anotherCustomerPage,
}) => {
  const { email } = await newSignedInCustomer();
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");

  await page.goto("/fr/checkout");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Nom complet").fill("Camille Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("12 rue des Lilas");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByRole("button", { name: /Valider la commande de démonstration/ }).click();
  await expect(page).toHaveURL(/\/fr\/order\//);
  await expect(page.getByTestId("order-status")).toHaveText(/Votre paiement est confirmé/);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/PS-\d{4}-\d{6}/)![0];

  // The history lists it; its detail shows lines, totals, addresses and status.
  await page.goto("/fr/account/orders");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes commandes");
  const row = page.getByTestId("account-order").filter({ hasText: number });
  await expect(row).toContainText("Payée");
  await row.getByRole("link", { name: `Voir la commande ${number}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Commande ${number}`);
  await expect(page.getByTestId("account-order-status")).toContainText("Payée");
  await expect(page.getByRole("main")).toContainText("Confiture extra d’abricots du Roussillon");
  await expect(page.getByRole("main")).toContainText("12 rue des Lilas");
  await expect(page.getByRole("main")).toContainText(/dont TVA 5,5/);
  const detailUrl = page.url();

  // The confirmation, downloaded as a file named after the order.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger la confirmation" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${number}.html`);
  const html = await readFile((await download.path())!, "utf8");
  expect(html).toContain(number);
  expect(html).toContain("Lyon");

  // In English too.
  await page.goto("/en/account/orders");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My orders");
  await expect(page.getByTestId("account-order").filter({ hasText: number })).toContainText("Paid");

  // Another customer gets the 404, for the page and for the file.
  const other = await anotherCustomerPage();
  expect((await other.goto(detailUrl))?.status()).toBe(404);
  expect((await other.request.get(`${detailUrl}/confirmation`)).status()).toBe(404);
  expect((await other.goto("/fr/account/orders"))?.status()).toBe(200);
  await expect(other.getByTestId("account-order")).toHaveCount(0);
});

test("P13: create a list, add a product from the product page, see it in the list, move it to the cart", async ({
  page,
  newSignedInCustomer,
  anotherCustomerPage,
}) => {
  // Signed out, "Add to a list" leads to sign-in and back to the product.
  await page.goto("/fr/product/mariniere-coton-bio");
  await page.getByRole("button", { name: "Ajouter à une liste" }).click();
  await expect(
    page.getByRole("link", { name: "Connectez-vous pour enregistrer ce produit dans une liste" }),
  ).toHaveAttribute("href", /\/fr\/sign-in\?returnTo=%2Ffr%2Fproduct%2Fmariniere-coton-bio/);

  await newSignedInCustomer();
  await page.goto("/fr/account/lists");
  await page.getByLabel("Nom de la liste").fill("Vêtements");
  await page.getByRole("button", { name: "Créer la liste" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("La liste « Vêtements » a été créée.");
  // Names are unique per customer, whatever their case; what was typed stays.
  await page.getByLabel("Nom de la liste").fill("vêtements");
  await page.getByRole("button", { name: "Créer la liste" }).click();
  // The shared message (Errors.duplicateName), next to the input it is about.
  await expect(page.getByLabel("Nom de la liste")).toHaveAccessibleDescription(
    "Vous avez déjà une liste portant ce nom.",
  );
  await expect(page.getByLabel("Nom de la liste")).toHaveValue("vêtements");

  // From the product page, with the size chosen there.
  await page.goto("/fr/product/mariniere-coton-bio");
  await page.locator("label", { hasText: /^M$/ }).click();
  await page.getByRole("button", { name: "Ajouter à une liste" }).click();
  await expect(page.getByLabel("Dans la liste").locator("option:checked")).toHaveText("Vêtements");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(
    page.getByRole("main").getByRole("status").filter({ hasText: "Ajouté à la liste « Vêtements »." }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Voir la liste" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vêtements");
  const item = page.getByTestId("list-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Marinière en coton bio");
  await expect(item).toContainText("Bleu marine / M");
  await expect(page.getByText("Un article déplacé dans le panier quitte la liste.", { exact: false })).toBeVisible();
  const listUrl = page.url();

  await item.getByRole("button", { name: "Déplacer dans le panier" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("1 article déplacé dans le panier.");
  await expect(page.getByTestId("list-item")).toHaveCount(0);
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  await page.goto("/fr/cart");
  await expect(page.getByRole("main").getByTestId("cart-line")).toContainText("Marinière en coton bio");

  // Another customer's list URL is a 404.
  const other = await anotherCustomerPage();
  expect((await other.goto(listUrl))?.status()).toBe(404);
});

test("P4: a viewed product appears in interests, clear empties it, switch off stops recording", async ({
  page,
  newSignedInCustomer,
}) => {
  await newSignedInCustomer();
  let recorded = productViewRecorded(page);
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await recorded;

  await page.goto("/fr/account/interests");
  await expect(page.getByTestId("interest")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Confiture extra d’abricots du Roussillon" })).toBeVisible();

  await page.getByRole("button", { name: "Tout effacer" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Vos centres d’intérêt ont été effacés.");
  await expect(page.getByTestId("interest")).toHaveCount(0);
  await expect(page.getByText("Aucun produit consulté n’est enregistré.")).toBeVisible();

  // Switched off: nothing more is recorded.
  await page.getByRole("switch", { name: "Enregistrer les produits que je consulte" }).uncheck();
  await expect(page.getByLabel("Effacer aussi les produits déjà enregistrés")).toBeChecked();
  await page.getByRole("button", { name: "Valider ce réglage" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "L’enregistrement est arrêté et les produits enregistrés ont été effacés.",
  );
  await expect(page.getByTestId("recording-state")).toHaveText("Enregistrement arrêté");

  recorded = productViewRecorded(page);
  await page.goto("/fr/product/theiere-gres-emaille");
  await recorded;
  await page.goto("/en/account/interests");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interests");
  await expect(page.getByRole("switch", { name: "Record the products I view" })).not.toBeChecked();
  await expect(page.getByTestId("interest")).toHaveCount(0);

  // On again: recording resumes.
  await page.getByRole("switch", { name: "Record the products I view" }).check();
  await page.getByRole("button", { name: "Apply this setting" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Recording of viewed products is on.");
  recorded = productViewRecorded(page);
  await page.goto("/en/product/confiture-abricot-roussillon");
  await recorded;
  await page.goto("/en/account/interests");
  await expect(page.getByRole("link", { name: "Roussillon apricot jam" })).toBeVisible();
});
