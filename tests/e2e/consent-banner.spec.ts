// The cookie banner itself (P17, P20), in Chromium: equally prominent choices, remembered, logged, reopened
// from the footer on any page, closed by Escape as a refusal, usable with the keyboard alone and on a phone.
// (What loads or not after each choice is watched on the network by consent-network.spec.ts.)
import type { BrowserContext, Page } from "@playwright/test";
import { necessaryCookies } from "@/components/consent/necessary-cookies";
import {
  consentExpiry,
  CONSENT_COOKIE,
  CONSENT_LIFETIME_DAYS,
  CONSENT_POLICY_VERSION,
  serializeConsent,
} from "@/lib/consent/cookie";
import { expect, test } from "./support/fixtures";

const banner = (page: Page, name = "Vos choix de cookies") => page.getByRole("region", { name });

/** The footer's "Gérer mes cookies" appears once the page is hydrated, when the banner has decided. */
const manageLink = (page: Page) => page.getByRole("contentinfo").getByRole("button", { name: "Gérer mes cookies" });

async function consentCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === CONSENT_COOKIE);
  expect(cookie, "the consent cookie is set").toBeDefined();
  const [, id, flags] = decodeURIComponent(cookie!.value).split(".");
  return { cookie: cookie!, id: id!, flags: flags! };
}

test("P17: a first visit shows the banner with three equally prominent choices, and sets no optional cookie", async ({
  page,
  context,
}) => {
  await page.goto("/fr");
  const region = banner(page);
  await expect(region).toBeVisible();
  const choices = ["Tout accepter", "Tout refuser", "Personnaliser"].map((name) =>
    region.getByRole("button", { name, exact: true }),
  );
  for (const choice of choices) await expect(choice).toBeInViewport({ ratio: 1 });

  // Same size, same weight, same look (CNIL: refusing is as easy as accepting).
  const boxes = await Promise.all(choices.map((choice) => choice.boundingBox()));
  for (const box of boxes.slice(1)) {
    expect(Math.abs(box!.width - boxes[0]!.width)).toBeLessThan(1);
    expect(Math.abs(box!.height - boxes[0]!.height)).toBeLessThan(1);
  }
  const looks = await Promise.all(
    choices.map((choice) =>
      choice.evaluate((element) => {
        const style = getComputedStyle(element);
        return [style.fontWeight, style.fontSize, style.color, style.backgroundColor, style.borderWidth].join(" ");
      }),
    ),
  );
  expect(new Set(looks).size, looks.join(" / ")).toBe(1);

  // Nothing is chosen yet: only the shop's own, strictly necessary cookies (and no consent cookie).
  const necessary = necessaryCookies(false).flatMap((entry) => entry.names);
  const names = (await context.cookies()).map((cookie) => cookie.name);
  expect(names.filter((name) => !necessary.includes(name))).toEqual([]);
  expect(names).not.toContain(CONSENT_COOKIE);
});

