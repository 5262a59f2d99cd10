// A shopper buying by card on the gateway shop (tests/e2e/support/servers.ts): the cart, the checkout form,
// the redirection to Stripe's hosted page (the local fake), then Stripe's signed webhook saying it is paid.
import { expect, type Page } from "@playwright/test";
import type { Db } from "@/lib/db/client";
import { deliverStripeEvent, paidCheckoutSession } from "./stripe-events";

export type PaidOrder = { id: string; number: string; totalCents: number; providerPaymentId: string };

/** Buys one of the product at `productPath` ("/fr/product/…") as a guest; returns the order once paid. */
export async function buyWithCard(page: Page, db: Db, productPath: string, email: string): Promise<PaidOrder> {
  await fillCheckout(page, productPath, email);
  return payByCard(page, db);
}

/** Puts one of the product in the cart and fills the checkout form, up to the choice of payment. */
export async function fillCheckout(page: Page, productPath: string, email: string): Promise<void> {
  await page.goto(productPath);
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.goto("/fr/checkout");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Nom complet").fill("Camille Martin");
  await page.getByLabel("Adresse", { exact: true }).fill("12 rue des Lilas");
  await page.getByLabel("Code postal").fill("69003");
  await page.getByLabel("Ville").fill("Lyon");
}

/** Chooses the card, goes to Stripe's page, and has Stripe confirm the payment. */
export async function payByCard(page: Page, db: Db): Promise<PaidOrder> {
  await page.getByRole("radio", { name: "Carte bancaire (Stripe)" }).check();
  await page.getByRole("button", { name: /Commander et payer/ }).click();

  // Stripe's hosted page (the fake serves none: the URL is what the shop handed the browser).
  await page.waitForURL(/\/pay\/cs_test_\w+$/);
  const sessionId = new URL(page.url()).pathname.split("/").pop()!;
  const order = await db.order.findUniqueOrThrow({
    where: { providerReference: sessionId },
    select: { id: true, number: true, totalCents: true },
  });
  const session = paidCheckoutSession(order, sessionId);
  await deliverStripeEvent(page.request, "checkout.session.completed", session);
  return { ...order, providerPaymentId: session.payment_intent };
}
