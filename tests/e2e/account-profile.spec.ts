// Mon compte: profile, e-mail and password changes, address book, newsletter preferences (P2, P13).
import { signIn } from "./support/accounts";
import { expect, PASSWORD, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";

// Each test hashes its account's password with production scrypt: slower than a page view.
test.describe.configure({ timeout: 60_000 });

test("P13: edit each profile field, reload, value kept", async ({ page, newSignedInCustomer }) => {
  await newSignedInCustomer();
  await page.goto("/fr/account/profile");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Profil");
  // The country picker starts on France.
  await expect(main.getByLabel("Indicatif du pays")).toHaveValue("FR");

  await main.getByLabel("Nom complet").fill("Camille Martin");
  await main.getByLabel("Indicatif du pays").selectOption("BE");
  await main.getByLabel("Numéro de téléphone (facultatif)").fill("0470 12 34 56");
  await main.getByLabel("Langue préférée").selectOption("en");
  await main.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(main.getByRole("status")).toHaveText("Vos informations sont enregistrées.");

  await page.reload();
  await expect(main.getByLabel("Nom complet")).toHaveValue("Camille Martin");
  await expect(main.getByLabel("Indicatif du pays")).toHaveValue("BE");
  await expect(main.getByLabel("Numéro de téléphone (facultatif)")).toHaveValue("0470 12 34 56");
  await expect(main.getByLabel("Langue préférée")).toHaveValue("en");

  // Each field again, the phone cleared this time.
  await main.getByLabel("Nom complet").fill("Camille Durand");
  await main.getByLabel("Numéro de téléphone (facultatif)").fill("");
  await main.getByLabel("Langue préférée").selectOption("fr");
  await main.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(main.getByRole("status")).toHaveText("Vos informations sont enregistrées.");
  await page.reload();
  await expect(main.getByLabel("Nom complet")).toHaveValue("Camille Durand");
  await expect(main.getByLabel("Numéro de téléphone (facultatif)")).toHaveValue("");
  await expect(main.getByLabel("Indicatif du pays")).toHaveValue("FR");
  await expect(main.getByLabel("Langue préférée")).toHaveValue("fr");
});

test("P2: a bad phone number shows a localized error and keeps what was typed", async ({
  page,
  newSignedInCustomer,
}) => {
  await newSignedInCustomer();
  await page.goto("/fr/account/profile");
  const main = page.getByRole("main");
  await main.getByLabel("Nom complet").fill("Dominique Leroy");
  await main.getByLabel("Indicatif du pays").selectOption("DE");
  await main.getByLabel("Numéro de téléphone (facultatif)").fill("12 34");
  await main.getByRole("button", { name: "Enregistrer", exact: true }).click();

  await expect(main.getByRole("alert")).toHaveText("Veuillez corriger les champs signalés.");
  const phone = main.getByLabel("Numéro de téléphone (facultatif)");
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  // The help, then the shop's one message for this error ("Errors").
  await expect(phone).toHaveAccessibleDescription(
    "Par exemple 06 12 34 56 78. Laissez le champ vide pour retirer votre numéro. " +
      "Ce numéro de téléphone n’est pas valide pour le pays choisi (ex. +33 6 12 34 56 78).",
  );
  await expect(phone).toHaveValue("12 34");
  await expect(main.getByLabel("Indicatif du pays")).toHaveValue("DE");
  await expect(main.getByLabel("Nom complet")).toHaveValue("Dominique Leroy");

  // Nothing was saved.
  await page.reload();
  await expect(main.getByLabel("Nom complet")).toHaveValue("");
});

test("P13: add an address, listed after reload, then set as default", async ({ page, newSignedInCustomer }) => {
  await newSignedInCustomer();
  await page.goto("/fr/account/addresses");
  const main = page.getByRole("main");
  await expect(main.getByText("Vous n’avez pas encore enregistré d’adresse.")).toBeVisible();

  // The first address is offered as the default of both kinds.
  await main.getByRole("link", { name: "Ajouter une adresse" }).click();
  await expect(main.getByLabel("Utiliser comme adresse de livraison par défaut")).toBeChecked();
  await main.getByLabel("Nom complet").fill("Camille Martin");
  await main.getByLabel("Adresse", { exact: true }).fill("12 rue des Lilas");
  await main.getByLabel("Code postal").fill("69003");
  await main.getByLabel("Ville").fill("Lyon");
  await main.getByRole("button", { name: "Enregistrer l’adresse" }).click();
  await expect(main.getByRole("status")).toHaveText("L’adresse est ajoutée.");

  // A second one, first with a postal code that does not fit the country: the error keeps what was typed.
  await main.getByRole("link", { name: "Ajouter une adresse" }).click();
  await expect(main.getByLabel("Utiliser comme adresse de livraison par défaut")).not.toBeChecked();
  await main.getByLabel("Nom complet").fill("Camille Martin");
  await main.getByLabel("Société (facultatif)").fill("Atelier Bleu");
  await main.getByLabel("Adresse", { exact: true }).fill("8 rue du Port");
  await main.getByLabel("Code postal").fill("75");
  await main.getByLabel("Ville").fill("Bruxelles");
  await main.getByLabel("Pays").selectOption("BE");
  await main.getByLabel("Téléphone (facultatif)").fill("+32 470 12 34 56");
  await main.getByRole("button", { name: "Enregistrer l’adresse" }).click();
  await expect(main.getByLabel("Code postal")).toHaveAccessibleDescription(
    "Ce code postal n’est pas valide pour ce pays.",
  );
  await expect(main.getByLabel("Adresse", { exact: true })).toHaveValue("8 rue du Port");
  await expect(main.getByLabel("Pays")).toHaveValue("BE");
  await main.getByLabel("Code postal").fill("1000");
  await main.getByRole("button", { name: "Enregistrer l’adresse" }).click();
  await expect(main.getByRole("status")).toHaveText("L’adresse est ajoutée.");

  await page.reload();
  const port = main.getByRole("listitem").filter({ hasText: "8 rue du Port" });
  const lilas = main.getByRole("listitem").filter({ hasText: "12 rue des Lilas" });
  await expect(port).toContainText("1000 Bruxelles");
  await expect(port).toContainText("Belgique");
  await expect(port).toContainText("+32 470 12 34 56");
  await expect(lilas).toContainText("Livraison par défaut");
  await expect(port).not.toContainText("Livraison par défaut");

  await port.getByRole("button", { name: /^Livrer ici par défaut/ }).click();
  await expect(main.getByRole("status")).toHaveText(
    "Cette adresse est désormais votre adresse de livraison par défaut.",
  );
  await page.reload();
  await expect(port).toContainText("Livraison par défaut");
  await expect(lilas).not.toContainText("Livraison par défaut");
  await expect(lilas).toContainText("Facturation par défaut");

  // An address id that is not one of the customer's is a 404.
  expect((await page.goto("/fr/account/addresses/not-an-address-of-mine"))?.status()).toBe(404);

  // The checkout starts from the default addresses.
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  await page.goto("/fr/checkout");
  const shipping = page.getByRole("group", { name: "Adresse de livraison" });
  await expect(shipping.getByLabel("Adresse", { exact: true })).toHaveValue("8 rue du Port");
  await expect(shipping.getByLabel("Pays")).toHaveValue("BE");
  const billing = page.getByRole("group", { name: "Adresse de facturation" });
  await expect(billing.getByLabel("Adresse", { exact: true })).toHaveValue("12 rue des Lilas");

  // Deleted from a second tab: the first tab's button is refused with the shop's message, nothing else changes.
  await page.goto("/fr/account/addresses");
  const otherTab = await page.context().newPage();
  await otherTab.goto("/fr/account/addresses");
  await otherTab.getByRole("button", { name: /^Supprimer l’adresse « Camille Martin, 12 rue des Lilas/ }).click();
  await expect(otherTab.getByRole("main").getByRole("status")).toHaveText("L’adresse est supprimée.");
  await expect(otherTab.getByRole("list", { name: "Mes adresses" }).getByRole("listitem")).toHaveCount(1);
  await otherTab.close();
  await lilas.getByRole("button", { name: /^Livrer ici par défaut/ }).click();
  await expect(lilas.getByRole("alert")).toHaveText("Cet élément n’existe plus.");
  await page.reload();
  await expect(main.getByRole("list", { name: "Mes adresses" }).getByRole("listitem")).toHaveCount(1);
  await expect(port).toContainText("Livraison par défaut");
});

test("P13: change the password, then sign in with the new one; other devices are signed out", async ({
  page,
  browser,
  newAccount,
  signInDirectly,
}) => {
  const account = await newAccount();
  const email = account.email;
  const otherContext = await browser.newContext();
  await signInDirectly(otherContext, account);
  const otherDevice = await otherContext.newPage();
  await signInDirectly(page.context(), account);

  await page.goto("/fr/account/profile");
  const main = page.getByRole("main");
  await main.getByRole("link", { name: "Changer de mot de passe" }).click();
  await main.getByLabel("Mot de passe actuel").fill("pas le bon mot de passe");
  await main.getByLabel("Nouveau mot de passe").fill("un tout nouveau secret");
  await main.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(main.getByLabel("Mot de passe actuel")).toHaveAccessibleDescription("Le mot de passe est incorrect.");
  // Passwords are never sent back to the page.
  await expect(main.getByLabel("Mot de passe actuel")).toHaveValue("");
  await expect(main.getByLabel("Nouveau mot de passe")).toHaveValue("");

  await main.getByLabel("Mot de passe actuel").fill(PASSWORD);
  await main.getByLabel("Nouveau mot de passe").fill("un tout nouveau secret");
  await main.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(main.getByRole("status")).toHaveText(
    "Votre mot de passe est modifié. 1 autre appareil a été déconnecté.",
  );

  // This browser stays signed in; the other one is out.
  await page.goto("/fr/account");
  await expect(page).toHaveURL(/\/fr\/account$/);
  await otherDevice.goto("/fr/account");
  await expect(otherDevice).toHaveURL(/\/fr\/sign-in/);
  await signIn(otherDevice, email);
  await expect(otherDevice.getByRole("main").getByRole("alert")).toBeVisible();
  await signIn(otherDevice, email, "un tout nouveau secret");
  await expect(otherDevice).toHaveURL(/\/fr\/account$/, { timeout: 20_000 });
  await otherContext.close();
});

test("P13: an e-mail change sends a link to the new address", async ({ page, newSignedInCustomer, db }) => {
  const { email } = await newSignedInCustomer();
  await page.goto("/fr/account/profile");
  const main = page.getByRole("main");
  await expect(main.getByTestId("current-email")).toContainText(email);
  await main.getByRole("link", { name: "Changer d’adresse e-mail" }).click();
  const newEmail = `nouvelle-${Date.now()}@example.fr`;
  // A wrong current password is refused next to its input; the new address typed stays.
  await main.getByLabel("Nouvelle adresse e-mail").fill(newEmail);
  await main.getByLabel("Mot de passe actuel").fill("pas le bon mot de passe");
  await main.getByRole("button", { name: "Envoyer le lien de confirmation" }).click();
  await expect(main.getByLabel("Mot de passe actuel")).toHaveAccessibleDescription(
    "Pour vérifier que c’est bien vous. Le mot de passe est incorrect.",
  );
  await expect(main.getByLabel("Nouvelle adresse e-mail")).toHaveValue(newEmail);
  await main.getByLabel("Mot de passe actuel").fill(PASSWORD);
  await main.getByRole("button", { name: "Envoyer le lien de confirmation" }).click();
  // The same answer whether or not the address has an account (P12): the form tells no one who is a customer.
  await expect(main.getByRole("status")).toContainText(`Si l’adresse ${newEmail} peut être utilisée`);
  const [sent] = await emailsTo(db, newEmail);
  expect(sent?.template).toBe("change-email");
  expect(sent?.text).toMatch(/\/fr\/confirm-email-change\?token=[\w-]+/);
});

test("P13: newsletter and promotions preferences are toggled and kept after reload", async ({
  page,
  newSignedInCustomer,
}) => {
  await newSignedInCustomer();
  await page.goto("/fr/account/preferences");
  const main = page.getByRole("main");
  const newsletter = main.getByRole("switch", { name: "Recevoir la newsletter" });
  const promotions = main.getByRole("switch", { name: "Recevoir les offres promotionnelles" });
  // Never ticked for the customer.
  await expect(newsletter).not.toBeChecked();
  await expect(promotions).not.toBeChecked();

  await newsletter.check();
  await main.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(main.getByRole("status")).toHaveText(
    "Vos préférences sont enregistrées : newsletter en attente de confirmation, offres promotionnelles désactivées.",
  );
  await page.reload();
  await expect(newsletter).toBeChecked();
  await expect(promotions).not.toBeChecked();

  await newsletter.uncheck();
  await promotions.check();
  await main.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(main.getByRole("status")).toContainText(
    "newsletter désactivée, offres promotionnelles en attente de confirmation",
  );
  await page.reload();
  await expect(newsletter).not.toBeChecked();
  await expect(promotions).toBeChecked();
});

test("P13: the profile page in English", async ({ page, newSignedInCustomer }) => {
  await newSignedInCustomer();
  await page.goto("/en/account/profile");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Profile");
  await main.getByLabel("Full name").fill("Sam Taylor");
  await main.getByLabel("Country code").selectOption("GB");
  await main.getByLabel("Phone number (optional)").fill("07400 12345");
  await main.getByRole("button", { name: "Save", exact: true }).click();
  await expect(main.getByLabel("Phone number (optional)")).toHaveAccessibleDescription(
    "For example 06 12 34 56 78. Leave the field empty to remove your number. " +
      "This phone number is not valid for the chosen country (e.g. +33 6 12 34 56 78).",
  );
  await main.getByLabel("Phone number (optional)").fill("07400 123456");
  await main.getByRole("button", { name: "Save", exact: true }).click();
  await expect(main.getByRole("status")).toHaveText("Your details have been saved.");
  await page.reload();
  await expect(main.getByLabel("Country code")).toHaveValue("GB");
  await expect(main.getByLabel("Phone number (optional)")).toHaveValue("07400 123456");
  await expect(main.getByRole("link", { name: "Change password" })).toBeVisible();
});
