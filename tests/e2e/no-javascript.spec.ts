// Shopping before the JavaScript arrives, or without it (issue 13): every step is a plain form posted to a server
// action, and the page that comes back shows the result. With the script, the same forms are enhanced (drawer,
// live count, optimistic changes): checkout.spec.ts covers that path.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";
import { postToAction, serverActionId } from "./support/server-actions";

test.use({ javaScriptEnabled: false });

const JAM = "Confiture extra d’abricots du Roussillon";
const TOP = "Marinière en coton bio";

const cartCountCookie = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === "ps_cart_count")?.value;

/** A line of the cart page's list, found by its product's name. */
const cartLine = (page: Page, name: string) =>
  page
    .getByRole("main")
    .getByTestId("cart-line")
    .filter({ has: page.getByRole("link", { name }) });

test("without JavaScript: add, change a quantity, a refusal, remove, then a demo order reaches its confirmation", async ({
  page,
  db,
}) => {
  // Add to cart: the form posts and the cart page says what was added.
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page).toHaveURL(/\/fr\/cart\?added=/);
  await expect(page.getByRole("status").filter({ hasText: `${JAM} a été ajouté à votre panier.` })).toBeVisible();
  await expect(page.getByRole("main").getByTestId("cart-line")).toHaveCount(1);
  await expect(page.getByRole("main").getByLabel(`Quantité pour ${JAM}`)).toHaveValue("1");
  // The header's count, for the next pages once a script runs there (lib/cart/count-cookie.ts).
  expect(await cartCountCookie(page)).toBe("1");

  // A product with options: the size and colour buttons chosen without any script pick the variant.
  await page.goto("/fr/product/mariniere-coton-bio");
  await page.locator("label", { hasText: /^Rouge/ }).click();
  await page.locator("label", { hasText: /^L$/ }).click();
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page).toHaveURL(/\/fr\/cart\?added=/);
  await expect(page.getByRole("main").getByTestId("cart-line")).toHaveCount(2);
  await expect(cartLine(page, TOP)).toContainText("Rouge / L");

  // Change a quantity: typed, then "Mettre à jour".
  const jamQuantity = page.getByRole("main").getByLabel(`Quantité pour ${JAM}`);
  await jamQuantity.fill("3");
  await page.getByRole("button", { name: `Mettre à jour la quantité de ${JAM}` }).click();
  await expect(jamQuantity).toHaveValue("3");
  await expect(cartLine(page, JAM).getByTestId("line-total")).toHaveText(/20,70\s€/);
  await expect(page.getByTestId("cart-subtotal")).toHaveText(/79,70\s€/);
  expect(await cartCountCookie(page)).toBe("4");

  // More than the stock: refused next to its line in the shop's words, the typed figure kept, the cart unchanged.
  await jamQuantity.fill("60");
  await page.getByRole("button", { name: `Mettre à jour la quantité de ${JAM}` }).click();
  const refusal = cartLine(page, JAM).getByRole("alert");
  await expect(refusal).toHaveText("Le stock est insuffisant pour cette quantité.");
  await expect(jamQuantity).toHaveValue("60");
  await expect(jamQuantity).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("cart-subtotal")).toHaveText(/79,70\s€/);
  await page.goto("/fr/cart");
  await expect(jamQuantity).toHaveValue("3");

  // The + and − buttons are forms too.
  await page.getByRole("button", { name: `Ajouter un ${TOP}` }).click();
  await expect(page.getByRole("main").getByLabel(`Quantité pour ${TOP}`)).toHaveValue("2");
  await page.getByRole("button", { name: `Retirer un ${TOP}` }).click();
  await expect(page.getByRole("main").getByLabel(`Quantité pour ${TOP}`)).toHaveValue("1");

  // Remove a line.
  await page.getByRole("button", { name: `Supprimer ${TOP} du panier` }).click();
  await expect(page.getByRole("main").getByTestId("cart-line")).toHaveCount(1);
  await expect(cartLine(page, TOP)).toHaveCount(0);
  await expect(page.getByTestId("cart-subtotal")).toHaveText(/20,70\s€/);
  expect(await cartCountCookie(page)).toBe("3");

  // Checkout and a demo order: the form posts, the confirmation page follows.
  await page.getByRole("link", { name: "Commander", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/checkout$/);
  await expect(page.getByTestId("demo-banner")).toBeVisible();
  const email = `e2e-nojs-${Date.now()}@example.fr`;
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Nom complet").fill("Camille Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("12 rue des Lilas");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
  // The figures follow the shipping method chosen, by CSS alone: Colissimo by default, then Express.
  await expect(page.getByTestId("checkout-total")).toHaveText(/26,60\s€/);
  await page.getByRole("radio", { name: /Express 24 h/ }).check();
  await expect(page.getByTestId("checkout-total")).toBeHidden();
  const submit = page.getByRole("button", { name: /^Valider la commande de démonstration \(35,60\s€\)$/ });
  await expect(submit).toBeVisible();
  await submit.click();

  await expect(page).toHaveURL(/\/fr\/order\//);
  await expect(page.getByTestId("order-status")).toHaveText(/Votre paiement est confirmé/);
  await expect(page.getByTestId("demo-order")).toBeVisible();
  await expect(page.getByTestId("order-total")).toHaveText(/35,60\s€/);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/PS-\d{4}-\d{6}/)![0];

  // The order exists as the shopper saw it, and its confirmation e-mail waits in the outbox.
  const order = await db.order.findUniqueOrThrow({ where: { number }, include: { lines: true } });
  expect(order).toMatchObject({ email, shippingMethod: "express", shippingCents: 1490, totalCents: 3560 });
  expect(order.lines.map((line) => [line.name, line.quantity])).toEqual([[JAM, 3]]);
  expect((await emailsTo(db, email)).map((e) => e.template)).toEqual(["order-confirmation"]);
  expect(await cartCountCookie(page)).toBeUndefined();

  // The cart is empty afterwards.
  await page.goto("/fr/cart");
  await expect(page.getByRole("main").getByText("Votre panier est vide.")).toBeVisible();
});

