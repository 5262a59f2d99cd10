// The contact page (P3, P25, P29): phone and e-mail shown, a message stored and acknowledged through the
// outbox, a robot's message dropped without a word, a burst answered with a wait, and a 1 MB message refused
// on its field with what was typed kept, with JavaScript and without it (never a 500 or an error page).
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { expect, test } from "./support/fixtures";
import { emailsTo } from "./support/outbox";

// Without trusted proxies every visitor is one client (lib/security/client-ip.ts): the tests of this file share
// one contact rate limit, so they run one after the other, each starting from an empty window.
test.describe.configure({ mode: "serial", timeout: 60_000 });

// The shop's contact details as the migration seeds them (ShopSettings, set at /admin/settings; the spec that
// changes them runs in its own project, after this one: playwright.config.ts).
const CONTACT_EMAIL = "contact@plusuite.com";
const CONTACT_PHONE = "0 800 94 20 26";
const CONTACT_PHONE_INTERNATIONAL = "+33800942026";

const senders: string[] = [];
const newSender = () => {
  const email = `e2e-contact-${randomUUID()}@example.fr`;
  senders.push(email);
  return email;
};

test.beforeEach(async ({ db }) => {
  await db.rateLimitWindow.deleteMany({ where: { key: { startsWith: "contact:" } } });
});

test.afterAll(async ({ db }) => {
  await db.contactMessage.deleteMany({ where: { email: { in: senders } } });
  await db.emailOutbox.deleteMany({ where: { to: { in: senders } } });
  await db.rateLimitWindow.deleteMany({ where: { key: { startsWith: "contact:" } } });
});

type Typed = { kind: string; name: string; email: string; orderNumber: string; subject: string; message: string };

async function fillForm(page: Page, typed: Typed) {
  await page.getByLabel("Votre demande").selectOption({ label: typed.kind });
  await page.getByLabel("Nom").fill(typed.name);
  await page.getByLabel("Adresse e-mail").fill(typed.email);
  await page.getByLabel("Numéro de commande (facultatif)").fill(typed.orderNumber);
  await page.getByLabel("Objet").fill(typed.subject);
  await page.getByLabel("Message", { exact: true }).fill(typed.message);
}

/** Everything but the message is given back as typed. */
async function expectKept(page: Page, typed: Typed) {
  await expect(page.getByLabel("Votre demande").locator("option:checked")).toHaveText(typed.kind);
  await expect(page.getByLabel("Nom")).toHaveValue(typed.name);
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(typed.email);
  await expect(page.getByLabel("Numéro de commande (facultatif)")).toHaveValue(typed.orderNumber);
  await expect(page.getByLabel("Objet")).toHaveValue(typed.subject);
}

const typedBy = (email: string, overrides: Partial<Typed> = {}): Typed => ({
  kind: "Une question",
  name: "Camille Martin",
  email,
  orderNumber: "PS-2026-000042",
  subject: `Taille du pull marin (${randomUUID().slice(0, 8)})`,
  message: "Bonjour, le pull marin existe-t-il en XL ?",
  ...overrides,
});

test("P25, P29: the contact page, reached from the footer, shows the phone number and the e-mail address", async ({
  page,
}) => {
  await page.goto("/fr");
  await page.getByRole("contentinfo").getByRole("link", { name: "Nous contacter" }).click();
  await expect(page).toHaveURL(/\/fr\/contact$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nous contacter");
  // In the page (the footer shows them too).
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: CONTACT_PHONE })).toHaveAttribute(
    "href",
    `tel:${CONTACT_PHONE_INTERNATIONAL}`,
  );
  await expect(main.getByRole("link", { name: CONTACT_EMAIL })).toHaveAttribute("href", `mailto:${CONTACT_EMAIL}`);
  // How long messages are kept, as the retention schedule says (P3, P14).
  await expect(
    page.getByText("il est supprimé 3 ans après notre dernier échange (5 ans pour une demande"),
  ).toBeVisible();
  // A page where personal data is typed: loaded as a document, under its own nonce policy (P12).
  expect(await page.evaluate(() => document.querySelectorAll("script[nonce]").length)).toBeGreaterThan(0);
});

