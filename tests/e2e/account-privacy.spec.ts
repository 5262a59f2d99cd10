// P21 testimonials (name shown only with consent, withdrawn at once) and P14 "Mes données": download my
// data, delete my account.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expect, PASSWORD, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";

// Passwords are hashed with production scrypt: slower than a page view.
test.describe.configure({ timeout: 90_000 });

const unique = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

async function writeTestimonial(page: Page, body: string, showName: boolean) {
  await page.goto("/fr/account/testimonials");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes témoignages");
  const consent = page.getByLabel("Afficher mon prénom et l’initiale de mon nom");
  // The consent is separate and never pre-ticked.
  await expect(consent).not.toBeChecked();
  // The rating is a group of radio buttons named by its legend.
  await page.getByRole("group", { name: "Votre note" }).getByRole("radio", { name: "4 étoiles sur 5" }).check();
  await page.getByLabel("Votre témoignage").fill(body);
  if (showName) await consent.check();
  await page.getByRole("button", { name: "Envoyer mon témoignage" }).click();
  // P21: it waits for a moderator (approving it is tested in admin-testimonials.spec.ts).
  await expect(page.getByRole("status").filter({ hasText: "Merci" })).toHaveText(
    "Merci ! Votre témoignage sera publié après relecture par notre équipe.",
  );
}

const publicTestimonial = (page: Page, body: string) => page.getByTestId("testimonial").filter({ hasText: body });

test("P21: testimonial consent withdrawal hides the name on the public page", async ({
  page,
  db,
  newSignedInCustomer,
}) => {
  const author = await newSignedInCustomer({ name: "Apolline de Rochefort" });

  // A testimonial without a rating is refused, and what was typed stays.
  const body = `Linge magnifique, livraison soignée (${unique()}).`;
  await page.goto("/fr/account/testimonials");
  await page.getByLabel("Votre témoignage").fill(body);
  await page.getByRole("button", { name: "Envoyer mon témoignage" }).click();
  await expect(page.locator("#rating-error")).toHaveText("Choisissez une note de 1 à 5.");
  await expect(page.getByLabel("Votre témoignage")).toHaveValue(body);

  await writeTestimonial(page, body, true);
  // Approved by a moderator (the back office's moderation is admin-testimonials.spec.ts).
  await db.testimonial.updateMany({ where: { userId: author.id, body }, data: { status: "published" } });
  const own = page.getByTestId("own-testimonial").filter({ hasText: body });
  await page.reload();
  await expect(own).toContainText("Signé « Apolline R. » sur la page publique.");

  // The public page, reached from the footer.
  await page.goto("/fr");
  await page.getByRole("contentinfo").getByRole("link", { name: "Témoignages" }).click();
  await expect(page).toHaveURL(/\/fr\/testimonials$/);
  await expect(publicTestimonial(page, body).getByTestId("testimonial-author")).toHaveText("Apolline R.");
  await expect(publicTestimonial(page, body)).toContainText("Note : 4 sur 5");

  // Withdrawn: hidden at once.
  await page.goto("/fr/account/testimonials");
  await own.getByRole("button", { name: "Ne plus afficher mon nom" }).click();
  await expect(page.getByRole("status").filter({ hasText: "nom" })).toHaveText(
    "Votre nom n’est plus affiché sur ce témoignage.",
  );
  await expect(own).toContainText("Signé « Client vérifié » sur la page publique.");
  await page.goto("/fr/testimonials");
  await expect(publicTestimonial(page, body).getByTestId("testimonial-author")).toHaveText("Client vérifié");
  await expect(publicTestimonial(page, body)).not.toContainText("Apolline");
  await page.goto("/en/testimonials");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Testimonials");
  await expect(publicTestimonial(page, body).getByTestId("testimonial-author")).toHaveText("Verified customer");

  // Deleted: gone from the public page.
  await page.goto("/fr/account/testimonials");
  await own.getByRole("button", { name: "Supprimer ce témoignage" }).click();
  await expect(page.getByRole("status").filter({ hasText: "supprimé" })).toHaveText("Votre témoignage a été supprimé.");
  await expect(own).toHaveCount(0);
  await page.goto("/fr/testimonials");
  await expect(publicTestimonial(page, body)).toHaveCount(0);
});

test("P14: download my data", async ({ page, browser, newSignedInCustomer }) => {
  const { email } = await newSignedInCustomer({ name: "Bastien Morel" });
  const body = `Des bols parfaits pour le petit-déjeuner (${unique()}).`;
  await writeTestimonial(page, body, false);

  await page.goto("/fr/account/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes données");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger mes données (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^plusuite-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(data.user).toMatchObject({ email, name: "Bastien Morel" });
  expect(data.user).not.toHaveProperty("passwordHash");
  expect(data.testimonials).toEqual([expect.objectContaining({ body, rating: 4, showName: false })]);
  expect(data.sessions.length).toBeGreaterThan(0);
  // Personal data is never kept by a cache on the way.
  const direct = await page.request.get("/fr/account/privacy/export");
  expect(direct.headers()["cache-control"]).toBe("no-store");
  expect(direct.headers()["content-type"]).toMatch(/^application\/json/);

  // Never without a valid session: a forged cookie gets past the proxy, not past the route.
  const stranger = await browser.newContext();
  const response = await stranger.request.get("/fr/account/privacy/export", {
    headers: { cookie: "plusuite.session=forged" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers().location).toMatch(/\/fr\/sign-in/);
  expect(await response.text()).not.toContain(email);
  await stranger.close();

  await page.goto("/en/account/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My data");
  await expect(page.getByRole("link", { name: "Download my data (JSON)" })).toBeVisible();
});

test("P14: delete my account, then cannot sign in", async ({ page, newSignedInCustomer, db }) => {
  const { email } = await newSignedInCustomer({ name: "Clémence Vidal" });
  await page.goto("/fr/account/privacy");
  await expect(page.getByRole("heading", { name: "Ce qui est conservé" })).toBeVisible();

  // Re-authentication: a wrong password is refused, the confirmation stays ticked.
  await page.getByLabel("Mot de passe actuel").fill("pas le bon mot de passe");
  await page.getByLabel("Je comprends que mon compte").check();
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page.locator("#password-error")).toHaveText("Le mot de passe est incorrect.");
  await expect(page.getByLabel("Mot de passe actuel")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Je comprends que mon compte")).toBeChecked();
  await expect(page).toHaveURL(/\/fr\/account\/privacy$/);

  await page.getByLabel("Mot de passe actuel").fill(PASSWORD);
  await page.getByRole("button", { name: "Supprimer définitivement mon compte" }).click();
  await expect(page).toHaveURL(/\/fr\/account-deleted$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte est supprimé");

  // Signed out here…
  await page.goto("/fr/account");
  await expect(page).toHaveURL(/\/fr\/sign-in/);
  // …and the account is gone: the same message as any unknown address.
  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");

  // The confirmation e-mail waits in the outbox (no sender in tests), in French.
  expect((await emailsTo(db, email)).map((e) => e.subject)).toContain("Votre compte PluSuite est supprimé");
});
