// The admins' second factor in Chromium (P12): the first visit to the back office enrols an authenticator
// (the code is computed here from the key the shop stored, as the admin's app would), the recovery codes are
// shown once, and a later session passes the factor with one of them. Customers still get the 404.
import { openTotpKey, totpCode, totpStep } from "@/lib/auth/totp";
import { expect, test } from "./support/fixtures";

test("P12: an admin enrols at the first visit, then a new session passes the factor with a recovery code", async ({
  page,
  browser,
  db,
  cookieSecret,
  newAccount,
  signInDirectly,
  newSignedInCustomer,
}) => {
  await newSignedInCustomer();
  expect((await page.goto("/fr/admin/second-factor"))?.status()).toBe(404);

  const admin = await newAccount({ role: "admin", name: "Alex Admin" });
  const context = await browser.newContext({ locale: "fr-FR" });
  const later = await browser.newContext({ locale: "fr-FR" });
  try {
    await signInDirectly(context, admin, { secondFactor: false });
    const enrolling = await context.newPage();
    await enrolling.goto("/fr/admin/legal-disclosures");
    await expect(enrolling).toHaveURL(/\/fr\/admin\/second-factor$/);
    await enrolling.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await expect(enrolling.getByRole("img", { name: /QR code/ })).toBeVisible();

    const { secretSealed } = await db.adminSecondFactor.findUniqueOrThrow({ where: { userId: admin.id } });
    const key = openTotpKey(secretSealed, admin.id, cookieSecret);
    await enrolling.getByLabel("Code affiché par l’application").fill(totpCode(key, totpStep(new Date())));
    await enrolling.getByRole("button", { name: "Activer la double authentification" }).click();
    const codes = enrolling.getByRole("list", { name: /Codes de secours/ }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recoveryCode = (await codes.first().textContent())!.trim();
    await enrolling.getByRole("link", { name: "Continuer vers le back-office" }).click();
    await expect(enrolling).toHaveURL(/\/fr\/admin$/);

    // Another browser: password passed (signed in), second factor not yet.
    await signInDirectly(later, admin, { secondFactor: false });
    const verifying = await later.newPage();
    await verifying.goto("/fr/admin");
    await expect(verifying).toHaveURL(/\/fr\/admin\/second-factor$/);
    await verifying.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await verifying.getByLabel("Code de l’application ou code de secours").fill("000000");
    await verifying.getByRole("button", { name: "Vérifier", exact: true }).click();
    await expect(verifying.locator("#code-error")).toContainText("Ce code n’est pas valable");
    await verifying.getByLabel("Code de l’application ou code de secours").fill(recoveryCode);
    await verifying.getByRole("button", { name: "Vérifier", exact: true }).click();
    await expect(verifying.getByRole("status").filter({ hasText: "Code de secours accepté" })).toContainText(
      "Il vous en reste 9",
    );
    await verifying.getByRole("link", { name: "Continuer vers le back-office" }).click();
    await expect(verifying).toHaveURL(/\/fr\/admin$/);
  } finally {
    await context.close();
    await later.close();
  }
});