test("P3: a message is sent, stored, and acknowledged by an e-mail to its sender in the outbox", async ({
  page,
  db,
}) => {
  const email = newSender();
  const typed = typedBy(email, { kind: "Effacer mes données (commande sans compte)" });
  await page.goto("/fr/contact");
  await fillForm(page, typed);
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Message reçu" })).toHaveText(
    `Message reçu. Un accusé de réception part vers ${email} ; une personne de l’équipe vous répondra par e-mail.`,
  );

  const stored = await db.contactMessage.findMany({ where: { email } });
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    kind: "privacyDeletion",
    name: typed.name,
    subject: typed.subject,
    message: typed.message,
    orderNumber: typed.orderNumber,
    locale: "fr",
    status: "open",
  });
  const [acknowledgement, ...others] = await emailsTo(db, email);
  expect(others).toEqual([]);
  expect(acknowledgement).toMatchObject({
    template: "contact-acknowledgement",
    subject: "Nous avons bien reçu votre message",
  });
  expect(acknowledgement!.text).toContain(typed.subject);
  // What happens next, truthfully: a person answers; no delay is promised.
  expect(acknowledgement!.text).toContain("Une personne de l’équipe traitera votre demande");
  expect(acknowledgement!.text).not.toMatch(/jours ouvrés|sous \d+|dans les \d+|automatiquement/);

  // Another message starts from an empty form.
  await page.getByRole("link", { name: "Envoyer un autre message" }).click();
  await expect(page.getByLabel("Nom")).toHaveValue("");
});

test("P29: a robot filling in the hidden field gets the same answer, and nothing is stored or sent", async ({
  page,
  db,
}) => {
  const email = newSender();
  await page.goto("/fr/contact");
  await fillForm(page, typedBy(email));
  // Hidden from people and screen readers: only a robot fills it in.
  const honeypot = page.locator("#website");
  await expect(honeypot).toBeHidden();
  await honeypot.evaluate((input: HTMLInputElement) => (input.value = "https://spam.example"));
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Message reçu" })).toHaveText(
    `Message reçu. Un accusé de réception part vers ${email} ; une personne de l’équipe vous répondra par e-mail.`,
  );
  expect(await db.contactMessage.count({ where: { email } })).toBe(0);
  expect(await emailsTo(db, email)).toEqual([]);
});

test("P29: past the limit, the form says when to try again and keeps what was typed", async ({ page, db }) => {
  const email = newSender();
  const typed = typedBy(email);
  await page.goto("/fr/contact");
  await fillForm(page, typed);
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Message reçu" })).toContainText("Message reçu.");
  // This client's window, as a burst of messages would have left it.
  await db.rateLimitWindow.updateMany({
    where: { key: { startsWith: "contact:ip:" } },
    data: { count: RATE_LIMITS.contactPerIp.limit },
  });

  await page.getByRole("link", { name: "Envoyer un autre message" }).click();
  await fillForm(page, typed);
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Trop de tentatives" })).toHaveText(
    /^Trop de tentatives\. Réessayez dans \d+ minutes?\.$/,
  );
  await expectKept(page, typed);
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue(typed.message);
  expect(await db.contactMessage.count({ where: { email } })).toBe(1);
});

const ONE_MB = "Bonjour. ".repeat(Math.ceil(1_000_000 / 9)).slice(0, 1_000_000);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("P3: a 1 MB message is refused on its field, with a message, and nothing typed is lost", async ({
      page,
      db,
    }) => {
      const email = newSender();
      const typed = typedBy(email, { kind: "Recevoir mes données (commande sans compte)", message: ONE_MB });
      await page.goto("/fr/contact");
      await fillForm(page, typed);
      const responses: number[] = [];
      page.on("response", (response) => responses.push(response.status()));
      await page.getByRole("button", { name: "Envoyer" }).click();

      const message = page.getByLabel("Message", { exact: true });
      await expect(page.locator("#message-error")).toHaveText("Ce texte est trop long.");
      await expect(message).toHaveAttribute("aria-invalid", "true");
      await expect(message).toHaveAccessibleDescription(/5\s000 caractères au plus\.\s*Ce texte est trop long\./);
      await expectKept(page, typed);
      if (javaScriptEnabled) {
        // Refused before sending: the whole message is still there.
        await expect(message).toHaveValue(ONE_MB);
      } else {
        // Posted as a document: the same page comes back (no error page), with the start of the message.
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nous contacter");
        await expect(page.getByRole("alert").filter({ hasText: "Vérifiez" })).toHaveText(
          "Vérifiez les champs signalés : rien n’a été envoyé.",
        );
        expect((await message.inputValue()).length).toBeGreaterThan(0);
        expect(ONE_MB.startsWith(await message.inputValue())).toBe(true);
      }
      expect(responses.filter((status) => status >= 500)).toEqual([]);
      expect(await db.contactMessage.count({ where: { email } })).toBe(0);
      expect(await emailsTo(db, email)).toEqual([]);
    });
  });
}