test("P17: “Tout refuser” is logged, kept 6 months in a first-party cookie, and survives a reload", async ({
  page,
  context,
  db,
}) => {
  await page.goto("/fr");
  await banner(page).getByRole("button", { name: "Tout refuser" }).click();
  await expect(banner(page)).toHaveCount(0);

  const { cookie, id, flags } = await consentCookie(context);
  expect(flags).toBe("000");
  expect(cookie).toMatchObject({ httpOnly: false, sameSite: "Lax", path: "/", secure: false });
  const days = (cookie.expires * 1000 - Date.now()) / (24 * 60 * 60 * 1000);
  expect(Math.abs(days - CONSENT_LIFETIME_DAYS)).toBeLessThan(1);
  expect(await db.consentRecord.findMany({ where: { consentId: id } })).toMatchObject([
    { method: "refuseAll", audience: false, social: false, chat: false },
  ]);

  await page.reload();
  await expect(manageLink(page)).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test("P17: the footer link reopens the banner on another page with the current choice, and withdrawing is one click", async ({
  page,
  context,
  db,
}) => {
  await page.goto("/fr");
  await banner(page).getByRole("button", { name: "Tout accepter" }).click();
  await expect(banner(page)).toHaveCount(0);
  const accepted = await consentCookie(context);
  expect(accepted.flags).toBe("111");

  await page.goto("/fr/category/cuisine");
  await manageLink(page).click();
  const region = banner(page);
  await expect(region).toBeVisible();
  await expect(region.getByRole("heading", { name: "Vos choix de cookies" })).toBeFocused();
  // The current choice is ticked; the strictly necessary cookies cannot be switched off.
  for (const name of ["Mesure d’audience", "Réseaux sociaux", "Chat d’assistance"]) {
    await expect(region.getByRole("checkbox", { name })).toBeChecked();
  }
  await expect(region.getByRole("checkbox", { name: "Strictement nécessaires" })).toBeChecked();
  await expect(region.getByRole("checkbox", { name: "Strictement nécessaires" })).toBeDisabled();

  await region.getByRole("button", { name: "Tout refuser" }).click();
  await expect(region).toHaveCount(0);
  await expect(manageLink(page)).toBeFocused();
  const withdrawn = await consentCookie(context);
  expect(withdrawn).toMatchObject({ id: accepted.id, flags: "000" });
  const history = await db.consentRecord.findMany({ where: { consentId: accepted.id }, orderBy: { createdAt: "asc" } });
  expect(history.map((row) => row.method)).toEqual(["acceptAll", "refuseAll"]);
});

test("P17: Escape closes the banner and counts as a refusal, logged as such", async ({ page, context, db }) => {
  await page.goto("/fr/product/confiture-abricot-roussillon");
  const region = banner(page);
  await region.getByRole("button", { name: "Tout accepter" }).focus();
  await page.keyboard.press("Escape");
  await expect(region).toHaveCount(0);
  const { id, flags } = await consentCookie(context);
  expect(flags).toBe("000");
  expect(await db.consentRecord.findMany({ where: { consentId: id } })).toMatchObject([{ method: "dismissed" }]);
});

test("P17: in English, the ✕ “Continue without accepting” is a refusal too", async ({ page, context, db }) => {
  await page.goto("/en");
  const region = banner(page, "Your cookie choices");
  for (const name of ["Accept all", "Refuse all", "Customise"]) {
    await expect(region.getByRole("button", { name, exact: true })).toBeVisible();
  }
  await region.getByRole("button", { name: "Continue without accepting" }).click();
  await expect(region).toHaveCount(0);
  const { id, flags } = await consentCookie(context);
  expect(flags).toBe("000");
  expect(await db.consentRecord.findMany({ where: { consentId: id } })).toMatchObject([{ method: "dismissed" }]);
  await expect(page.getByRole("contentinfo").getByRole("button", { name: "Manage cookies" })).toBeVisible();
});

test("P17: with the keyboard alone, the banner comes first, shows its focus, and a custom choice is saved", async ({
  page,
  context,
}) => {
  await page.goto("/fr");
  const region = banner(page);
  await expect(region).toBeVisible();
  const order = ["Continuer sans accepter", "Tout accepter", "Tout refuser", "Personnaliser"];
  for (const name of order) {
    await page.keyboard.press("Tab");
    const focused = region.getByRole("button", { name, exact: true });
    await expect(focused).toBeFocused();
    expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
  }
  await page.keyboard.press("Enter");
  await expect(region.getByRole("heading", { name: "Vos choix, catégorie par catégorie" })).toBeFocused();
  // Tab on to the social networks' switch, tick it with Space, then on to "Enregistrer mes choix".
  const social = region.getByRole("checkbox", { name: "Réseaux sociaux" });
  for (let presses = 0; presses < 20 && !(await social.evaluate((element) => element === document.activeElement));) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  await expect(social).toBeFocused();
  await page.keyboard.press("Space");
  await expect(social).toBeChecked();
  const save = region.getByRole("button", { name: "Enregistrer mes choix" });
  for (let presses = 0; presses < 20 && !(await save.evaluate((element) => element === document.activeElement));) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  await page.keyboard.press("Enter");
  await expect(region).toHaveCount(0);
  expect((await consentCookie(context)).flags).toBe("010");
});

test("P17, P20: “Personnaliser” names each category's partners and cookies; social only gives 010", async ({
  page,
  context,
  db,
}) => {
  await page.goto("/fr/product/mariniere-coton-bio");
  const region = banner(page);
  await region.getByRole("button", { name: "Personnaliser" }).click();
  // Nothing optional is ticked in advance.
  for (const name of ["Mesure d’audience", "Réseaux sociaux", "Chat d’assistance"]) {
    await expect(region.getByRole("checkbox", { name })).not.toBeChecked();
  }
  const category = (name: string) =>
    region.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name, exact: true }) });

  const social = category("Réseaux sociaux");
  await social.getByText("Partenaires et cookies").click();
  await expect(social.getByRole("heading", { name: "Meta (Facebook)" })).toBeVisible();
  await expect(social.getByText("datr, fr, sb, c_user, xs")).toBeVisible();
  const policy = social.getByRole("link", { name: /Politique de confidentialité de Meta \(Facebook\)/ });
  await expect(policy).toHaveAttribute("href", "https://www.facebook.com/privacy/policy/");
  await expect(policy).toHaveAttribute("rel", "noopener noreferrer");
  await expect(policy).toHaveAttribute("target", "_blank");

  const chat = category("Chat d’assistance");
  await chat.getByText("Partenaires et cookies").click();
  await expect(chat.getByRole("heading", { name: "Tidio" })).toBeVisible();

  const necessary = category("Strictement nécessaires");
  await necessary.getByText("Partenaires et cookies").click();
  for (const name of ["ps_cart", "plusuite.session", "NEXT_LOCALE", "ps_consent"]) {
    await expect(necessary.getByText(name, { exact: true })).toBeVisible();
  }

  await region.getByRole("checkbox", { name: "Réseaux sociaux" }).check();
  await region.getByRole("button", { name: "Enregistrer mes choix" }).click();
  await expect(region).toHaveCount(0);
  const { id, flags } = await consentCookie(context);
  expect(flags).toBe("010");
  expect(await db.consentRecord.findMany({ where: { consentId: id } })).toMatchObject([
    { method: "custom", audience: false, social: true, chat: false },
  ]);

  // Reopened, the choice is shown as it was made.
  await manageLink(page).click();
  await expect(region.getByRole("checkbox", { name: "Réseaux sociaux" })).toBeChecked();
  await expect(region.getByRole("checkbox", { name: "Chat d’assistance" })).not.toBeChecked();
});

