// Sign-in by e-mail link (P12, P13, P16), forgotten password (P12) and organization invitations (P27),
// each followed from the e-mail as a customer would: the links are read from the e2e database's outbox.
import type { Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expect, PASSWORD, test } from "./support/fixtures";
import { emailsTo, linkFromOutbox } from "./support/outbox";

// Each test hashes its accounts' passwords with production scrypt: slower than a page view.
test.describe.configure({ timeout: 90_000 });

const SIGN_IN_LINK = /https?:\/\/\S+\/api\/auth\/callback\/link\?\S+/;

async function addToCart(page: Page, product: string) {
  await page.goto(`/fr/product/${product}`);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
}

test("P13, P16: sign in with the link from the e-mail; the guest cart joins the account's cart", async ({
  page,
  browser,
  newAccount,
  db,
}) => {
  const { email } = await newAccount();
  // The account already has a cart, filled in another browser and kept there by a password sign-in.
  const laptop = await (await browser.newContext()).newPage();
  await addToCart(laptop, "theiere-gres-emaille");
  await signIn(laptop, email);
  await expect(laptop).toHaveURL(/\/fr\/account$/);

  await addToCart(page, "confiture-abricot-roussillon");
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir un lien de connexion par e-mail" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\/check-email$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Si un compte existe avec cette adresse");

  const link = await linkFromOutbox(db, email, SIGN_IN_LINK);
  await page.goto(link);
  await expect(page).toHaveURL(/\/fr\/account$/);
  await expect(page.getByTestId("account-link")).toHaveText("Mon compte");
  await expect(page.getByTestId("signed-in-as")).toContainText(email);
  // Both lines: the merge ran in Auth.js's route handler and its cart cookie reached this browser.
  await page.goto("/fr/cart");
  await expect(page.getByRole("main").getByTestId("cart-line")).toHaveCount(2);

  // The same link again: our page, which says why and offers a new link.
  await page.goto(link);
  await expect(page).toHaveURL(/\/fr\/sign-in\/link-error\?error=Verification$/);
  await expect(page.getByTestId("link-error")).toContainText("a expiré ou a déjà été utilisé");
  // The browser lets "camille@localhost" through; the shop does not (no domain of the internet).
  await page.getByLabel("Adresse e-mail").fill("camille@localhost");
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  await expect(page.locator("#email-error")).toHaveText("Cette adresse e-mail n’est pas valide.");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("camille@localhost");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\/check-email$/);
});

test("P12: an unknown address sees the same screen and no e-mail is written", async ({ page, db }) => {
  const unknown = `e2e-nobody-${Date.now()}@example.fr`;
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(unknown);
  await page.getByRole("button", { name: "Recevoir un lien de connexion par e-mail" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\/check-email$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Si un compte existe avec cette adresse");
  expect(await emailsTo(db, unknown)).toHaveLength(0);
});

test("P12: forgotten password: reset from the e-mail, sign in with the new one; the link again says it was used", async ({
  page,
  newAccount,
  db,
}) => {
  const { email } = await newAccount();
  const newPassword = "un tout nouveau mot de passe";
  await page.goto("/fr/sign-in");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page).toHaveURL(/\/fr\/forgot-password$/);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir le lien" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("Si un compte existe avec cette adresse");

  const link = await linkFromOutbox(db, email, /https?:\/\/\S+\/fr\/reset-password\?token=[\w-]+/);
  // The same link, opened in another tab before the password is reset there.
  const staleTab = await page.context().newPage();
  await staleTab.goto(link);
  await page.goto(link);
  await page.getByLabel("Nouveau mot de passe").fill("court");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.locator("#password-error")).toHaveText("Le mot de passe doit contenir au moins 10 caractères.");
  await page.getByLabel("Nouveau mot de passe").fill(newPassword);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\?notice=passwordReset$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Votre mot de passe a été modifié");

  await staleTab.getByLabel("Nouveau mot de passe").fill("encore un autre mot de passe");
  await staleTab.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(staleTab.getByTestId("reset-failure")).toHaveText(
    "Ce lien a déjà été utilisé ou remplacé par un plus récent.",
  );

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/fr\/account$/);

  await page.goto(link);
  await expect(page.getByTestId("reset-failure")).toHaveText(
    "Ce lien a déjà été utilisé, ou un lien plus récent l’a remplacé.",
  );
  await page.getByRole("link", { name: "Demander un nouveau lien" }).click();
  await expect(page).toHaveURL(/\/fr\/forgot-password$/);
});

