// Newsletter (P6, P7): footer sign-up → confirmation link read from the outbox → confirmed; the welcome
// e-mail's unsubscribe link and its one-click POST work without signing in; forged links change nothing;
// the checkout's box is never pre-ticked and starts the same double opt-in; Mon compte shows the real state.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type { Db } from "@/lib/db/client";
import { expect, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";

const created: string[] = [];
const newAddress = () => {
  const email = `e2e-news-${randomUUID()}@example.fr`;
  created.push(email);
  return email;
};

test.afterAll(async ({ db }) => {
  await db.newsletterSubscription.deleteMany({ where: { email: { in: created } } });
});

const CONFIRM_LINK = /https?:\/\/\S+\/newsletter\/confirm\?token=[\w%-]+/;
const UNSUBSCRIBE_LINK = /https?:\/\/\S+\/newsletter\/unsubscribe\?token=[\w%.-]+/;

/** The link matching `pattern` in the newest e-mail of `template` to `email`, as a path with its query. */
async function linkIn(db: Db, email: string, template: string, pattern: RegExp): Promise<string> {
  const mail = (await emailsTo(db, email)).find((e) => e.template === template);
  const link = mail?.text.match(pattern)?.[0];
  if (!link) throw new Error(`no ${template} e-mail with a link to ${email}`);
  const url = new URL(link);
  return url.pathname + url.search;
}

const templatesTo = async (db: Db, email: string) => (await emailsTo(db, email)).map((e) => e.template);
const statusOf = async (db: Db, email: string) =>
  (await db.newsletterSubscription.findFirst({ where: { email, list: "newsletter" }, select: { status: true } }))
    ?.status;

/** Opens an e-mailed confirmation link: the page asks for the button, and says which list it is for. */
async function openConfirmationLink(page: Page, link: string) {
  await page.goto(link);
  await expect(
    page.getByText(/Pour recevoir la lettre d’information à cette adresse, confirmez votre inscription/),
  ).toBeVisible();
}

/** Signs `email` up with the footer form of the home page, then opens the e-mailed link and confirms (P6). */
async function subscribeFromFooter(page: Page, db: Db, email: string) {
  await page.goto("/fr");
  const form = page.getByRole("form", { name: "Lettre d’information" });
  await form.getByLabel("Votre e-mail").fill(email);
  await form.getByRole("button", { name: "S’inscrire" }).click();
  await expect(form.getByRole("status")).toContainText("C’est noté");
  await expect.poll(() => templatesTo(db, email)).toEqual(["newsletter-confirm"]);
  // Nothing is subscribed before the link is followed.
  expect(await statusOf(db, email)).toBe("pending");

  await openConfirmationLink(page, await linkIn(db, email, "newsletter-confirm", CONFIRM_LINK));
  // Opening the link is not consent (mail scanners open links): nothing changes before the button.
  expect(await statusOf(db, email)).toBe("pending");
  await page.getByRole("button", { name: "Confirmer mon inscription" }).click();
  await expect(page.getByTestId("newsletter-result")).toHaveText(
    "C’est confirmé : vous recevrez la lettre d’information. Chaque e-mail contient un lien pour vous désinscrire en un clic.",
  );
  expect(await statusOf(db, email)).toBe("confirmed");
}

test("P6, P7: footer sign-up, confirmed from the e-mail, then unsubscribed from the welcome e-mail's link without signing in", async ({
  page,
  db,
}) => {
  const email = newAddress();
  await subscribeFromFooter(page, db, email);

  // The first marketing e-mail, with its way out.
  await expect.poll(() => templatesTo(db, email)).toEqual(["newsletter-welcome", "newsletter-confirm"]);
  const unsubscribe = await linkIn(db, email, "newsletter-welcome", UNSUBSCRIBE_LINK);
  await page.goto(unsubscribe);
  const done = "C’est fait : vous ne recevrez plus la lettre d’information.";
  await expect(page.getByTestId("newsletter-result")).toHaveText(done);
  expect(await statusOf(db, email)).toBe("unsubscribed");
  // Twice: the same answer.
  await page.goto(unsubscribe);
  await expect(page.getByTestId("newsletter-result")).toHaveText(done);

  // The used confirmation link changes nothing and says so.
  await page.goto(await linkIn(db, email, "newsletter-confirm", CONFIRM_LINK));
  await expect(page.getByTestId("newsletter-result")).toHaveText(
    "Ce lien de confirmation n’est pas valable ou a déjà servi. Rien n’a été modifié.",
  );
  expect(await statusOf(db, email)).toBe("unsubscribed");
});

test("P7: the one-click POST of the List-Unsubscribe header answers 200 and unsubscribes, with no session and no Origin", async ({
  page,
  db,
  request,
  baseURL,
}) => {
  const email = newAddress();
  await subscribeFromFooter(page, db, email);
  await expect.poll(() => templatesTo(db, email)).toContain("newsletter-welcome");
  const welcome = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: "newsletter-welcome" } });
  const headers = welcome.headers as Record<string, string>;
  expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = new URL(/^<(http[^>]+)>/.exec(headers["List-Unsubscribe"]!)![1]!);
  expect(oneClick.origin).toBe(baseURL);

  const post = () =>
    request.post(oneClick.pathname + oneClick.search, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  const first = await post();
  expect([first.status(), await first.text()]).toEqual([200, "unsubscribed"]);
  expect(await statusOf(db, email)).toBe("unsubscribed");
  const second = await post();
  expect([second.status(), await second.text()]).toEqual([200, "unsubscribed"]);

  // A forged token is refused.
  const row = await db.newsletterSubscription.findFirstOrThrow({ where: { email } });
  const forged = await request.post(`/api/newsletter/unsubscribe?token=${row.id}.forged-signature`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(forged.status()).toBe(400);
});

