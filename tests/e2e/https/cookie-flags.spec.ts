// P12: the cookies the shop sets, as production serves it (https, behind a TLS proxy of our own, NODE_ENV
// production: tests/e2e/support/servers.ts, HTTPS_SHOP). Every Set-Cookie of a visit that chooses cookies, fills
// a cart, signs up, signs in and out is read as it left the server: sent over https only (Secure), never on a
// request another site starts (SameSite), out of reach of the page's scripts (HttpOnly) unless a script must
// read it, and the cookies that authenticate bound to this exact host (`__Host-`: Secure, Path=/, no Domain).
import type { Page } from "@playwright/test";
import { signIn } from "../support/accounts";
import { expect, PASSWORD, test } from "../support/fixtures";

// Each test hashes passwords with production scrypt: slower than a page view.
test.describe.configure({ timeout: 60_000 });

/** The only cookies a script of the page reads, and why. */
const SCRIPT_READABLE: Record<string, string> = {
  ps_cart_count: "the header's count, read before any request (lib/cart/count-cookie.ts)",
  ps_consent: "the inline script that decides on the banner before it paints (lib/consent/banner-script.ts)",
};
/** A cookie that proves who the visitor is, or what they are doing with an account. */
const AUTHENTICATES = /session|pending-password|authjs|csrf|callback/i;

type SetCookie = { name: string; value: string; attributes: Map<string, string>; url: string };

function parseSetCookie(line: string, url: string): SetCookie {
  const [pair, ...rest] = line.split(";");
  const separator = pair!.indexOf("=");
  const attributes = new Map<string, string>();
  for (const attribute of rest) {
    const [key, ...value] = attribute.trim().split("=");
    attributes.set(key!.toLowerCase(), value.join("="));
  }
  return { name: pair!.slice(0, separator).trim(), value: pair!.slice(separator + 1), attributes, url };
}

/** Every Set-Cookie the server sends the page from now on (documents, server actions, route handlers). */
function recordSetCookies(page: Page): SetCookie[] {
  const seen: SetCookie[] = [];
  page.on("response", async (response) => {
    for (const { name, value } of await response.headersArray().catch(() => []))
      if (name.toLowerCase() === "set-cookie") seen.push(parseSetCookie(value, response.url()));
  });
  return seen;
}

test("P12: every cookie set over https is Secure and SameSite, HttpOnly unless a script needs it, __Host- when it authenticates", async ({
  page,
  newAccount,
}) => {
  const setCookies = recordSetCookies(page);

  // A first visit: the cookie choice, then a cart.
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByTestId("consent-banner").getByRole("button", { name: "Tout refuser" }).click();
  await expect(page.getByTestId("consent-banner")).toHaveCount(0);
  await page.getByRole("main").getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");

  // A sign-up (the proof that this browser chose the password), then a sign-in and a sign-out.
  await page.goto("/fr/sign-up");
  await page.getByLabel("Nom complet").fill("Camille Martin");
  await page.getByLabel("Adresse e-mail").fill(`e2e-https-${Date.now()}@example.fr`);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-up\/check-email$/);
  const { email } = await newAccount();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fr\/account$/);
  await page.goto("/fr/account/security");
  await page.getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await expect
    .poll(async () => (await page.context().cookies()).map((cookie) => cookie.name))
    .not.toContain("__Host-plusuite.session");
  // Signing out forgets the cart and its count in the header, so the next person here does not see them.
  const left = (await page.context().cookies()).map((cookie) => cookie.name);
  expect(left).not.toContain("ps_cart");
  expect(left).not.toContain("ps_cart_count");

  const names = new Set(setCookies.map((cookie) => cookie.name));
  for (const expected of ["ps_consent", "ps_cart", "ps_cart_count", "__Host-plusuite.session"])
    expect(names, `no Set-Cookie for ${expected}`).toContain(expected);
  expect(
    [...names].some((name) => /pending-password/.test(name)),
    "the sign-up's proof",
  ).toBe(true);

  for (const cookie of setCookies) {
    const where = `${cookie.name} (${new URL(cookie.url).pathname})`;
    expect(cookie.attributes.has("secure"), `${where}: Secure`).toBe(true);
    expect(cookie.attributes.get("samesite")?.toLowerCase(), `${where}: SameSite`).toMatch(/^(lax|strict)$/);
    expect(cookie.attributes.get("path"), `${where}: Path`).toBe("/");
    expect(cookie.attributes.has("domain"), `${where}: no Domain (this host only)`).toBe(false);
    if (!(cookie.name in SCRIPT_READABLE)) expect(cookie.attributes.has("httponly"), `${where}: HttpOnly`).toBe(true);
    if (AUTHENTICATES.test(cookie.name)) expect(cookie.name, `${where}: __Host- prefix`).toMatch(/^__Host-/);
  }
});

test("P12: the browser keeps the authenticating cookies out of the page's scripts", async ({
  page,
  context,
  newAccount,
}) => {
  const { email } = await newAccount();
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByRole("main").getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByTestId("cart-count")).toHaveText("1");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fr\/account$/);

  const stored = await context.cookies();
  const session = stored.find((cookie) => cookie.name === "__Host-plusuite.session");
  expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax", path: "/" });
  const readable = await page.evaluate(() => document.cookie.split("; ").map((pair) => pair.split("=")[0]));
  expect(readable.filter((name) => !(name! in SCRIPT_READABLE))).toEqual([]);
});
