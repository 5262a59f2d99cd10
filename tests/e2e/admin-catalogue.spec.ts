// The catalogue in the back office (issue 12): an admin creates a product, uploads its photo (a file whose
// extension lies is refused, the alt texts typed are kept), and the prerendered storefront shows it, and each edit,
// at once in French and English. Two admins editing the same product: the stale save is refused, nothing lost.
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "./support/fixtures";
import { jpeg, png } from "../helpers/image-bytes";

// Each step waits for a server action (an upload, a save that revalidates pages): on a busy machine that takes
// longer than Playwright's 5 seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

const JPEG = jpeg(64, 48);

const UPLOAD_DIR = process.env.UPLOAD_DIR || ".data/uploads";

async function createProduct(admin: Page, names: { fr: string; en: string }, price: string): Promise<string> {
  await admin.goto("/fr/admin/products");
  await admin.getByRole("link", { name: "Nouveau produit" }).click();
  await admin.getByLabel("Nom (français)", { exact: true }).fill(names.fr);
  await admin.getByLabel("Nom (anglais)", { exact: true }).fill(names.en);
  await admin.getByLabel("Description (français)", { exact: true }).fill("Fonte émaillée, garde le thé chaud.");
  await admin.getByLabel("Description (anglais)", { exact: true }).fill("Enamelled cast iron, keeps tea hot.");
  await admin.getByLabel("Catégorie", { exact: true }).selectOption({ label: "Cuisine" });
  await admin.getByLabel("Prix TTC", { exact: true }).fill(price);
  await admin.getByLabel("Taux de TVA", { exact: true }).selectOption({ label: "20 %" });
  await admin.getByLabel("Stock", { exact: true }).fill("7");
  await admin.getByRole("button", { name: "Créer le produit" }).click();
  await expect(admin).toHaveURL(/\/fr\/admin\/products\/[^/?]+\?created=1$/);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(names.fr);
  return new URL(admin.url()).pathname.split("/").at(-1)!;
}

