// The back office's contact inbox (P3, P29): a visitor writes through /contact, an admin finds the message in
// the inbox, answers it (the answer is e-mailed to the visitor through the outbox) and the message shows
// answered; reopening puts it back among the open ones.
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";

test("P3, P29: a visitor's message is answered from the inbox, the answer is e-mailed to them, the message shows answered", async ({
  page,
  browser,
  db,
  newAccount,
  signInDirectly,
}) => {
  const email = `e2e-inbox-${randomUUID()}@example.fr`;
  const subject = `Retour d’un plaid (${randomUUID().slice(0, 8)})`;
  const answer = "Bonjour, vous pouvez nous le renvoyer sous 30 jours.\nL’étiquette est dans le colis.";
  // Every visitor is one client here: the contact form's hourly limit may have been used up by contact.spec.ts.
  await db.rateLimitWindow.deleteMany({ where: { key: { startsWith: "contact:" } } });
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    await page.goto("/fr/contact");
    await page.getByLabel("Votre demande").selectOption({ label: "Une question" });
    await page.getByLabel("Nom").fill("Camille Martin");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Objet").fill(subject);
    await page.getByLabel("Message", { exact: true }).fill("Bonjour, puis-je retourner un plaid ?");
    await page.getByRole("button", { name: "Envoyer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Message reçu" })).toBeVisible();

    await signInDirectly(context, await newAccount({ role: "admin", name: "Alex Admin" }));
    const admin = await context.newPage();
    await admin.goto("/fr/admin");
    await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await admin
      .getByRole("navigation", { name: "Rubriques de l’administration" })
      .getByRole("link", { name: "Messages de contact" })
      .click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Messages de contact");
    // Filtered in the URL: open questions only.
    await admin.getByLabel("État").selectOption({ label: "À traiter" });
    await admin.getByLabel("Type").selectOption({ label: "Question" });
    await admin.getByRole("button", { name: "Filtrer" }).click();
    await expect(admin).toHaveURL(/\/fr\/admin\/messages\?status=open&kind=question$/);
    const row = admin.getByRole("row").filter({ hasText: subject });
    await expect(row).toContainText(email);
    await expect(row).toContainText("À traiter");
    await row.getByRole("link", { name: subject }).click();

    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(subject);
    await expect(admin.getByText("Bonjour, puis-je retourner un plaid ?")).toBeVisible();
    await expect(admin.getByText("Aucune réponse pour l’instant.")).toBeVisible();
    // An empty answer is refused next to its field.
    await admin.getByRole("button", { name: "Envoyer la réponse" }).click();
    await expect(admin.locator("#body-error")).toHaveText(/./);
    await admin.getByLabel("Votre réponse").fill(answer);
    await admin.getByRole("button", { name: "Envoyer la réponse" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Réponse envoyée" })).toHaveText(
      `Réponse envoyée à ${email}.`,
    );
    const answers = admin.getByRole("region", { name: "Réponses" });
    await expect(answers.getByRole("listitem")).toHaveCount(1);
    await expect(answers.getByRole("listitem")).toContainText("Alex Admin");
    await expect(admin.getByRole("main").getByText("Répondu", { exact: true })).toBeVisible();
    await expect(admin.getByLabel("Votre réponse")).toHaveValue("");

    // The answer is in the outbox, addressed to the visitor, in the message's language.
    const reply = (await emailsTo(db, email)).find((mail) => mail.template === "contact-reply");
    expect(reply).toMatchObject({ subject: `Re : ${subject}` });
    expect(reply!.text).toContain("Bonjour Camille Martin,");
    expect(reply!.text).toContain("vous pouvez nous le renvoyer sous 30 jours.");
    expect(await db.contactMessage.findFirst({ where: { email } })).toMatchObject({ status: "answered" });

    // Among the answered messages now; reopened, it is open again.
    await admin.goto("/fr/admin/messages?status=answered");
    await expect(admin.getByRole("row").filter({ hasText: subject })).toContainText("Répondu");
    await admin.getByRole("row").filter({ hasText: subject }).getByRole("link", { name: subject }).click();
    await admin.getByRole("button", { name: "Rouvrir le message" }).click();
    await expect(admin.getByRole("main").getByText("À traiter", { exact: true })).toBeVisible();
    await expect(admin.getByRole("button", { name: "Rouvrir le message" })).toHaveCount(0);
    expect(await db.contactMessage.findFirst({ where: { email } })).toMatchObject({ status: "open" });
  } finally {
    await context.close();
    await db.contactMessage.deleteMany({ where: { email } });
    await db.emailOutbox.deleteMany({ where: { to: email } });
  }
});
