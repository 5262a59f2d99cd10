// Sign-in (P12, P13), revocable sessions, cart merge at sign-in (P16), the /admin area and the outbox viewer
// hidden from non-admins.
import { signIn } from "./support/accounts";
import { expect, PASSWORD, test } from "./support/fixtures";
import { linkFromOutbox } from "./support/outbox";
import { enrolSecondFactor } from "./support/second-factor";

// Each test hashes its accounts' passwords with production scrypt: slower than a page view.
test.describe.configure({ timeout: 60_000 });

test("P12: a wrong password and an unknown e-mail get the same message; the right one opens Mon compte", async ({
  page,
  newAccount,
}) => {
  const { email } = await newAccount();
  await signIn(page, email, "pas le bon");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
  await signIn(page, `inconnu-${Date.now()}@example.fr`, "pas le bon");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");

  await signIn(page, email);
  await expect(page).toHaveURL(/\/fr\/account$/);
  await expect(page.getByTestId("signed-in-as")).toContainText(email);
  await expect(page.getByTestId("account-link")).toHaveText("Mon compte");
});

test("P16: the guest cart is kept when signing in", async ({ page, newAccount }) => {
  const { email } = await newAccount();
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fr\/account$/);
  await page.goto("/fr/cart");
  await expect(page.getByRole("main").getByTestId("cart-line")).toHaveCount(1);
});

test("a revoked session is refused on its next request: sign out everywhere", async ({ browser, newAccount }) => {
  const { email } = await newAccount();
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  await signIn(laptop, email);
  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/fr\/account$/);

  await laptop.goto("/fr/account/security");
  await laptop.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
  await expect(laptop).toHaveURL(/\/fr$/);

  await phone.goto("/fr/account");
  await expect(phone).toHaveURL(/\/fr\/sign-in/);
});

test("/admin is a 404 for visitors and customers, and opens for an admin after the second factor", async ({
  page,
  browser,
  newAccount,
  db,
  cookieSecret,
}) => {
  expect((await page.goto("/fr/admin"))?.status()).toBe(404);
  await signIn(page, (await newAccount()).email);
  await expect(page).toHaveURL(/\/fr\/account$/);
  expect((await page.goto("/fr/admin"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");

  const adminPage = await (await browser.newContext()).newPage();
  const adminAccount = await newAccount({ role: "admin" });
  await signIn(adminPage, adminAccount.email);
  await expect(adminPage).toHaveURL(/\/fr\/account$/);
  // P12: the password alone does not open the back office.
  await adminPage.goto("/en/admin");
  await expect(adminPage).toHaveURL(/\/en\/admin\/second-factor$/);
  await enrolSecondFactor(adminPage, { db, cookieSecret, userId: adminAccount.id, locale: "en" });
  const admin = await adminPage.goto("/en/admin");
  expect(admin?.status()).toBe(200);
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
});

test("P12: the outbox viewer (reset links!) is a 404 for visitors and customers, and opens for an admin", async ({
  page,
  browser,
  newAccount,
  db,
  cookieSecret,
}) => {
  const stamp = `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  const email = await db.emailOutbox.create({
    data: {
      key: `e2e-outbox-viewer:${stamp}`,
      template: "reset-password",
      locale: "fr",
      to: `e2e-outbox-${stamp}@example.fr`,
      subject: `Réinitialisation ${stamp}`,
      html: "<p>https://example.invalid/fr/reset-password?token=e2e</p>",
      text: "https://example.invalid/fr/reset-password?token=e2e",
    },
  });
  try {
    const pages = ["/fr/dev/outbox", `/fr/dev/outbox/${email.id}`];
    for (const path of pages) {
      expect((await page.goto(path))?.status(), `${path}, signed out`).toBe(404);
      await expect(page.getByRole("main")).not.toContainText(stamp);
    }
    await signIn(page, (await newAccount()).email);
    await expect(page).toHaveURL(/\/fr\/account$/);
    for (const path of pages) {
      expect((await page.goto(path))?.status(), `${path}, as a customer`).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    }

    const adminPage = await (await browser.newContext()).newPage();
    const adminAccount = await newAccount({ role: "admin" });
    await signIn(adminPage, adminAccount.email);
    await expect(adminPage).toHaveURL(/\/fr\/account$/);
    await enrolSecondFactor(adminPage, { db, cookieSecret, userId: adminAccount.id });
    expect((await adminPage.goto("/fr/dev/outbox"))?.status()).toBe(200);
    await adminPage.getByRole("row").filter({ hasText: stamp }).getByRole("link").click();
    await expect(adminPage).toHaveURL(new RegExp(`/fr/dev/outbox/${email.id}$`));
    await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(`Réinitialisation ${stamp}`);
  } finally {
    await db.emailOutbox.delete({ where: { id: email.id } });
  }
});

test("P26: an individual signs up, confirms the address from the e-mail, then signs in", async ({ page, db }) => {
  const email = `e2e-signup-${Date.now()}@example.fr`;
  await page.goto("/fr/sign-up");
  await expect(page.getByTestId("holder-note")).toHaveText("Vous serez le titulaire du compte.");
  await page.getByLabel("Nom complet").fill("Camille Martin");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.locator("#password-error")).toHaveText("Le mot de passe doit contenir au moins 10 caractères.");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-up\/check-email$/);

  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Votre adresse e-mail n’est pas encore vérifiée : nous vous avons envoyé un nouveau lien.",
  );

  const link = await linkFromOutbox(db, email, /https?:\/\/\S+\/fr\/verify-email\?token=[\w-]+/);
  await page.goto(link);
  await expect(page.getByTestId("verify-result")).toHaveText(
    "Votre adresse e-mail est confirmée. Vous pouvez vous connecter.",
  );
  await page.goto(link);
  await expect(page.getByTestId("verify-result")).not.toHaveText(/confirmée/);

  await signIn(page, email);
  await expect(page).toHaveURL(/\/fr\/account$/);
});

test("P27: an organization sign-up without the authority attestation is refused; with it, it succeeds", async ({
  page,
}) => {
  await page.goto("/en/sign-up");
  await page.getByLabel("on behalf of my organisation").check();
  await expect(page.getByTestId("holder-note")).toHaveText(
    "The organisation will be the account holder; you will be a member.",
  );
  await page.getByLabel("Full name").fill("Sam Taylor");
  await page.getByLabel("E-mail address").fill(`e2e-org-${Date.now()}@example.fr`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Organisation name").fill("Atelier Martin SARL");
  await page.getByLabel("EU VAT number").fill("FR 40 303 265 045");
  await page.getByLabel("Your role").fill("Gérante");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/sign-up$/);
  await expect(page.locator("#attestAuthority-error")).toHaveText(
    "You must confirm that you are authorized to act on behalf of the organization.",
  );
  await expect(page.getByLabel("Organisation name")).toHaveValue("Atelier Martin SARL");

  // Everything typed is kept except the password, which is never sent back to the browser.
  await expect(page.getByLabel("Password")).toHaveValue("");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel(/I certify that I am authorised/).check();
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/sign-up\/check-email$/);
});