test("P12: someone signs up with another person's address; the owner's link asks for a password of their own and the stranger's stops working", async ({
  page,
  browser,
  db,
}) => {
  const email = `e2e-preregistered-${Date.now()}-${Math.round(Math.random() * 1e6)}@example.fr`;
  const strangerPassword = "le mot de passe d’un inconnu";
  try {
    await page.goto("/fr/sign-up");
    await page.getByLabel("Nom complet").fill("Un inconnu");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(strangerPassword);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page).toHaveURL(/\/fr\/sign-up\/check-email$/);

    // The owner of the mailbox opens the link in their own browser: nothing is confirmed before they choose.
    const owner = await (await browser.newContext()).newPage();
    await owner.goto(await linkFromOutbox(db, email, /https?:\/\/\S+\/fr\/verify-email\?token=[\w-]+/));
    await expect(owner.getByTestId("choose-password")).toContainText("un autre navigateur");
    await owner.getByLabel("Mot de passe du compte").fill(PASSWORD);
    await owner.getByRole("button", { name: "Confirmer mon adresse" }).click();
    await expect(owner).toHaveURL(/\/fr\/sign-in\?notice=addressVerified$/);
    await expect(owner.getByRole("main").getByRole("status")).toContainText("Votre adresse e-mail est confirmée");

    await signIn(page, email, strangerPassword);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
    await signIn(owner, email, PASSWORD);
    await expect(owner).toHaveURL(/\/fr\/account$/);
  } finally {
    await db.user.deleteMany({ where: { email } });
  }
});

test("P27: an owner invites a member, who creates an account from the e-mail and sees the organization", async ({
  page,
  browser,
  db,
}) => {
  const stamp = `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  const owner = `e2e-owner-${stamp}@example.fr`;
  const member = `e2e-member-${stamp}@example.fr`;
  const organization = `Atelier ${stamp}`;

  await page.goto("/fr/sign-up");
  await page.getByLabel("pour le compte de mon organisation").check();
  await page.getByLabel("Nom complet").fill("Dominique Leroy");
  await page.getByLabel("Adresse e-mail").fill(owner);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByLabel("Nom de l’organisation").fill(organization);
  await page.getByLabel("Numéro de TVA intracommunautaire").fill("FR 40 303 265 045");
  await page.getByLabel("Votre fonction").fill("Gérante");
  await page.getByLabel(/J’atteste être habilité/).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-up\/check-email$/);
  await page.goto(await linkFromOutbox(db, owner, /https?:\/\/\S+\/fr\/verify-email\?token=[\w-]+/));
  await expect(page.getByTestId("verify-result")).toContainText("confirmée");
  await signIn(page, owner);
  await expect(page).toHaveURL(/\/fr\/account$/);

  await page.goto("/fr/account/organization");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisation");
  await expect(page.getByRole("heading", { level: 2, name: organization })).toBeVisible();
  await expect(page.getByTestId("organization-member")).toContainText(["Propriétaire"]);
  await page.getByLabel("Adresse e-mail de la personne à inviter").fill(member);
  await page.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Invitation envoyée à ${member}.`);
  await expect(page.getByTestId("pending-invitation")).toContainText([member]);

  const invitee = await (await browser.newContext()).newPage();
  const link = await linkFromOutbox(db, member, /https?:\/\/\S+\/fr\/accept-invitation\?token=[\w-]+/);
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(`Rejoindre ${organization}`);
  await expect(invitee.getByLabel("Adresse e-mail")).toHaveValue(member);
  await invitee.getByLabel("Nom complet").fill("Lou Martin");
  await invitee.getByLabel("Mot de passe").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Créer mon compte et rejoindre l’organisation" }).click();
  await expect(invitee).toHaveURL(/\/fr\/account\/organization$/);
  await expect(invitee.getByTestId("organization-member")).toHaveCount(2);
  await expect(invitee.getByTestId("organization-member").filter({ hasText: member })).toContainText("Membre");
  // A member sees the organization, not the invitation form (and inviteMember would refuse them anyway).
  await expect(invitee.getByText("Seuls les propriétaires de l’organisation peuvent inviter")).toBeVisible();
  await expect(invitee.getByLabel("Adresse e-mail de la personne à inviter")).toHaveCount(0);

  await invitee.goto("/en/account/organization");
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Organisation");
  await expect(invitee.getByTestId("organization-member").filter({ hasText: owner })).toContainText("Owner");

  await invitee.goto(link);
  await expect(invitee.getByTestId("invitation-failure")).toContainText("déjà été acceptée");
});