test("P6, P7: forged confirmation and unsubscribe links show a clear page and change nothing", async ({ page, db }) => {
  const email = newAddress();
  await subscribeFromFooter(page, db, email);
  const row = await db.newsletterSubscription.findFirstOrThrow({ where: { email } });

  await page.goto("/fr/newsletter/confirm?token=forged-token");
  await expect(page.getByRole("alert").filter({ hasText: "lien de confirmation" })).toHaveText(
    "Ce lien de confirmation n’est pas valable ou a déjà servi. Rien n’a été modifié.",
  );
  await page.goto(`/fr/newsletter/unsubscribe?token=${row.id}.forged-signature`);
  await expect(page.getByRole("alert").filter({ hasText: "lien de désinscription" })).toContainText(
    "Ce lien de désinscription n’est pas valable. Rien n’a été modifié.",
  );
  await page.goto("/en/newsletter/unsubscribe");
  await expect(page.getByRole("alert").filter({ hasText: "unsubscribe link" })).toContainText(
    "This unsubscribe link is not valid. Nothing was changed.",
  );
  expect(await db.newsletterSubscription.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
});

async function fillCheckout(page: Page, email: string) {
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.goto("/fr/checkout");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Nom complet").fill("Camille Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("12 rue des Lilas");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
}

test("P6: the checkout's newsletter box is unticked; ticked, it queues the confirmation e-mail and subscribes no one yet", async ({
  page,
  db,
}) => {
  const email = newAddress();
  await fillCheckout(page, email);
  const box = page.getByRole("checkbox", { name: "Recevoir la lettre d’information de PluSuite" });
  await expect(box).not.toBeChecked();
  await box.check();
  await page.getByRole("button", { name: /Valider la commande de démonstration/ }).click();
  await expect(page).toHaveURL(/\/fr\/order\//);

  await expect.poll(() => templatesTo(db, email)).toContain("newsletter-confirm");
  expect(await statusOf(db, email)).toBe("pending");
  await openConfirmationLink(page, await linkIn(db, email, "newsletter-confirm", CONFIRM_LINK));
  await page.getByRole("button", { name: "Confirmer mon inscription" }).click();
  await expect(page.getByTestId("newsletter-result")).toContainText("C’est confirmé");
  expect(await statusOf(db, email)).toBe("confirmed");
});

test("P6: a customer already subscribed is told so at checkout instead of a box", async ({
  page,
  db,
  newSignedInCustomer,
}) => {
  const customer = await newSignedInCustomer();
  created.push(customer.email);
  await db.newsletterSubscription.create({
    data: { email: customer.email, list: "newsletter", locale: "fr", status: "confirmed", confirmedAt: new Date() },
  });
  await fillCheckout(page, customer.email);
  await expect(page.getByTestId("newsletter-already")).toHaveText(
    "Votre adresse est déjà inscrite à la lettre d’information. Vous pouvez changer cela dans Mon compte.",
  );
  await expect(page.getByRole("checkbox", { name: /lettre d’information/ })).toHaveCount(0);
});

test("P6, P7: Mon compte shows not subscribed, waiting (with a new link on demand), subscribed, and unsubscribes at once", async ({
  page,
  db,
  newSignedInCustomer,
}) => {
  const customer = await newSignedInCustomer();
  created.push(customer.email);
  await page.goto("/fr/account/preferences");
  const main = page.getByRole("main");
  const status = main.getByTestId("newsletter-status");
  await expect(status).toHaveText("Pas d’inscription : nous ne vous envoyons pas ces e-mails.");

  await main.getByRole("switch", { name: "Recevoir la newsletter" }).check();
  await main.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(status).toContainText("En attente de confirmation");
  await expect.poll(() => templatesTo(db, customer.email)).toEqual(["newsletter-confirm"]);

  await main.getByRole("button", { name: "Renvoyer l’e-mail de confirmation pour la lettre d’information" }).click();
  await expect(main.getByRole("status")).toHaveText(
    "Un nouvel e-mail de confirmation vient d’être envoyé. Le lien précédent ne fonctionne plus.",
  );
  await expect.poll(() => templatesTo(db, customer.email)).toEqual(["newsletter-confirm", "newsletter-confirm"]);

  await openConfirmationLink(page, await linkIn(db, customer.email, "newsletter-confirm", CONFIRM_LINK));
  await page.getByRole("button", { name: "Confirmer mon inscription" }).click();
  await expect(page.getByTestId("newsletter-result")).toContainText("C’est confirmé");
  await page.goto("/fr/account/preferences");
  await expect(status).toHaveText(/^Inscription active/);

  await main.getByRole("switch", { name: "Recevoir la newsletter" }).uncheck();
  await main.getByRole("button", { name: "Enregistrer mes préférences" }).click();
  await expect(status).toHaveText("Pas d’inscription : nous ne vous envoyons pas ces e-mails.");
  expect(await statusOf(db, customer.email)).toBe("unsubscribed");
});
