// Newsletter campaigns in the back office (P6, P7): an admin writes a campaign in French and English, previews
// both as e-mailed, sends a test to their own address, then sends it: only confirmed subscribers of the list
// receive it, each in their language, through the outbox, and the page shows the progress.
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";

test("P6, P7: compose, preview, test and send a campaign; only confirmed subscribers of each language receive it", async ({
  browser,
  db,
  newAccount,
  signInDirectly,
}) => {
  test.setTimeout(90_000);
  const tag = randomUUID().slice(0, 8);
  const address = (name: string) => `e2e-campaign-${name}-${tag}@example.fr`;
  const subscribers = {
    fr: address("fr"),
    en: address("en"),
    pending: address("pending"),
    unsubscribed: address("unsubscribed"),
    otherList: address("promotions"),
  };
  const subscription = (
    email: string,
    locale: string,
    status: "confirmed" | "pending" | "unsubscribed",
    list: "newsletter" | "promotions" = "newsletter",
  ) =>
    db.newsletterSubscription.create({
      data: { email, locale, status, list, confirmedAt: status === "pending" ? null : new Date() },
    });
  await subscription(subscribers.fr, "fr", "confirmed");
  await subscription(subscribers.en, "en", "confirmed");
  await subscription(subscribers.pending, "fr", "pending");
  await subscription(subscribers.unsubscribed, "fr", "unsubscribed");
  await subscription(subscribers.otherList, "fr", "confirmed", "promotions");
  const subjectFr = `Les nouveautés de l’hiver ${tag}`;
  const subjectEn = `Winter's new arrivals ${tag}`;
  const context = await browser.newContext({ locale: "fr-FR" });
  let campaignId: string | undefined;
  try {
    const account = await newAccount({ role: "admin", name: "Alex Admin" });
    await signInDirectly(context, account);
    const admin = await context.newPage();
    await admin.goto("/fr/admin");
    await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await admin.getByRole("link", { name: "Lettre d’information" }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Lettre d’information");
    await admin.getByRole("link", { name: "Nouvelle campagne" }).click();

    const french = admin.getByRole("group", { name: "Français" });
    const english = admin.getByRole("group", { name: "Anglais" });
    await admin.getByLabel("Liste").selectOption({ label: "Lettre d’information" });
    await french.getByLabel("Objet").fill(subjectFr);
    await french.getByLabel("Texte").fill("Bonjour,\n\nNos plaids en laine sont arrivés.");
    await english.getByLabel("Objet").fill(subjectEn);
    // The English text is missing: refused next to its field, nothing typed is lost.
    await admin.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(admin.locator("#bodyEn-error")).toHaveText(/./);
    await expect(french.getByLabel("Objet")).toHaveValue(subjectFr);
    await english.getByLabel("Texte").fill("Hello,\n\nOur wool throws have arrived.");
    await admin.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    // The draft's own page (not the form's address, which the URL shows until the redirect).
    await expect(admin).toHaveURL(/\/fr\/admin\/newsletter\/(?!new$)[^/]+$/);
    campaignId = admin.url().split("/").at(-1);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(subjectFr);

    // Both languages, exactly as e-mailed, in sandboxed frames.
    const frenchPreview = admin.frameLocator("iframe[title='Aperçu de l’e-mail en Français']");
    await expect(frenchPreview.getByRole("heading", { name: subjectFr })).toBeVisible();
    await expect(frenchPreview.getByText("Nos plaids en laine sont arrivés.")).toBeVisible();
    await expect(frenchPreview.getByRole("link", { name: "Se désinscrire en un clic" })).toBeVisible();
    const englishPreview = admin.frameLocator("iframe[title='Aperçu de l’e-mail en Anglais']");
    await expect(englishPreview.getByText("Our wool throws have arrived.")).toBeVisible();

    // A test to my own address, in both languages, marked as such.
    await admin.getByRole("button", { name: "M’envoyer un essai" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Essai envoyé" })).toHaveText(
      `Essai envoyé à ${account.email} (français et anglais).`,
    );
    const tests = await emailsTo(db, account.email);
    expect(tests.map((mail) => [mail.template, mail.subject]).sort()).toEqual([
      ["campaign-test", `[Essai] ${subjectFr}`],
      ["campaign-test", `[Test] ${subjectEn}`],
    ]);
    expect(await emailsTo(db, subscribers.fr)).toEqual([]);

    // Sending asks for a confirmation first.
    await admin.getByRole("button", { name: "Envoyer la campagne" }).click();
    await expect(admin.locator("#confirm-error")).toHaveText(/./);
    expect(await emailsTo(db, subscribers.fr)).toEqual([]);
    await admin.getByLabel(/^J’envoie cette campagne à/).check();
    await admin.getByRole("button", { name: "Envoyer la campagne" }).click();
    await expect(admin.getByRole("heading", { name: "Envoi", exact: true })).toBeVisible();
    await expect(admin.getByRole("main").getByText("Envoyée", { exact: true })).toBeVisible();
    await expect(admin.getByRole("button", { name: "Envoyer la campagne" })).toHaveCount(0);
    const queued = await db.emailOutbox.count({ where: { campaignId, status: "pending" } });
    expect(queued).toBeGreaterThanOrEqual(2);
    await expect(admin.getByTestId("campaign-queued")).toHaveText(String(queued));
    await admin.getByRole("link", { name: "Actualiser les chiffres" }).click();
    await expect(admin.getByTestId("campaign-sent")).toHaveText("0");

    // Only the confirmed subscribers of the list, each in their language.
    expect((await emailsTo(db, subscribers.fr)).map((mail) => [mail.template, mail.subject])).toEqual([
      ["campaign-newsletter", subjectFr],
    ]);
    expect((await emailsTo(db, subscribers.en)).map((mail) => [mail.template, mail.subject])).toEqual([
      ["campaign-newsletter", subjectEn],
    ]);
    for (const other of [subscribers.pending, subscribers.unsubscribed, subscribers.otherList]) {
      expect(await emailsTo(db, other), other).toEqual([]);
    }
    const [french1] = await emailsTo(db, subscribers.fr);
    expect(french1!.text).toMatch(/\/fr\/newsletter\/unsubscribe\?token=/);
  } finally {
    await context.close();
    const all = Object.values(subscribers);
    await db.newsletterSubscription.deleteMany({ where: { email: { in: all } } });
    await db.emailOutbox.deleteMany({
      where: campaignId ? { OR: [{ to: { in: all } }, { campaignId }] } : { to: { in: all } },
    });
    if (campaignId) await db.newsletterCampaign.deleteMany({ where: { id: campaignId } });
  }
});
