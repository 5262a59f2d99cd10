// The shop's settings in the back office (P28, P25), on the shop with Stripe and PayPal configured (local fakes):
// switching PayPal off removes it from checkout at once, switching it on brings it back; a new phone number shows
// on the contact page. Both are the whole shop's settings: this spec runs in its own project, after every other
// (playwright.config.ts), and puts the settings back as they were.
import { fillCheckout } from "./support/card-checkout";
import { expect, test } from "./support/fixtures";

// Signing an admin in, filling forms and a checkout on a server that renders these pages for the first time.
test.describe.configure({ timeout: 90_000 });

test("P28: switching PayPal off removes it from checkout; switching it back on restores it", async ({
  page,
  browser,
  db,
  newAccount,
  signInDirectly,
}) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    await signInDirectly(context, await newAccount({ role: "admin" }));
    const admin = await context.newPage();
    await admin.goto("/fr/admin");
    // The consent banner sits over the bottom of the page: answer it first.
    await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await admin.getByRole("link", { name: "Réglages" }).click();
    await expect(admin).toHaveURL(/\/fr\/admin\/settings$/);
    await admin.getByRole("button", { name: "Désactiver PayPal" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "PayPal est désactivé." })).toBeVisible();
    await expect(admin.getByRole("button", { name: "Activer PayPal" })).toBeVisible();

    // A shopper's checkout, rendered after the switch: Stripe only.
    await fillCheckout(page, "/fr/product/confiture-abricot-roussillon", `e2e-settings-${Date.now()}@example.fr`);
    await expect(page.getByRole("radio", { name: "Carte bancaire (Stripe)" })).toBeVisible();
    await expect(page.getByRole("radio", { name: "PayPal" })).toHaveCount(0);

    await admin.getByRole("button", { name: "Activer PayPal" }).click();
    await expect(admin.getByRole("button", { name: "Désactiver PayPal" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("radio", { name: "PayPal" })).toBeVisible();
  } finally {
    await context.close();
    await db.paymentGateway.update({ where: { provider: "paypal" }, data: { enabled: true } });
  }
});

test("P25: a phone number changed at /admin/settings shows on the contact page", async ({
  page,
  browser,
  db,
  newAccount,
  signInDirectly,
}) => {
  const before = await db.shopSettings.findUniqueOrThrow({ where: { id: 1 } });
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    await signInDirectly(context, await newAccount({ role: "admin" }));
    const admin = await context.newPage();
    await admin.goto("/fr/admin/settings");
    await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
    // A number that is not one is refused on its field, with what was typed kept.
    await admin.getByLabel("Téléphone", { exact: true }).fill("12 34");
    await admin.getByRole("button", { name: "Enregistrer les coordonnées" }).click();
    await expect(admin.locator("#phone-error")).toHaveText(
      "Ce numéro de téléphone n’est pas valide pour le pays choisi (ex. +33 6 12 34 56 78).",
    );
    await expect(admin.getByLabel("Téléphone", { exact: true })).toHaveValue("12 34");

    await admin.getByLabel("Téléphone", { exact: true }).fill("04 78 12 34 56");
    await admin.getByRole("button", { name: "Enregistrer les coordonnées" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Coordonnées enregistrées" })).toBeVisible();

    await page.goto("/fr/contact");
    const phone = page.getByRole("main").getByRole("link", { name: "04 78 12 34 56" });
    await expect(phone).toHaveAttribute("href", "tel:+33478123456");
    // Not a toll-free number: the page does not call it free.
    await expect(page.getByRole("main")).not.toContainText("numéro vert");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "04 78 12 34 56" })).toBeVisible();
  } finally {
    await context.close();
    await db.shopSettings.update({
      where: { id: 1 },
      data: { phone: before.phone, email: before.email, address: before.address },
    });
  }
});
