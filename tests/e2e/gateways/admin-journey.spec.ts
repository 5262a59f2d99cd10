// The back office's journey on the shop with real gateways (Stripe pointed at its local fake, webhooks signed
// with Stripe's own helper): an admin enrols an authenticator (P12), creates a product, a shopper buys it by card,
// the admin ships it and refunds it through Stripe, and the shopper sees each status; every write is audited (P9).
import { fillCheckout, payByCard } from "../support/card-checkout";
import { expect, test } from "../support/fixtures";
import { emailsTo } from "../support/outbox";
import { enrolSecondFactor } from "../support/second-factor";
import { deliverStripeEvent } from "../support/stripe-events";

const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;

test("P12, P9: an admin enrols, creates a product, and ships then refunds its card order; the shopper sees each status", async ({
  page,
  browser,
  db,
  cookieSecret,
  newAccount,
  signInDirectly,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const slug = `theiere-parcours-${stamp}`;
  const admin = await newAccount({ role: "admin", name: "Alex Admin" });
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    // The first visit to the back office enrols the authenticator app.
    await signInDirectly(context, admin, { secondFactor: false });
    const back = await context.newPage();
    await back.goto("/fr/admin/products/new");
    await expect(back).toHaveURL(/\/fr\/admin\/second-factor$/);
    await enrolSecondFactor(back, { db, cookieSecret, userId: admin.id });

    await back.goto("/fr/admin/products/new");
    await back.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await back.getByLabel("Nom (français)", { exact: true }).fill(`Théière du parcours ${stamp}`);
    await back.getByLabel("Nom (anglais)", { exact: true }).fill(`Journey teapot ${stamp}`);
    await back.getByLabel("Description (français)", { exact: true }).fill("Une théière en fonte émaillée, 1 litre.");
    await back.getByLabel("Description (anglais)", { exact: true }).fill("An enamelled cast-iron teapot, 1 litre.");
    await back.getByLabel("Adresse (slug)", { exact: true }).fill(slug);
    await back.getByLabel("Catégorie", { exact: true }).selectOption({ label: "Cuisine" });
    await back.getByLabel("Prix TTC", { exact: true }).fill("24,50");
    await back.getByLabel("Stock", { exact: true }).fill("5");
    await back.getByRole("button", { name: "Créer le produit" }).click();
    await expect(back).toHaveURL(/\/fr\/admin\/products\/\w+\?created=1$/);

    // A shopper finds it on the shop at once and pays by card on Stripe's page.
    const email = `e2e-journey-${stamp}@example.fr`;
    await fillCheckout(page, `/fr/product/${slug}`, email);
    const order = await payByCard(page, db);
    await page.goto(`/fr/order/${order.id}`);
    await expect(page.getByTestId("order-status")).toHaveText(/Votre paiement est confirmé/);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    expect(line).toMatchObject({ name: `Théière du parcours ${stamp}`, unitPriceCents: 2450, quantity: 1 });

    // The admin ships it with a tracking number…
    await back.goto(`/fr/admin/orders/${order.id}`);
    await back.getByLabel("Transporteur").selectOption({ label: "Colissimo" });
    await back.getByLabel("Numéro de suivi").fill("6A12345678901");
    await back.getByRole("button", { name: "Marquer comme expédiée" }).click();
    await expect(back.getByTestId("admin-order-status")).toHaveAttribute("data-status", "fulfilled");
    await page.reload();
    await expect(page.getByTestId("order-status")).toHaveText(/Cette commande a été expédiée/);
    await expect(page.getByTestId("order-shipment")).toContainText("6A12345678901");

    // …then refunds it in full through Stripe; Stripe's webhook about the same refund later changes nothing.
    await back.getByLabel("Montant à rembourser (€)").fill(euros(order.totalCents));
    await back.getByRole("button", { name: "Rembourser", exact: true }).click();
    await expect(back.getByTestId("admin-order-status")).toHaveAttribute("data-status", "refunded");
    const refund = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(refund).toMatchObject({ provider: "stripe", amountCents: order.totalCents, status: "succeeded" });
    await deliverStripeEvent(page.request, "refund.updated", {
      id: refund.providerRefundId,
      object: "refund",
      amount: order.totalCents,
      currency: "eur",
      status: "succeeded",
      payment_intent: order.providerPaymentId,
      metadata: { orderId: order.id },
    });
    expect(await db.refund.count({ where: { orderId: order.id } })).toBe(1);

    await page.reload();
    await expect(page.getByTestId("order-status")).toHaveText(/Cette commande a été remboursée/);
    await expect(page.getByTestId("order-refunds")).toContainText(euros(order.totalCents));
    const templates = (await emailsTo(db, email)).map((e) => e.template);
    expect(templates).toEqual(expect.arrayContaining(["order-confirmation", "order-shipped", "order-refunded"]));

    // P9: who created, shipped and refunded is on record, with the key fields only.
    const audited = await db.auditEntry.findMany({ where: { actorId: admin.id }, orderBy: { at: "asc" } });
    expect(audited.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["secondFactor.enrol", "product.create", "order.ship", "refund.create"]),
    );
    expect(JSON.stringify(audited)).not.toContain(email);
  } finally {
    await context.close();
  }
});
