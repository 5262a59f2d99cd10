// Signing in through the real form, for the tests about signing in (accounts.spec.ts, auth-flows.spec.ts).
// Tests about anything else sign in directly with the fixtures of ./fixtures.ts.
import type { Page } from "@playwright/test";

/** The password of every account the fixtures create. */
export const PASSWORD = "un mot de passe solide";

/** Fills and submits the French sign-in form; the caller asserts where it lands. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
}
