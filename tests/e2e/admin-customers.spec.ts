// Customers in the back office (P14): an admin finds a guest (no account) by e-mail, downloads what the shop
// holds about the address and erases it after typing the address; a customer's profile is found by name, whatever
// the accents, and an admin account cannot be erased from it.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { guestTargetId } from "@/lib/admin/customer-target";
import { expect, test } from "./support/fixtures";

// The same secret as the shop under test (playwright.config.ts): the audit's keyed hash of the address.
// Two browsers (customer and admin) and production password hashing: slower than a page view.
test.describe.configure({ timeout: 90_000 });

const COOKIE_SECRET = "e2e-cookie-secret-only-for-local-test-runs";

async function customersPage(context: BrowserContext): Promise<Page> {
  const admin = await context.newPage();
  await admin.goto("/fr/admin");
  await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
  await admin
    .getByRole("navigation", { name: "Rubriques de l’administration" })
    .getByRole("link", { name: "Clients" })
    .click();
  await expect(admin).toHaveURL(/\/fr\/admin\/customers$/, { timeout: 15_000 });
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Clients");
  return admin;
}

test("P14: an admin finds a guest by e-mail, exports their data and erases them", async ({
  browser,
  db,
  newAccount,
  signInDirectly,
}) => {
  const email = `invite-${randomUUID()}@example.fr`;
  const order = await db.order.create({
    data: {
      number: `PS-E2E-${randomUUID().slice(0, 8)}`,
      status: "paid",
      locale: "fr",
      email,
      phone: "+33611223344",
      shippingMethod: "colissimo",
      subtotalCents: 1200,
      shippingCents: 490,
      vatCents: 282,
      totalCents: 1690,
      paymentProvider: "demo",
      isDemo: true,
      paidAt: new Date(),
      addresses: {
        create: {
          kind: "shipping",
          name: "Gaëlle Noir",
          line1: "7 impasse des Mésanges",
          postalCode: "35000",
          city: "Rennes",
          country: "FR",
        },
      },
    },
  });
  await db.newsletterSubscription.create({ data: { email, list: "newsletter", locale: "fr", status: "confirmed" } });
  await db.contactMessage.create({
    data: {
      kind: "privacyDeletion",
      name: "Gaëlle Noir",
      email,
      subject: "Effacez mes données",
      message: "Merci d’effacer tout ce que vous avez sur moi.",
      locale: "fr",
    },
  });

  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    await signInDirectly(context, await newAccount({ role: "admin", name: "Alex Admin" }));
    const admin = await customersPage(context);
    await admin.getByLabel("E-mail ou nom").fill(email.toUpperCase());
    await admin
      .getByRole("search", { name: "Rechercher un client" })
      .getByRole("button", { name: "Rechercher" })
      .click();
    await expect(admin.getByTestId("guest-lookup")).toContainText(
      "Sans compte, cette adresse a 1 commande, 1 abonnement et 1 message.",
    );
    await admin.getByRole("link", { name: "Voir ses données" }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Sans compte : ${email}`);
    await expect(admin.getByRole("link", { name: order.number })).toHaveAttribute(
      "href",
      `/fr/admin/orders/${order.id}`,
    );
    await expect(admin.getByText("Demande d’effacement · « Effacez mes données »")).toBeVisible();

    const downloading = admin.waitForEvent("download");
    await admin.getByRole("link", { name: "Télécharger ses données (JSON)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^plusuite-invite-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(data).toMatchObject({ format: "plusuite-guest-data/1", email });
    expect(data.orders).toEqual([expect.objectContaining({ number: order.number })]);
    expect(data.contactMessages).toEqual([expect.objectContaining({ subject: "Effacez mes données" })]);

    // A typo in the confirmation: refused next to the field, what was typed kept.
    const confirmation = admin.getByLabel("Pour confirmer, tapez l’adresse e-mail du client");
    await confirmation.fill("quelqu-un@example.fr");
    await admin.getByRole("button", { name: "Effacer définitivement" }).click();
    await expect(admin.getByText("Ce n’est pas l’adresse e-mail du client")).toBeVisible();
    await expect(confirmation).toHaveValue("quelqu-un@example.fr");
    await confirmation.fill(email);
    await admin.getByRole("button", { name: "Effacer définitivement" }).click();
    await expect(admin).toHaveURL(/\/fr\/admin\/customers\?erased=guest$/);
    await expect(
      admin.getByRole("status").filter({ hasText: "Les données de cette adresse sont effacées" }),
    ).toBeVisible();
  } finally {
    await context.close();
  }

  // The invoice stays, anonymous; the rest is gone; the audit names the address only by its keyed hash.
  expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
    email: `deleted-${order.id}@invalid`,
    phone: null,
    totalCents: 1690,
  });
  expect(await db.contactMessage.count({ where: { email } })).toBe(0);
  expect(await db.newsletterSubscription.count({ where: { email } })).toBe(0);
  const targetId = guestTargetId(email, COOKIE_SECRET);
  const actions = await db.auditEntry.findMany({ where: { targetId }, select: { action: true } });
  expect(actions.map((a) => a.action).sort()).toEqual(["customer.erase", "customer.export"]);
});

test("P14: a customer's profile is found by name whatever the accents; an admin account is not erasable", async ({
  browser,
  newAccount,
  signInDirectly,
}) => {
  const tag = randomUUID().slice(0, 8);
  const customer = await newAccount({ name: `Hélène Dupré-${tag}` });
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    const adminAccount = await newAccount({ role: "admin", name: `Zoé Admin-${tag}` });
    await signInDirectly(context, adminAccount);
    const admin = await customersPage(context);
    await admin.getByLabel("E-mail ou nom").fill(`helene dupre-${tag}`);
    await admin
      .getByRole("search", { name: "Rechercher un client" })
      .getByRole("button", { name: "Rechercher" })
      .click();
    await admin.getByRole("link", { name: customer.email }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toContainText(`Hélène Dupré-${tag}`);
    await expect(admin.getByRole("heading", { name: "Consentements et abonnements" })).toBeVisible();
    await expect(admin.getByRole("button", { name: "Effacer définitivement" })).toBeVisible();

    await admin.goto(`/fr/admin/customers/${adminAccount.id}`);
    await expect(admin.getByText("Un compte administrateur n’est jamais effacé d’ici")).toBeVisible();
    await expect(admin.getByRole("button", { name: "Effacer définitivement" })).toHaveCount(0);
  } finally {
    await context.close();
  }
});
