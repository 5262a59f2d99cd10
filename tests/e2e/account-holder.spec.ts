// Who holds the account (P26, P27), as a new customer sees it: they sign up through the real form, confirm
// their address from the e-mail, sign in, and Mon compte names the holder: themselves, or the organization
// they signed up for, with its members.
import type { Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expect, PASSWORD, test, type Account } from "./support/fixtures";
import { linkFromOutbox } from "./support/outbox";
import type { Db } from "@/lib/db/client";

// Sign-up, verification and sign-in each hash a password with production scrypt.
test.describe.configure({ timeout: 60_000 });

const stamp = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

/** Confirms the address from the sign-up e-mail (in the browser that signed up), then signs in. */
async function verifyAndSignIn(page: Page, db: Db, email: string) {
  await expect(page).toHaveURL(/\/fr\/sign-up\/check-email$/);
  await page.goto(await linkFromOutbox(db, email, /https?:\/\/\S+\/fr\/verify-email\?token=[\w-]+/));
  await expect(page.getByTestId("verify-result")).toHaveText(
    "Votre adresse e-mail est confirmée. Vous pouvez vous connecter.",
  );
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fr\/account$/);
}

/** Accounts made by signing up are not the fixtures' own: remove them (and their organization) afterwards. */
async function removeSignedUp(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, memberships: true } });
  if (!user) return;
  const organizations = user.memberships.map((membership) => membership.organizationId);
  await db.organization.deleteMany({ where: { id: { in: organizations } } });
  await db.user.delete({ where: { id: user.id } });
}

test("P26: sign up, account holder shown", async ({ page, db }) => {
  const email = `e2e-holder-${stamp()}@example.fr`;
  try {
    await page.goto("/fr/sign-up");
    await page.getByLabel("Nom complet").fill("Camille Martin");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await verifyAndSignIn(page, db, email);

    const holder = page.getByRole("region", { name: "Titulaire du compte" });
    await expect(holder).toContainText("Ce compte est à votre nom : vous en êtes le titulaire.");
    await expect(holder.getByTestId("account-holder-name")).toHaveText("Vous (Camille Martin)");
    await expect(holder).toContainText(/Titulaire depuis le \d{1,2} \S+ \d{4}/);
    // A person's account shows no organization.
    await expect(holder.getByRole("table")).toHaveCount(0);
  } finally {
    await removeSignedUp(db, email);
  }
});

test("P27: organization sign-up shows the organization and its members", async ({ page, db, newAccount }) => {
  const id = stamp();
  const email = `e2e-holder-org-${id}@example.fr`;
  const organizationName = `Atelier ${id} SARL`;
  try {
    await page.goto("/fr/sign-up");
    await page.getByLabel("pour le compte de mon organisation").check();
    await expect(page.getByTestId("holder-note")).toHaveText(
      "L’organisation sera titulaire du compte ; vous en serez membre.",
    );
    await page.getByLabel("Nom complet").fill("Dominique Leroy");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByLabel("Nom de l’organisation").fill(organizationName);
    await page.getByLabel("Numéro de TVA intracommunautaire").fill("FR 40 303 265 045");
    await page.getByLabel("Votre fonction").fill("Gérante");
    await page.getByLabel(/J’atteste être habilité\(e\)/).check();
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await verifyAndSignIn(page, db, email);

    // A colleague joins the organization (the invitation itself is tested in accounts' integration tests).
    const colleague: Account = await newAccount({ name: "Lou Bernard" });
    const { organizationId } = await db.organizationMember.findFirstOrThrow({
      where: { user: { email } },
      select: { organizationId: true },
    });
    await db.organizationMember.create({ data: { organizationId, userId: colleague.id, role: "member" } });
    await page.reload();

    const holder = page.getByRole("region", { name: "Titulaire du compte" });
    await expect(holder).toContainText(`Ce compte appartient à ${organizationName}. Vous en êtes propriétaire.`);
    await expect(holder.getByTestId("account-holder-name")).toHaveText(organizationName);
    await expect(holder).toContainText("FR40303265045");
    await expect(holder).toContainText(/Attesté par vous le \d{1,2} \S+ \d{4}/);

    const members = holder.getByRole("table", { name: `Membres de ${organizationName}` });
    const rows = members.getByTestId("account-holder-member");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0).getByRole("cell").first()).toHaveText(/^Dominique Leroy\s*\(vous\)$/);
    await expect(rows.nth(0)).toContainText(email);
    await expect(rows.nth(0)).toContainText("Propriétaire");
    await expect(rows.nth(1)).toContainText("Lou Bernard");
    await expect(rows.nth(1)).toContainText(colleague.email);
    await expect(rows.nth(1)).toContainText("Membre");
  } finally {
    await removeSignedUp(db, email);
  }
});
