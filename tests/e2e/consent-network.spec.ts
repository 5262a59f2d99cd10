// The network proof of the consent gates (P8, P11, P17, P20): Chromium's every request is watched, and every
// request to another host than the shop's is answered here (200, empty body: nothing leaves this machine)
// and counted. Before consent, after "Tout refuser", after Escape and after a withdrawal, no other host is
// contacted and no cookie but the shop's necessary ones is set; consent to "social" alone loads Facebook's
// widget and not Tidio's chat (the e2e build has a Tidio key, so the chat is really held back by the gate).
import type { BrowserContext, Page } from "@playwright/test";
import { necessaryCookies } from "@/components/consent/necessary-cookies";
import { CONSENT_COOKIE } from "@/lib/consent/cookie";
import { PARTNERS } from "@/lib/partners/registry";
import { expect, test } from "./support/fixtures";
import { followNetwork } from "./support/network-quiet";

const NECESSARY_COOKIES = necessaryCookies(false).flatMap((cookie) => cookie.names);
const FACEBOOK = "www.facebook.com";
const TIDIO = /(^|\.)tidio\.co$|(^|\.)tidiochat\.com$/;

type Watch = { hosts: () => string[]; reset: () => void };

/** Records the host of every request of the context (pages and frames); answers other hosts locally. */
async function watchRequests(context: BrowserContext, shopHost: string): Promise<Watch> {
  let hosts: string[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.host !== shopHost) hosts.push(url.hostname);
  });
  await context.route(
    (url) => url.host !== shopHost,
    (route) => route.fulfill({ status: 200, body: "" }),
  );
  return { hosts: () => [...hosts], reset: () => (hosts = []) };
}

async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name);
}

/** The banner closes once the server action has logged the choice: longer on a busy machine. */
const SAVED = { timeout: 15_000 };

/** The banner, by its accessible name (a region labelled by its title). */
const banner = (page: Page) => page.getByRole("region", { name: "Vos choix de cookies" });

const chatLauncher = (page: Page) => page.getByRole("button", { name: "Chat", exact: true });
const chatPanel = (page: Page) => page.getByRole("region", { name: "Discuter avec notre équipe" });

/** Hydrated: the banner (no choice yet) or else the chat launcher, both client components, appear only then. */
async function hydrated(page: Page) {
  await expect(banner(page).or(chatLauncher(page)).first()).toBeVisible();
}

async function visit(page: Page, path: string) {
  const networkQuiet = followNetwork(page);
  await page.goto(path);
  await hydrated(page);
  await networkQuiet();
}

/** Two product pages of the first category listing. */
async function productPaths(page: Page): Promise<[string, string]> {
  await visit(page, "/fr/category/cuisine");
  const links = page.getByTestId("product-card").getByRole("link");
  const [first, second] = await Promise.all([links.nth(0).getAttribute("href"), links.nth(1).getAttribute("href")]);
  return [first!, second!];
}

test.beforeEach(({ baseURL }) => {
  expect(baseURL).toBeTruthy();
  // Each test walks through several pages and saves a choice through a server action.
  test.slow();
});

test("P17, P8, P11: first visit shows the banner and contacts no one; after “Tout refuser” the shop stays silent, across pages and reloads", async ({
  context,
  page,
  baseURL,
}) => {
  const watch = await watchRequests(context, new URL(baseURL!).host);

  await visit(page, "/fr");
  await expect(banner(page)).toBeVisible();
  expect(watch.hosts()).toEqual([]);
  for (const name of await cookieNames(context)) expect(NECESSARY_COOKIES).toContain(name);

  await banner(page).getByRole("button", { name: "Tout refuser" }).click();
  await expect(banner(page)).toBeHidden(SAVED);
  const consent = (await context.cookies()).find((cookie) => cookie.name === CONSENT_COOKIE);
  expect(consent?.value).toMatch(/^1\.[^.]+\.000\./);

  const [product] = await productPaths(page);
  await visit(page, product);
  await expect(page.getByText("J’aime et Partager sur Facebook")).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await visit(page, "/fr/cart");
  await visit(page, "/fr/checkout");
  await expect(page.getByLabel("Adresse e-mail")).toBeVisible();

  // The choice survives a reload: no banner, still nobody else contacted.
  await page.reload();
  await hydrated(page);
  await expect(banner(page)).toBeHidden(SAVED);
  await visit(page, "/fr");
  await expect(banner(page)).toBeHidden(SAVED);

  expect(watch.hosts()).toEqual([]);
  for (const name of await cookieNames(context)) expect(NECESSARY_COOKIES).toContain(name);
});