test("P17: offline, “Personnaliser” says its details could not be loaded, the choices still work, and it opens once back", async ({
  page,
  context,
}) => {
  await page.goto("/fr/terms");
  const region = banner(page);
  // The details' words come from /api/consent-details when asked for, not with every page (issue 13).
  await page.route("**/api/consent-details/**", (route) => route.abort("internetdisconnected"));
  await region.getByRole("button", { name: "Personnaliser" }).click();
  await expect(region.getByText("Le détail des catégories n’a pas pu être chargé.", { exact: false })).toBeVisible();
  await expect(region.getByRole("checkbox")).toHaveCount(0);

  await page.unroute("**/api/consent-details/**");
  await region.getByRole("button", { name: "Personnaliser" }).click();
  await expect(region.getByRole("checkbox", { name: "Réseaux sociaux" })).toBeVisible();
  await expect(region.getByText("Le détail des catégories n’a pas pu être chargé.", { exact: false })).toHaveCount(0);
  await region.getByRole("button", { name: "Tout refuser" }).click();
  await expect(region).toHaveCount(0);
  expect((await consentCookie(context)).flags).toBe("000");
});

test("P17: on a phone the banner fits the screen and its choices stay within reach", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/fr");
  const region = banner(page);
  for (const name of ["Tout accepter", "Tout refuser", "Personnaliser"]) {
    await expect(region.getByRole("button", { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await region.getByRole("button", { name: "Personnaliser" }).click();
  // The long view scrolls inside the banner; its choices stay on screen.
  await expect(region.getByRole("button", { name: "Enregistrer mes choix" })).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("P17: on a desktop the bar leaves the product page's main controls clear", async ({ page }) => {
  await page.goto("/fr/product/confiture-abricot-roussillon");
  const bar = await banner(page).boundingBox();
  const add = await page.getByRole("button", { name: "Ajouter au panier" }).boundingBox();
  expect(bar!.y + bar!.height).toBeCloseTo(page.viewportSize()!.height, 0);
  expect(add!.y + add!.height, `the bar starts at ${bar!.y}px`).toBeLessThanOrEqual(bar!.y);
});

test.describe("P17: before the JavaScript has run, the banner is already there for a first visit only", () => {
  // The page as a phone shows it while its scripts are still on the way: none of them ever arrives.
  test.beforeEach(async ({ page }) => {
    await page.route("**/_next/static/chunks/**/*.js", (route) => route.abort());
  });

  test("P17: a first visit sees the banner and its three choices in the server's HTML", async ({ page }) => {
    await page.goto("/fr/category/cuisine");
    const region = banner(page);
    await expect(region).toBeVisible();
    for (const name of ["Tout accepter", "Tout refuser", "Personnaliser"]) {
      await expect(region.getByRole("button", { name, exact: true })).toBeVisible();
    }
  });

  for (const [kind, path] of [
    ["a prerendered page", "/fr/category/cuisine"],
    ["a nonce page", "/fr/contact"],
  ] as const) {
    test(`P17: on ${kind}, a visitor who chose never sees it, not even for a moment`, async ({
      page,
      context,
      baseURL,
    }) => {
      const value = serializeConsent({
        id: "e2e-consent-0123456789",
        audience: false,
        social: false,
        chat: false,
        policyVersion: CONSENT_POLICY_VERSION,
        expiresAt: consentExpiry(new Date()),
      });
      await context.addCookies([{ name: CONSENT_COOKIE, value, url: baseURL! }]);
      const blocked: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
      });
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      await expect(banner(page)).toHaveCount(0);
      // The script ran: on nonce pages, the policy allows it by its hash.
      expect(blocked).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-consent-chosen"))).toBe(true);
    });
  }
});

test.describe("P17: without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("P17: no banner: nothing optional can load, and buttons that cannot act are not shown", async ({ page }) => {
    await page.goto("/fr/product/confiture-abricot-roussillon");
    await expect(page.getByRole("button", { name: "Ajouter au panier" })).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
  });
});

test("P17: a banner the browser has parsed only in part is not shown, so a streamed page paints it whole (no layout shift)", async ({
  page,
}) => {
  await page.goto("/fr/cart");
  await expect(banner(page)).toBeVisible();
  const shown = await page.evaluate(() => {
    const section = document.querySelector("[data-consent-banner]")!;
    // What the parser has built of the banner when a chunk of a streamed page ends inside it: everything but its end.
    const partial = section.cloneNode(true) as HTMLElement;
    partial.removeAttribute("data-testid");
    partial.querySelector("[data-consent-banner-end]")!.remove();
    document.body.append(partial);
    const display = { whole: getComputedStyle(section).display, partial: getComputedStyle(partial).display };
    partial.remove();
    return { ...display, endIsLast: section.lastElementChild?.hasAttribute("data-consent-banner-end") };
  });
  expect(shown).toEqual({ whole: "block", partial: "none", endIsLast: true });
});
