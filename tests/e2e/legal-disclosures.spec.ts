// The register of legal disclosures (P24) in the back office: a 404 for customers; an admin records a
// disclosure, a refused entry keeps what was typed and says why next to the field.
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";

test("P24: only an admin opens the register; an entry with a future date is refused, kept, corrected and listed", async ({
  page,
  browser,
  db,
  newAccount,
  signInDirectly,
  newSignedInCustomer,
}) => {
  await newSignedInCustomer();
  expect((await page.goto("/fr/admin/legal-disclosures"))?.status()).toBe(404);

  const context = await browser.newContext({ locale: "fr-FR" });
  const authority = `Tribunal judiciaire de Lyon ${randomUUID()}`;
  try {
    await signInDirectly(context, await newAccount({ role: "admin", name: "Alex Admin" }));
    const admin = await context.newPage();
    await admin.goto("/fr/admin");
    // The consent banner sits over the bottom of the page: answer it first.
    await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await admin.getByRole("link", { name: "Registre des communications légales" }).click();
    await expect(admin).toHaveURL(/\/fr\/admin\/legal-disclosures$/);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Registre des communications légales");

    await admin.getByLabel("Autorité destinataire").fill(authority);
    await admin.getByLabel("Fondement légal").fill("Réquisition judiciaire, art. 60-1 du Code de procédure pénale");
    await admin.getByLabel("Données communiquées").fill("Commande PS-2026-000042 : nom et adresse de livraison");
    await admin.getByLabel("Date de la communication").fill("2099-01-01");
    await admin.getByRole("button", { name: "Inscrire au registre" }).click();
    await expect(admin.locator("#disclosedOn-error")).toHaveText(
      "Cette date n’est pas encore passée : indiquez le jour où c’est arrivé.",
    );
    await expect(admin.getByLabel("Autorité destinataire")).toHaveValue(authority);
    await expect(admin.getByLabel("Données communiquées")).toHaveValue(
      "Commande PS-2026-000042 : nom et adresse de livraison",
    );

    await admin.getByLabel("Date de la communication").fill("2026-11-28");
    await admin.getByRole("button", { name: "Inscrire au registre" }).click();
    // The form's own notice (the layout has a live region of its own).
    await expect(admin.getByRole("status").filter({ hasText: "La communication à" })).toHaveText(
      `La communication à ${authority} du 28 novembre 2026 est inscrite au registre.`,
    );
    await expect(admin.getByLabel("Autorité destinataire")).toHaveValue("");
    const row = admin.getByRole("table").getByRole("row").filter({ hasText: authority });
    await expect(row).toContainText("28 novembre 2026");
    await expect(row).toContainText("art. 60-1 du Code de procédure pénale");
    await expect(row).toContainText("Alex Admin");
  } finally {
    await context.close();
    await db.legalDisclosure.deleteMany({ where: { authority } });
  }
});