test("P8, P20: “Personnaliser” → social only loads Facebook's widget and not the chat; withdrawing from the footer silences Facebook again", async ({
  context,
  page,
  baseURL,
}) => {
  const watch = await watchRequests(context, new URL(baseURL!).host);
  const [product, otherProduct] = await productPaths(page);
  await visit(page, product);
  expect(watch.hosts()).toEqual([]);

  await banner(page).getByRole("button", { name: "Personnaliser" }).click();
  await banner(page).getByLabel("Réseaux sociaux").check();
  await banner(page).getByRole("button", { name: "Enregistrer mes choix" }).click();
  await expect(banner(page)).toBeHidden(SAVED);

  await expect(page.locator(`iframe[src^="https://${FACEBOOK}/plugins/like.php"]`)).toHaveCount(1);
  await expect.poll(() => watch.hosts().filter((host) => host === FACEBOOK).length).toBeGreaterThan(0);
  await followNetwork(page)();
  expect(watch.hosts().filter((host) => TIDIO.test(host))).toEqual([]);
  expect(watch.hosts().filter((host) => host !== FACEBOOK)).toEqual([]);
  // The chat is held back by the gate, not by a missing key: its launcher offers to load it.
  await chatLauncher(page).click();
  await expect(chatPanel(page).getByRole("button", { name: "Charger" })).toBeVisible();
  await chatPanel(page).getByRole("button", { name: "Fermer" }).click();

  // Withdrawal from the footer link: the widget goes at once, and the next product page contacts no one.
  await page.getByRole("contentinfo").getByRole("button", { name: "Gérer mes cookies" }).click();
  await expect(banner(page)).toBeVisible();
  await expect(banner(page).getByLabel("Réseaux sociaux")).toBeChecked();
  await banner(page).getByRole("button", { name: "Tout refuser" }).click();
  await expect(banner(page)).toBeHidden(SAVED);
  await expect(page.locator("iframe")).toHaveCount(0);
  await expect(page.getByText("J’aime et Partager sur Facebook")).toBeVisible();

  watch.reset();
  await visit(page, otherProduct);
  await expect(page.getByText("J’aime et Partager sur Facebook")).toBeVisible();
  expect(watch.hosts()).toEqual([]);
  for (const name of await cookieNames(context)) expect(NECESSARY_COOKIES).toContain(name);
});

test("P11: consent to the chat alone loads Tidio's script and not Facebook; withdrawing removes it", async ({
  context,
  page,
  baseURL,
}) => {
  const watch = await watchRequests(context, new URL(baseURL!).host);
  const [product] = await productPaths(page);
  await visit(page, product);

  await banner(page).getByRole("button", { name: "Tout refuser" }).click();
  await expect(banner(page)).toBeHidden(SAVED);

  // The chat's own placeholder leads back to the banner ("Charger" opens the settings).
  await chatLauncher(page).click();
  await expect(chatPanel(page)).toContainText("Tidio");
  await chatPanel(page).getByRole("button", { name: "Charger" }).click();
  await expect(banner(page).getByLabel("Chat d’assistance")).toBeVisible();
  await banner(page).getByLabel("Chat d’assistance").check();
  await banner(page).getByRole("button", { name: "Enregistrer mes choix" }).click();
  await expect(banner(page)).toBeHidden(SAVED);

  await expect(page.locator('script[src^="https://code.tidio.co/"]')).toHaveCount(1);
  await expect.poll(() => watch.hosts().filter((host) => host === "code.tidio.co").length).toBeGreaterThan(0);
  await expect(chatLauncher(page)).toBeHidden();
  expect(watch.hosts().filter((host) => !TIDIO.test(host))).toEqual([]);
  await expect(page.locator("iframe")).toHaveCount(0);

  await page.getByRole("contentinfo").getByRole("button", { name: "Gérer mes cookies" }).click();
  await banner(page).getByRole("button", { name: "Tout refuser" }).click();
  await expect(page.locator('script[src*="tidio.co"]')).toHaveCount(0);
  await expect(chatLauncher(page)).toBeVisible();
  watch.reset();
  await visit(page, "/fr/cart");
  expect(watch.hosts()).toEqual([]);
});

test("P17: Escape on the banner is a refusal that lasts", async ({ context, page, baseURL }) => {
  const watch = await watchRequests(context, new URL(baseURL!).host);
  await visit(page, "/fr");
  await expect(banner(page)).toBeVisible();

  // The banner comes first in the page's order: the first Tab lands in it.
  await page.keyboard.press("Tab");
  await expect(banner(page).locator(":focus")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(banner(page)).toBeHidden(SAVED);
  const consent = (await context.cookies()).find((cookie) => cookie.name === CONSENT_COOKIE);
  expect(consent?.value).toMatch(/^1\.[^.]+\.000\./);

  const [product] = await productPaths(page);
  await visit(page, product);
  await expect(banner(page)).toBeHidden(SAVED);
  await expect(page.locator("iframe")).toHaveCount(0);
  expect(watch.hosts()).toEqual([]);
  for (const name of await cookieNames(context)) expect(NECESSARY_COOKIES).toContain(name);
});

test("P1, P20, P22: the privacy page lists every partner, each with its own policy behind a marked external link", async ({
  page,
}) => {
  await page.goto("/fr/privacy");
  const list = page.getByRole("region", { name: "Nos sous-traitants et partenaires" });
  for (const partner of PARTNERS) {
    const item = list.getByRole("listitem").filter({ has: page.getByRole("heading", { name: partner.name }) });
    await expect(item).toHaveCount(1);
    const policy = item.getByRole("link", { name: `Politique de confidentialité de ${partner.name}` });
    await expect(policy).toHaveAttribute("href", partner.privacyPolicyUrl);
    await expect(policy).toHaveAttribute("target", "_blank");
    await expect(policy).toHaveAttribute("rel", "noopener noreferrer");
    await expect(policy).toContainText("(nouvel onglet, site externe)");
  }
  await expect(page.getByRole("heading", { name: "Liens vers d’autres sites", exact: true })).toBeVisible();
});
