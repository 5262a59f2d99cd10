// P16 (cart kept between visits), P5 (confirmation e-mail), demo payment mode, in French and English.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";
import { postToAction, serverActionId } from "./support/server-actions";

const texts = {
  fr: {
    add: "Ajouter au panier",
    checkout: "Commander",
    email: "Adresse e-mail",
    name: "Nom complet",
    line1: "Adresse",
    postal: "Code postal",
    city: "Ville",
    submit: /Valider la commande de démonstration/,
    paid: /Votre paiement est confirmé/,
    size: "M",
  },
  en: {
    add: "Add to basket",
    checkout: "Checkout",
    email: "E-mail address",
    name: "Full name",
    line1: "Address",
    postal: "Postcode",
    city: "Town or city",
    submit: /Place the demo order/,
    paid: /Your payment is confirmed/,
    size: "M",
  },
} as const;

async function addToCart(page: Page, path: string, label: string) {
  await page.goto(path);
  await page.getByRole("button", { name: label }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
}

for (const locale of ["fr", "en"] as const) {
  const t = texts[locale];
  test(`${locale}: P16 a guest cart survives closing the browser, then a demo checkout sends one confirmation e-mail (P5)`, async ({
    browser,
    db,
  }) => {
    const first = await browser.newContext({ locale: locale === "fr" ? "fr-FR" : "en-GB" });
    const page = await first.newPage();
    await addToCart(page, `/${locale}/product/confiture-abricot-roussillon`, t.add);
    await page.goto(`/${locale}/product/mariniere-coton-bio`);
    await page.locator("label", { hasText: new RegExp(`^${t.size}$`) }).click();
    await page.getByRole("button", { name: t.add }).click();
    await expect(page.getByTestId("cart-count")).toHaveText("2");

    const cookies = await first.storageState();
    expect(cookies.cookies.find((c) => c.name === "ps_cart")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await first.close();

    const second = await browser.newContext({ storageState: cookies, locale: locale === "fr" ? "fr-FR" : "en-GB" });
    const again = await second.newPage();
    await again.goto(`/${locale}/cart`);
    await expect(again.getByRole("main").getByTestId("cart-line")).toHaveCount(2);
    await expect(again.getByTestId("cart-count")).toHaveText("2");

    await again.getByRole("link", { name: t.checkout, exact: true }).click();
    await expect(again.getByTestId("demo-banner")).toBeVisible();
    const email = `e2e-${locale}-${Date.now()}@example.fr`;
    await again.getByLabel(t.email).fill(email);
    await again.getByLabel(t.name).fill("Camille Martin");
    await again.getByLabel(t.line1, { exact: true }).fill("12 rue des Lilas");
    await again.getByLabel(t.postal).fill("69003");
    await again.getByLabel(t.city).fill("Lyon");
    const total = await again.getByTestId("checkout-total").textContent();
    await again.getByRole("button", { name: t.submit }).click();

    await expect(again).toHaveURL(new RegExp(`/${locale}/order/`));
    await expect(again.getByTestId("order-status")).toHaveText(t.paid);
    await expect(again.getByTestId("demo-order")).toBeVisible();
    await expect(again.getByTestId("order-total")).toHaveText(total!);
    const number = (await again.getByRole("heading", { level: 1 }).textContent())!.match(/PS-\d{4}-\d{6}/)![0];
    await expect(again.getByTestId("cart-count")).toHaveText("0");

    // The confirmation e-mail waits in the outbox (no RESEND_API_KEY here), exactly once.
    const emails = await emailsTo(db, email);
    expect(emails.map((e) => e.template)).toEqual(["order-confirmation"]);
    expect(emails[0]!.subject).toContain(number);
    await second.close();
  });
}

test("bad checkout input is refused with a localized message and nothing typed is lost", async ({ page }) => {
  await addToCart(page, "/fr/product/confiture-abricot-roussillon", "Ajouter au panier");
  await page.goto("/fr/checkout");
  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByLabel("Nom complet").fill("Camille Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("3 rue Neuve");
  await page.getByLabel("Pays").selectOption("BE");
  await page.getByLabel("Code postal").fill("ABCDE");
  await page.getByLabel("Ville").fill("Bruxelles");
  await page.getByLabel("Téléphone (facultatif)").fill("12");
  await page.getByRole("button", { name: /Valider la commande/ }).click();
  await expect(page.getByText("Veuillez corriger les champs signalés.")).toHaveAttribute("role", "alert");
  await expect(page.getByText("Cette adresse e-mail n’est pas valide.")).toBeVisible();
  await expect(page.getByText("Ce code postal n’est pas valide pour ce pays.")).toBeVisible();
  await expect(
    page.getByText("Ce numéro de téléphone n’est pas valide pour le pays choisi (ex. +33 6 12 34 56 78)."),
  ).toBeVisible();
  await expect(page.getByLabel("Nom complet")).toHaveValue("Camille Martin");
  await expect(page.getByLabel("Pays")).toHaveValue("BE");
  await expect(page.getByLabel("Code postal")).toHaveValue("ABCDE");
  await expect(page.getByLabel("Code postal")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/fr\/checkout/);

  // Corrected, the same form goes through: the Belgian postcode is checked against Belgium.
  await page.getByLabel("Adresse e-mail").fill("camille@example.be");
  await page.getByLabel("Code postal").fill("1000");
  await page.getByLabel("Téléphone (facultatif)").fill("+32 470 12 34 56");
  await page.getByRole("button", { name: /Valider la commande/ }).click();
  await expect(page).toHaveURL(/\/fr\/order\//);
  await expect(page.getByTestId("order-status")).toHaveText(/Votre paiement est confirmé/);
});

test("a change the cart refuses is explained in the shop's words and the cart shows what the server holds", async ({
  page,
}) => {
  await addToCart(page, "/fr/product/confiture-abricot-roussillon", "Ajouter au panier");
  await page.goto("/fr/cart");
  const main = page.getByRole("main");
  const quantity = main.getByLabel("Quantité pour Confiture extra d’abricots du Roussillon");
  const subtotal = await page.getByTestId("cart-subtotal").textContent();

  await quantity.fill("60"); // 48 in stock
  await quantity.press("Enter");
  await expect(main.getByText("Le stock est insuffisant pour cette quantité.")).toHaveAttribute("role", "alert");
  await expect(quantity).toHaveValue("1");
  await expect(page.getByTestId("cart-subtotal")).toHaveText(subtotal!);

  await quantity.fill("0");
  await quantity.press("Enter");
  await expect(main.getByText("Choisissez une quantité entre 1 et 99.")).toHaveAttribute("role", "alert");
  await expect(quantity).toHaveValue("1");

  await quantity.fill("2");
  await quantity.press("Enter");
  await expect(main.getByRole("alert")).toHaveCount(0);
  await expect(page.getByTestId("cart-count")).toHaveText("2");
});

test("the cart and checkout actions answer garbage with a typed refusal, never a 500, and change nothing", async ({
  request,
  baseURL,
}) => {
  const cart = "app/[locale]/(shop)/cart/actions.ts";
  const checkout = "app/[locale]/(shop)/checkout/actions.ts";
  const on = (file: string, name: string, pagePath: string) => ({
    baseURL: baseURL!,
    pagePath,
    actionId: serverActionId(file, name),
  });
  // A well-formed id of no product: had the input been read, the answer would be "productUnavailable".
  const item = { locale: "fr", productId: "abcdefghij0123456789", quantity: "1" };
  const address = { "shipping.name": "Camille Martin", "shipping.city": "Lyon", provider: "demo" };

  const refusedWhole = [
    // Prototype keys, in a form to the cart and nested in the checkout's.
    await postToAction(request, { ...on(cart, "addToCartAction", "/fr/cart"), form: { ...item, "__proto__.x": "1" } }),
    await postToAction(request, {
      ...on(checkout, "placeOrderAction", "/fr/checkout"),
      form: { locale: "fr", ...address, "shipping.constructor.prototype": "x" },
    }),
    await postToAction(request, {
      ...on(cart, "addToCartAction", "/fr/cart"),
      argument: { ...item, productId: "a".repeat(1_000_000) },
    }),
    // A plain object where the checkout expects its form.
    await postToAction(request, {
      ...on(checkout, "placeOrderAction", "/fr/checkout"),
      argument: { locale: "fr", email: "a@example.fr", shippingMethod: "colissimo", provider: "demo", totalCents: 1 },
    }),
  ];
  for (const response of refusedWhole) {
    expect(response.status()).toBe(200);
    // Nothing is echoed back either.
    expect(await response.text()).toMatch(/^1:\{"attempt":1,"error":"invalid"\}$/m);
    expect(response.headers()["set-cookie"] ?? "").not.toMatch(/ps_cart/);
    expect(response.headers()["x-action-redirect"]).toBeUndefined();
  }

  // A 1 MB text in a form field, far longer than any field (just under Next's own limit on a request body): refused
  // on that field before the handler runs, with the rest of what was typed given back.
  const longCity = await postToAction(request, {
    ...on(checkout, "placeOrderAction", "/fr/checkout"),
    form: { locale: "fr", ...address, "shipping.city": "x".repeat(1_000_000) },
  });
  const longCityAnswer = await longCity.text();
  expect(longCityAnswer).toMatch(/"error":"invalid","fieldErrors":\{"shipping.city":"tooLong"\}/);
  expect(longCityAnswer).toContain('"shipping.name":"Camille Martin"');
  expect(longCityAnswer.length).toBeLessThan(10_000);
  expect(longCity.headers()["set-cookie"] ?? "").not.toMatch(/ps_cart/);

  // Fields of the wrong shape are refused one by one, in the shop's words; extra keys are dropped.
  const update = await postToAction(request, {
    ...on(cart, "updateCartLineAction", "/fr/cart"),
    argument: { locale: "fr", lineId: "../../etc", quantity: 2, unitPriceCents: 1 },
  });
  expect(await update.text()).toMatch(/"error":"invalid","fieldErrors":\{"lineId":"lineNotFound"\}/);
  const capture = await postToAction(request, {
    ...on("app/[locale]/(shop)/checkout/paypal/actions.ts", "capturePayPalOrderAction", "/fr/checkout/paypal/x"),
    argument: { orderId: "x", paypalOrderId: { $gt: "" } },
  });
  expect(await capture.text()).toMatch(/"fieldErrors":\{"orderId":"notFound","paypalOrderId":"invalid"\}/);
  const after = await request.get("/api/cart?locale=fr");
  expect(await after.json()).toMatchObject({ id: null, itemCount: 0 });
});