test("without JavaScript, a refused add comes back to the product page with the reason and the options chosen", async ({
  page,
}) => {
  await page.goto("/fr/product/mariniere-coton-bio");
  // Red XS is sold out: the button cannot know it before the script runs, the server says so.
  await page.locator("label", { hasText: /^Rouge/ }).click();
  await page.locator("label", { hasText: /^XS/ }).click();
  await page.getByLabel("Quantité", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();

  await expect(page).toHaveURL(/\/fr\/product\/mariniere-coton-bio$/);
  await expect(
    page.getByRole("alert").filter({ hasText: "Le stock est insuffisant pour cette quantité." }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Rouge/ })).toBeChecked();
  await expect(page.getByRole("radio", { name: /^XS/ })).toBeChecked();
  await expect(page.getByLabel("Quantité", { exact: true })).toHaveValue("2");
  await page.goto("/fr/cart");
  await expect(page.getByRole("main").getByText("Votre panier est vide.")).toBeVisible();
});

test("without JavaScript, a price changed since the visit is shown, and accepting it is a form too", async ({
  page,
  db,
}) => {
  const oil = "Huile d’olive vierge extra AOP Nyons";
  await page.goto("/fr/product/huile-olive-nyons");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page).toHaveURL(/\/fr\/cart\?added=/);
  const product = await db.product.findUniqueOrThrow({ where: { slug: "huile-olive-nyons" } });
  await db.product.update({ where: { id: product.id }, data: { priceCents: product.priceCents + 100 } });
  try {
    await page.goto("/fr/cart");
    await expect(cartLine(page, oil).getByTestId("line-issue")).toHaveText(
      /^Le prix a changé\s:\s18,90\s€\s→\s19,90\s€\.$/,
    );
    await expect(page.getByRole("link", { name: "Commander", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Accepter les changements" }).click();
    await expect(cartLine(page, oil).getByTestId("line-issue")).toHaveCount(0);
    await expect(page.getByTestId("cart-subtotal")).toHaveText(/19,90\s€/);
    await expect(page.getByRole("link", { name: "Commander", exact: true })).toBeVisible();
  } finally {
    await db.product.update({ where: { id: product.id }, data: { priceCents: product.priceCents } });
  }
});

test("the form behind a no-JavaScript add answers garbage with a typed refusal: no cart, no redirect", async ({
  request,
  baseURL,
}) => {
  const call = (form: Record<string, string>) =>
    postToAction(request, {
      baseURL: baseURL!,
      pagePath: "/fr/product/confiture-abricot-roussillon",
      actionId: serverActionId("app/[locale]/(shop)/cart/actions.ts", "addToCartFormAction"),
      form: { locale: "fr", ...form },
    });
  const answers = [
    await call({ productId: "abcdefghij0123456789", quantity: "1" }),
    await call({ productId: "../../etc", quantity: "-3", size: "x".repeat(500) }),
    await call({ productId: "abcdefghij0123456789", quantity: "1", "__proto__.x": "1" }),
  ];
  expect(await answers[0]!.text()).toMatch(/"error":"productUnavailable"/);
  expect(await answers[1]!.text()).toMatch(
    /"fieldErrors":\{"productId":"productUnavailable","quantity":"quantity","size":"variantMismatch"\}/,
  );
  expect(await answers[2]!.text()).toMatch(/^1:\{"attempt":1,"error":"invalid"\}$/m);
  for (const answer of answers) {
    expect(answer.status()).toBe(200);
    expect(answer.headers()["set-cookie"] ?? "").not.toMatch(/ps_cart/);
    expect(answer.headers()["x-action-redirect"]).toBeUndefined();
  }
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("the same forms are enhanced: nothing is posted, the drawer opens, Update changes the line in place", async ({
    page,
  }) => {
    await page.goto("/fr/product/confiture-abricot-roussillon");
    await page.getByRole("button", { name: "Ajouter au panier" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: `${JAM} a été ajouté à votre panier.` })).toBeAttached();
    await page.keyboard.press("Escape");

    await page.goto("/fr/cart");
    // A document load would drop this mark: the forms must not post once the script runs.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const quantity = page.getByRole("main").getByLabel(`Quantité pour ${JAM}`);
    await quantity.fill("4");
    await page.getByRole("button", { name: `Mettre à jour la quantité de ${JAM}` }).click();
    await expect(page.getByTestId("cart-count")).toHaveText("4");
    await expect(quantity).toHaveValue("4");
    await page.getByRole("button", { name: `Supprimer ${JAM} du panier` }).click();
    await expect(page.getByRole("main").getByText("Votre panier est vide.")).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });
});

test("without JavaScript, a refused checkout comes back with the reasons and everything typed", async ({ page }) => {
  await page.goto("/fr/product/confiture-abricot-roussillon");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page).toHaveURL(/\/fr\/cart/);
  await page.getByRole("link", { name: "Commander", exact: true }).click();

  await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
  await page.getByLabel("Nom complet").fill("Camille Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("3 rue Neuve");
  await page.getByLabel("Code postal").fill("ABCDE");
  await page.getByLabel("Ville").fill("Lyon");
  await page.getByRole("button", { name: /Valider la commande/ }).click();

  await expect(page).toHaveURL(/\/fr\/checkout$/);
  await expect(page.getByText("Veuillez corriger les champs signalés.")).toHaveAttribute("role", "alert");
  await expect(page.getByText("Cette adresse e-mail n’est pas valide.")).toBeVisible();
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("pas-une-adresse");
  await expect(page.getByLabel("Nom complet")).toHaveValue("Camille Martin");
  await expect(page.getByLabel("Code postal")).toHaveValue("ABCDE");

  await page.getByLabel("Adresse e-mail").fill("camille@example.fr");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByRole("button", { name: /Valider la commande/ }).click();
  await expect(page).toHaveURL(/\/fr\/order\//);
  await expect(page.getByTestId("order-status")).toHaveText(/Votre paiement est confirmé/);
});
