// The back office's orders, end to end on the demo server: a shopper buys, the admin ships with a tracking
// number (the shopper's page shows it, the e-mail is in the outbox), a refund above what was paid is refused,
// a partial refund then the rest refunds the order, and the shopper sees it.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";

async function buyJam(page: Page, email: string): Promise<{ number: string; totalCents: number }> {
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
  const total = (await page.getByTestId("order-total").textContent())!.replace(/[^\d,]/g, "");
  const [euros, cents = "00"] = total.split(",");
  return { number, totalCents: Number(euros) * 100 + Number(cents) };
}

const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;

test("an admin ships an order with its tracking number and refunds it in two parts; the shopper sees each step", async ({
  page,
  browser,
  db,
  newAccount,
  signInDirectly,
}) => {
  const email = `e2e-orders-${Date.now()}@example.fr`;
  const { number, totalCents } = await buyJam(page, email);
  const shopperOrder = page.url();

  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    await signInDirectly(context, await newAccount({ role: "admin", name: "Alex Admin" }));
    const admin = await context.newPage();
    await admin.goto("/fr/admin");
    await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await admin
      .getByRole("navigation", { name: "Rubriques de l’administration" })
      .getByRole("link", { name: "Commandes", exact: true })
      .click();
    await expect(admin).toHaveURL(/\/fr\/admin\/orders$/);
    await admin.getByLabel("Rechercher", { exact: true }).fill(number);
    await admin.getByRole("button", { name: "Filtrer", exact: true }).click();
    await expect(admin).toHaveURL(new RegExp(`q=${number}`));
    await admin.getByRole("link", { name: number }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Commande ${number}`);

    // Ship: a tracking number typed with spaces is kept as the carrier prints it.
    await admin.getByLabel("Transporteur").selectOption({ label: "Colissimo" });
    await admin.getByLabel("Numéro de suivi").fill("6a 1234 5678 901");
    await admin.getByRole("button", { name: "Marquer comme expédiée" }).click();
    await expect(admin.getByTestId("admin-order-status")).toHaveAttribute("data-status", "fulfilled");
    await expect(admin.getByTestId("admin-shipment")).toContainText("Numéro de suivi : 6A12345678901");

    await page.goto(shopperOrder);
    await expect(page.getByTestId("order-status")).toHaveText("Cette commande a été expédiée.");
    await expect(page.getByTestId("order-shipment")).toContainText("Numéro de suivi : 6A12345678901");
    const shippedEmail = (await emailsTo(db, email)).find((e) => e.template === "order-shipped");
    expect(shippedEmail?.subject).toBe(`Votre commande ${number} est expédiée`);
    expect(shippedEmail?.text).toContain("6A12345678901");

    // A refund above what was paid is refused next to its field, the amount typed kept.
    const amount = admin.getByLabel("Montant à rembourser (€)");
    await amount.fill(euros(totalCents + 1));
    await admin.getByRole("button", { name: "Rembourser", exact: true }).click();
    await expect(admin.locator("#amount-error")).toHaveText(
      "Ce montant dépasse ce qui reste à rembourser (le montant encaissé moins les remboursements déjà faits ou en cours).",
    );
    await expect(amount).toHaveValue(euros(totalCents + 1));

    await amount.fill("2,00");
    await admin.getByRole("button", { name: "Rembourser", exact: true }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Remboursement de 2,00" })).toBeVisible();
    await expect(admin.getByTestId("refundable")).toHaveText(new RegExp(euros(totalCents - 200)));
    await expect(admin.getByTestId("admin-order-status")).toHaveAttribute("data-status", "fulfilled");

    await amount.fill(euros(totalCents - 200));
    await admin.getByRole("button", { name: "Rembourser", exact: true }).click();
    await expect(admin.getByTestId("admin-order-status")).toHaveAttribute("data-status", "refunded");
    await expect(admin.getByTestId("refund-row")).toHaveCount(2);

    await page.goto(shopperOrder);
    await expect(page.getByTestId("order-status")).toHaveText("Cette commande a été remboursée.");
    await expect(page.getByTestId("order-refunds").getByRole("listitem")).toHaveCount(2);
    const refundEmails = (await emailsTo(db, email)).filter((e) => e.template === "order-refunded");
    expect(refundEmails).toHaveLength(2);
  } finally {
    await context.close();
  }
});
