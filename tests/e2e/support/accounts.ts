// Accounts for e2e tests: each test creates its own verified customer from a separate process (through
// the shared embedded database server), then signs in through the real form.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, type Page } from "@playwright/test";

const run = promisify(execFile);
export const PASSWORD = "un mot de passe solide";
const databaseEnv = () => ({ ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "pglite:.data/e2e" });

/** A verified account (optionally with a name), created in the database: returns its e-mail address. */
export async function createUser(role: "customer" | "admin" = "customer", name?: string): Promise<string> {
  const email = `e2e-${role}-${Date.now()}-${Math.round(Math.random() * 1e6)}@example.fr`;
  await run("npx", ["tsx", "tests/fixtures/create-user.ts", email, PASSWORD, role, ...(name ? [name] : [])], {
    env: databaseEnv(),
    timeout: 60_000,
  });
  return email;
}

/** Fills and submits the French sign-in form; the caller asserts where it lands. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
}

/**
 * Signs in and waits to land on Mon compte. Sign-in hashes with production scrypt (~0.3 s, 128 MiB): on a
 * busy two-core machine a cold server can take longer than the default 5 s expectation.
 */
export async function signInAs(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fr\/account$/, { timeout: 20_000 });
}

/** A new verified customer, signed in on `page`. */
export async function signInAsNewCustomer(page: Page, name?: string): Promise<string> {
  const email = await createUser("customer", name);
  await signInAs(page, email);
  return email;
}