test("an admin creates a product with a PNG photo; a lying file is refused; the storefront shows it and each edit at once, in French and English", async ({
  browser,
  db,
  newAccount,
  signInDirectly,
}) => {
  test.setTimeout(120_000);
  const suffix = randomUUID().slice(0, 8);
  const names = { fr: `Théière Kyoto ${suffix}`, en: `Kyoto teapot ${suffix}` };
  const context = await browser.newContext({ locale: "fr-FR" });
  let productId: string | undefined;
  try {
    await signInDirectly(context, await newAccount({ role: "admin" }));
    const admin = await context.newPage();
    await admin.goto("/fr/admin");
    await admin.getByRole("button", { name: "Tout refuser", exact: true }).click();
    productId = await createProduct(admin, names, "24,50");
    const slug = await admin.getByLabel("Adresse (slug)", { exact: true }).inputValue();
    expect(slug).toBe(`theiere-kyoto-${suffix}`);

    // A JPEG named .png: refused on the file field, the alt texts typed are still there.
    await admin
      .getByLabel("Photo", { exact: true })
      .setInputFiles({ name: "faux.png", mimeType: "image/png", buffer: JPEG });
    await admin.getByLabel("Texte alternatif (français)", { exact: true }).first().fill("Théière vue de face");
    await admin.getByLabel("Texte alternatif (anglais)", { exact: true }).first().fill("Teapot, front view");
    await admin.getByRole("button", { name: "Envoyer la photo" }).click();
    await expect(admin.locator("#file-error")).toHaveText(
      "L’extension de ce fichier ne correspond pas à son contenu (par exemple une image JPEG nommée .png) : renommez-le correctement.",
    );
    await expect(admin.getByLabel("Texte alternatif (français)", { exact: true }).first()).toHaveValue(
      "Théière vue de face",
    );
    await expect(admin.getByLabel("Texte alternatif (anglais)", { exact: true }).first()).toHaveValue(
      "Teapot, front view",
    );

    await admin
      .getByLabel("Photo", { exact: true })
      .setInputFiles({ name: "theiere.png", mimeType: "image/png", buffer: png(40, 30) });
    await admin.getByRole("button", { name: "Envoyer la photo" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Photo ajoutée." })).toBeVisible();
    await expect(admin.getByText("40 × 30")).toBeVisible();

    const shopper = await context.newPage();
    for (const [locale, name, alt] of [
      ["fr", names.fr, "Théière vue de face"],
      ["en", names.en, "Teapot, front view"],
    ] as const) {
      await shopper.goto(`/${locale}/product/${slug}`);
      await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(shopper.getByText(/24[,.]50/).first()).toBeVisible();
      const photo = shopper.getByRole("img", { name: alt }).first();
      await expect(photo).toBeVisible();
      await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    }

    // The stored file itself, opened on its own: an image type, never sniffed, sandboxed (P12).
    const stored = await db.productImage.findFirstOrThrow({ where: { product: { slug } }, select: { url: true } });
    const file = await shopper.request.get(stored.url);
    expect(file.status()).toBe(200);
    expect(file.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff" });
    expect(file.headers()["content-security-policy"]).toMatch(/^default-src 'none';.*sandbox$/);

    // An edit reaches the already rendered pages at once (revalidated, not waiting for their 5 minutes).
    await admin.getByLabel("Prix TTC", { exact: true }).fill("19,90");
    await admin.getByLabel("Nom (anglais)", { exact: true }).fill(`Kyoto iron teapot ${suffix}`);
    await admin.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Produit enregistré." })).toBeVisible();
    await shopper.goto(`/en/product/${slug}`);
    await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(`Kyoto iron teapot ${suffix}`);
    await expect(shopper.getByText(/19[,.]90/).first()).toBeVisible();
    await shopper.goto(`/fr/product/${slug}`);
    await expect(shopper.getByText(/19,90/).first()).toBeVisible();
  } finally {
    await context.close();
    if (productId) {
      await db.product.deleteMany({ where: { id: productId } });
      await rm(path.join(UPLOAD_DIR, "products", productId), { recursive: true, force: true });
    }
  }
});

test("two admins edit the same product: the stale save is refused with what was typed kept", async ({
  browser,
  db,
  newAccount,
  signInDirectly,
}) => {
  test.setTimeout(120_000);
  const suffix = randomUUID().slice(0, 8);
  const first = await browser.newContext({ locale: "fr-FR" });
  const second = await browser.newContext({ locale: "fr-FR" });
  let productId: string | undefined;
  try {
    await signInDirectly(first, await newAccount({ role: "admin" }));
    await signInDirectly(second, await newAccount({ role: "admin" }));
    const alice = await first.newPage();
    await alice.goto("/fr/admin");
    await alice.getByRole("button", { name: "Tout refuser", exact: true }).click();
    productId = await createProduct(alice, { fr: `Plaid ${suffix}`, en: `Throw ${suffix}` }, "60,00");

    const bob = await second.newPage();
    await bob.goto("/fr/admin");
    await bob.getByRole("button", { name: "Tout refuser", exact: true }).click();
    await bob.goto(`/fr/admin/products/${productId}`);
    await expect(bob.getByLabel("Nom (anglais)", { exact: true })).toHaveValue(`Throw ${suffix}`);

    await alice.getByLabel("Nom (anglais)", { exact: true }).fill(`Wool throw ${suffix}`);
    await alice.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(alice.getByRole("status").filter({ hasText: "Produit enregistré." })).toBeVisible();

    await bob.getByLabel("Prix TTC", { exact: true }).fill("55,00");
    await bob.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(bob.getByRole("alert").filter({ hasText: "modifié par quelqu’un d’autre" })).toBeVisible();
    await expect(bob.getByLabel("Prix TTC", { exact: true })).toHaveValue("55,00");
    expect(await db.product.findUniqueOrThrow({ where: { id: productId } })).toMatchObject({
      priceCents: 6000,
      name: { fr: `Plaid ${suffix}`, en: `Wool throw ${suffix}` },
    });
    // After a reload Bob sees Alice's change and may save his own on top of it.
    await bob.reload();
    await expect(bob.getByLabel("Nom (anglais)", { exact: true })).toHaveValue(`Wool throw ${suffix}`);
    await bob.getByLabel("Prix TTC", { exact: true }).fill("55,00");
    await bob.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await expect(bob.getByRole("status").filter({ hasText: "Produit enregistré." })).toBeVisible();
  } finally {
    await first.close();
    await second.close();
    if (productId) await db.product.deleteMany({ where: { id: productId } });
  }
});
