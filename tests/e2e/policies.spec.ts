// The policy pages on a production build (P1, P9, P23): the privacy policy in force with its processors from
// the partner registry, earlier versions at their own address, English, and the home-page notice of a
// version scheduled for later.
//
// Home, /privacy and /terms are prerendered and regenerated every 5 minutes (lib/policies/documents.ts). The
// notice test does not wait for that: it asks the server to regenerate the home page at once the way Next's
// own on-demand revalidation does, with the build's preview-mode id (regeneratePage below). That id is a
// secret of the build, read from its prerender manifest on the server's disk: no route is added for this.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { PARTNERS } from "@/lib/partners/registry";
import { expect, test } from "./support/fixtures";

const DAY = 86_400_000;

/** Regenerates a prerendered page now, as revalidatePath would inside the server. */
async function regeneratePage(request: APIRequestContext, pathname: string) {
  const manifestFile = path.resolve(process.env.NEXT_DIST_DIR || ".next", "prerender-manifest.json");
  const { preview } = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { preview: { previewModeId: string } };
  const response = await request.get(pathname, { headers: { "x-prerender-revalidate": preview.previewModeId } });
  expect(response.status()).toBe(200);
}

const frenchDate = (date: Date) =>
  new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" }).format(date);

/** The consent banner sits over the bottom of the page: answer it before clicking down there. */
async function refuseCookies(page: Page) {
  await page.getByRole("button", { name: "Tout refuser", exact: true }).click();
}

test("P1, P9: the privacy page shows the version in force and every partner of the registry", async ({ page }) => {
  await page.goto("/fr/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politique de confidentialité");
  await expect(page.getByRole("main").getByText(/^En vigueur depuis le \d+ \S+ \d{4}/)).toBeVisible();

  const processors = page.getByRole("region", { name: "Nos sous-traitants et partenaires" });
  await expect(processors).toBeVisible();
  for (const partner of PARTNERS)
    await expect(processors.getByRole("heading", { level: 3, name: partner.name, exact: true })).toBeVisible();
  await expect(processors.getByRole("heading", { level: 3 })).toHaveCount(PARTNERS.length);

  const further = page.getByRole("region", { name: "Pour aller plus loin" });
  await expect(further.getByRole("link", { name: /voir nos engagements/ })).toHaveAttribute("href", "/fr/commitments");
  await expect(further.getByRole("link", { name: /écrivez-nous/ })).toHaveAttribute("href", "/fr/contact");
});

test("P23: each version is readable at its own address; an unknown one is the ordinary 404", async ({ page }) => {
  await page.goto("/fr/privacy");
  await refuseCookies(page);
  const versions = page.getByRole("region", { name: "Toutes les versions" });
  const current = versions.getByRole("listitem").filter({ hasText: "en vigueur" });
  await expect(current).toHaveCount(1);
  const title = (await current.getByRole("link").textContent())!.trim();
  expect(title).toMatch(/^Politique de confidentialité : version \S+$/);

  await current.getByRole("link").click();
  await expect(page).toHaveURL(/\/fr\/privacy\/versions\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("main").getByText(/^En vigueur depuis le/)).toBeVisible();
  await page.getByRole("link", { name: "Lire la version en vigueur" }).click();
  await expect(page).toHaveURL(/\/fr\/privacy$/);

  for (const unknown of [
    "/fr/privacy/versions/1999-01-01",
    "/fr/terms/versions/%3Cscript%3E",
    "/en/privacy/versions/x",
  ]) {
    const response = await page.goto(unknown);
    expect(response?.status(), unknown).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Page introuvable|Page not found/);
  }
});

test("P1, P23: the privacy page and its versions in English", async ({ page }) => {
  await page.goto("/en/privacy");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy policy");
  await expect(page.getByRole("main").getByText(/^In force since \d+ \S+ \d{4}/)).toBeVisible();
  const processors = page.getByRole("region", { name: "Our processors and partners" });
  for (const partner of PARTNERS)
    await expect(processors.getByRole("heading", { level: 3, name: partner.name, exact: true })).toBeVisible();

  const link = page.getByRole("region", { name: "All versions" }).getByRole("link").first();
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/en\/privacy\/versions\//);
  await page.goto(href);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Privacy policy: version \S+$/);
  await expect(page.getByRole("main").getByText(/^What changes/)).toBeVisible();
});

test("P23: a version scheduled for later shows the home-page notice until its date, and opens from it", async ({
  page,
  db,
  request,
}) => {
  // The terms, so that the privacy tests running alongside see their page unchanged; written straight into
  // the database (publishing is tested in tests/integration/policies.test.ts, and would e-mail the accounts
  // other tests are reading the outbox of).
  const version = `e2e-${Date.now()}`;
  const effectiveAt = new Date(Date.now() + 30 * DAY);
  const notice = page.getByRole("complementary", { name: "Changement à venir" });
  await db.policyDocument.create({
    data: {
      kind: "terms",
      version,
      effectiveAt,
      publishedAt: new Date(),
      summaryFr: "Un test de bout en bout annonce ce changement.",
      summaryEn: "An end-to-end test announces this change.",
      bodyFr: "# Conditions\n\n## Ce qui change\n\nUn texte de test.",
      bodyEn: "# Terms\n\n## What changes\n\nA test text.",
    },
  });
  try {
    await regeneratePage(request, "/fr");
    await page.goto("/fr");
    await expect(notice).toContainText(
      `Conditions d’utilisation : une nouvelle version entre en vigueur le ${frenchDate(effectiveAt)}.`,
    );
    await notice.getByRole("link", { name: "Lire la nouvelle version" }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/terms/versions/${version}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Conditions d’utilisation : version ${version}`);
    await expect(page.getByRole("main").getByText(`Applicable à partir du ${frenchDate(effectiveAt)}`)).toBeVisible();
    await expect(page.getByText("Un test de bout en bout annonce ce changement.")).toBeVisible();

    // Its date has come: the next rendering of the home page has no notice.
    await db.policyDocument.update({
      where: { kind_version: { kind: "terms", version } },
      data: { effectiveAt: new Date(Date.now() - 1000) },
    });
    await regeneratePage(request, "/fr");
    await page.goto("/fr");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(notice).toHaveCount(0);
  } finally {
    await db.policyDocument.deleteMany({ where: { kind: "terms", version } });
    await regeneratePage(request, "/fr");
  }
});
