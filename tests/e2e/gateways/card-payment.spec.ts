// P10, P28: the shop with its real gateways configured (Stripe and PayPal pointed at local fakes): checkout offers
// both, a card payment goes through Stripe's hosted page and is confirmed by Stripe's signed webhook only.
import { fillCheckout, payByCard } from "../support/card-checkout";
import { expect, test } from "../support/fixtures";
import { emailsTo } from "../support/outbox";

test("P28: checkout offers Stripe and PayPal; a card payment is confirmed by Stripe's signed webhook", async ({
  page,
  db,
}) => {
  const email = `e2e-card-${Date.now()}@example.fr`;
  await fillCheckout(page, "/fr/product/confiture-abricot-roussillon", email);
  await expect(page.getByRole("radio", { name: "Carte bancaire (Stripe)" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "PayPal" })).toBeVisible();
  await expect(page.getByTestId("demo-banner")).toHaveCount(0);

  const order = await payByCard(page, db);
  await page.goto(`/fr/order/${order.id}`);
  await expect(page.getByTestId("order-status")).toHaveText(/Votre paiement est confirmé/);
  await expect(page.getByTestId("demo-order")).toHaveCount(0);
  expect((await emailsTo(db, email)).map((e) => e.template)).toEqual(["order-confirmation"]);
});
