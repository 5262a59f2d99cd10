// P21 in the back office: a new testimonial waits for a moderator; approving it publishes it on the storefront
// (the name still shown only with the author's consent); rejecting it with a reason shows the customer the
// status and the reason in Mon compte.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test, type Account } from "./support/fixtures";

// Two browsers (customer and admin) and production password hashing: slower than a page view.
test.describe.configure({ timeout: 90_000 });

const unique = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

async function writeTestimonial(page: Page, body: string, showName: boolean) {
  await page.goto("/fr/account/testimonials");
  await page.getByRole("group", { name: "Votre note" }).getByRole("radio", { name: "5 étoiles sur 5" }).check();
  await page.getByLabel("Votre témoignage").fill(body);
  if (showName) await page.getByLabel("Afficher mon prénom et l’initiale de mon nom").check();
  await page.getByRole("button", { name: "Envoyer mon témoignage" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Merci" })).toHaveText(
    "Merci ! Votre témoignage sera publié après relecture par notre équipe.",
  );
}

/** The moderation page of a signed-in admin, the cookie banner answered. */
async function moderation(context: BrowserContext): Promise<Page> {
  const admin = await context.newPage();
  await admin.goto("/fr/admin");
  await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
  await admin
    .getByRole("navigation", { name: "Rubriques de l’administration" })
    .getByRole("link", { name: "Témoignages" })
    .click();
  await expect(admin).toHaveURL(/\/fr\/admin\/testimonials$/, { timeout: 15_000 });
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Témoignages");
  return admin;
}

const ownStatus = (page: Page, body: string) =>
  page.getByTestId("own-testimonial").filter({ hasText: body }).getByTestId("own-testimonial-status");
const publicTestimonial = (page: Page, body: string) => page.getByTestId("testimonial").filter({ hasText: body });

async function asAdmin(
  browser: import("@playwright/test").Browser,
  newAccount: (options?: { name?: string; role?: Account["role"] }) => Promise<Account>,
  signInDirectly: (context: BrowserContext, account: Account) => Promise<void>,
) {
  const context = await browser.newContext({ locale: "fr-FR" });
  await signInDirectly(context, await newAccount({ role: "admin", name: "Alex Modérateur" }));
  return context;
}

test("P21: approving a testimonial publishes it on the storefront, signed only with consent", async ({
  page,
  browser,
  newAccount,
  signInDirectly,
  newSignedInCustomer,
}) => {
  await newSignedInCustomer({ name: "Bérénice Valois" });
  const body = `Des draps d’une douceur rare (${unique()}).`;
  await writeTestimonial(page, body, true);
  await expect(ownStatus(page, body)).toHaveText("En attente de relecture");
  await page.goto("/fr/testimonials");
  await expect(publicTestimonial(page, body)).toHaveCount(0);

  const context = await asAdmin(browser, newAccount, signInDirectly);
  try {
    const admin = await moderation(context);
    const item = admin.getByTestId("moderation-item").filter({ hasText: body });
    await expect(item).toContainText("signé « Bérénice V. » sur la boutique");
    await item.getByRole("button", { name: "Approuver et publier" }).click();
    await expect(item.getByRole("status")).toHaveText("Témoignage publié sur la boutique.");
  } finally {
    await context.close();
  }

  await page.goto("/fr/testimonials");
  await expect(publicTestimonial(page, body).getByTestId("testimonial-author")).toHaveText("Bérénice V.");
  await page.goto("/fr/account/testimonials");
  await expect(ownStatus(page, body)).toHaveText("Publié");
});

test("P21: rejecting needs a reason, which the customer then reads in Mon compte; one testimonial waits at a time", async ({
  page,
  browser,
  newAccount,
  signInDirectly,
  newSignedInCustomer,
}) => {
  await newSignedInCustomer({ name: "Octave Marchal" });
  const body = `Visitez mon site pour des promotions (${unique()}).`;
  await writeTestimonial(page, body, false);
  // A second one while the first waits: refused, with what was typed kept.
  await page.goto("/fr/account/testimonials");
  await page.getByRole("group", { name: "Votre note" }).getByRole("radio", { name: "3 étoiles sur 5" }).check();
  await page.getByLabel("Votre témoignage").fill("Un second avis.");
  await page.getByRole("button", { name: "Envoyer mon témoignage" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "relecture" })).toHaveText(
    "Votre témoignage précédent attend encore sa relecture : vous pourrez en écrire un autre une fois qu’il sera traité.",
  );
  await expect(page.getByLabel("Votre témoignage")).toHaveValue("Un second avis.");

  const context = await asAdmin(browser, newAccount, signInDirectly);
  const reason = "Les liens et la publicité ne sont pas acceptés dans les témoignages.";
  try {
    const admin = await moderation(context);
    const item = admin.getByTestId("moderation-item").filter({ hasText: body });
    await item.getByRole("button", { name: "Refuser" }).click();
    await expect(item.getByText("Ce champ est obligatoire.")).toBeVisible();
    await item.getByLabel("Motif du refus (montré à l’auteur)").fill(reason);
    await item.getByRole("button", { name: "Refuser" }).click();
    await expect(item.getByRole("status")).toHaveText("Témoignage refusé : son auteur voit le motif dans Mon compte.");
  } finally {
    await context.close();
  }

  await page.goto("/fr/account/testimonials");
  const own = page.getByTestId("own-testimonial").filter({ hasText: body });
  await expect(own.getByTestId("own-testimonial-status")).toHaveText("Refusé par la modération");
  await expect(own).toContainText(`Motif : ${reason}`);
  await page.goto("/fr/testimonials");
  await expect(publicTestimonial(page, body)).toHaveCount(0);
});
