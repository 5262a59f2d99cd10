// Policies in the back office (P23): an admin drafts a new version of the terms from the text in force, a refused
// field keeps what was typed, the preview shows it as its public page will, and publishing it shows the home-page
// notice at once and says how many customers were notified. Publishing e-mails every customer and changes the
// home page of every spec: it runs in its own project, after every other (playwright.config.ts), on the terms (the
// privacy page is checked elsewhere), and removes its version, its e-mails and its notice at the end.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// Signing an admin in, filling forms and a checkout on a server that renders these pages for the first time.
test.describe.configure({ timeout: 90_000 });

const DAY = 86_400_000;

/** A day of the shop's calendar ("2027-01-15") and the way the pages write it ("15 janvier 2027"). */
const parisDay = (date: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(date);
const frenchDay = (day: string) =>
  new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" }).format(
    new Date(`${day}T12:00:00Z`),
  );

/** Has the server regenerate a prerendered page now, with the build's preview-mode id (as policies.spec.ts does). */
async function regenerate(request: APIRequestContext, pathname: string) {
  const manifest = path.resolve(process.env.NEXT_DIST_DIR || ".next", "prerender-manifest.json");
  const { preview } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { preview: { previewModeId: string } };
  const response = await request.get(pathname, { headers: { "x-prerender-revalidate": preview.previewModeId } });
  expect(response.status()).toBe(200);
}

test("P23: an admin drafts, previews and publishes a new version of the terms; the home page shows its notice", async ({
  page,
  browser,
  db,
  request,
  newAccount,
  signInDirectly,
}) => {
  const version = `e2e-${Date.now()}`;
  const day = parisDay(new Date(Date.now() + 30 * DAY));
  const noticeKeys = { key: { startsWith: `policy-notice:terms:${version}:` } };
  await db.policyDraft.deleteMany({ where: { kind: "terms" } });
  // A customer with a verified address: one of those the publication notifies.
  const customer = await newAccount();
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    await signInDirectly(context, await newAccount({ role: "admin" }));
    const admin = await context.newPage();
    await admin.goto("/fr/admin");
    // The consent banner sits over the bottom of the page: answer it first.
    await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await admin.getByRole("link", { name: "Politiques et conditions" }).click();
    await expect(admin).toHaveURL(/\/fr\/admin\/policies$/);
    const terms = admin.getByRole("region", { name: "Conditions d’utilisation" });
    await terms.getByRole("link", { name: "Rédiger une nouvelle version" }).click();

    // The texts start from the version in force.
    await expect(admin.getByLabel("Texte (français)")).toHaveValue(/\S/);
    await admin.getByLabel("Nom de la version").fill(version);
    await admin.getByLabel("Date d’entrée en vigueur").fill(day);
    await admin.getByLabel("Résumé des changements (français)").fill("Un test de bout en bout annonce ce changement.");
    await admin.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(admin.locator("#summaryEn-error")).toHaveText("Ce champ est obligatoire.");
    await expect(admin.getByLabel("Nom de la version")).toHaveValue(version);
    await admin.getByLabel("Résumé des changements (anglais)").fill("An end-to-end test announces this change.");
    await admin.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await admin.getByRole("link", { name: "Voir l’aperçu" }).click();

    await expect(admin).toHaveURL(/\/fr\/admin\/policies\/terms\/preview$/);
    const preview = admin.getByRole("region", { name: "Aperçu du brouillon" });
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText(
      `Conditions d’utilisation : version ${version}`,
    );
    await expect(preview.getByText(`Applicable à partir du ${frenchDay(day)}`)).toBeVisible();
    await expect(preview.getByText("Un test de bout en bout annonce ce changement.")).toBeVisible();
    await admin.getByRole("button", { name: `Publier la version ${version}` }).click();

    // Published: the list says how many customers were notified, one e-mail each, queued in the outbox.
    await expect(admin).toHaveURL(/\/fr\/admin\/policies\?published=terms&version=/);
    const notified = await db.emailOutbox.count({ where: noticeKeys });
    expect(await db.emailOutbox.count({ where: { key: `policy-notice:terms:${version}:${customer.id}` } })).toBe(1);
    await expect(admin.getByRole("status").filter({ hasText: `Version ${version} publiée.` })).toHaveText(
      `Version ${version} publiée. E-mail d’annonce prévu pour ${notified} client${notified > 1 ? "s" : ""}.`,
    );
    const row = terms.getByRole("row").filter({ hasText: version });
    await expect(row).toContainText("À venir");
    await expect(row).toContainText(`${notified} client`);

    // The home page shows the notice at once: the action regenerated it.
    await page.goto("/fr");
    await expect(page.getByRole("complementary", { name: "Changement à venir" })).toContainText(
      `Conditions d’utilisation : une nouvelle version entre en vigueur le ${frenchDay(day)}.`,
    );
  } finally {
    await context.close();
    await db.emailOutbox.deleteMany({ where: noticeKeys });
    await db.policyDocument.deleteMany({ where: { kind: "terms", version } });
    await db.policyDraft.deleteMany({ where: { kind: "terms" } });
    await regenerate(request, "/fr");
  }
});
