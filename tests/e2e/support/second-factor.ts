// Enrols a signed-in admin's authenticator through the real page (P12), computing the code from the key the
// shop stored as the admin's app would, for tests about the back office that sign in through the form.
import { expect, type Page } from "@playwright/test";
import { openTotpKey, totpCode, totpStep } from "@/lib/auth/totp";
import type { Db } from "@/lib/db/client";

export async function enrolSecondFactor(
  page: Page,
  { db, cookieSecret, userId, locale = "fr" }: { db: Db; cookieSecret: string; userId: string; locale?: "fr" | "en" },
): Promise<void> {
  await page.goto(`/${locale}/admin/second-factor`);
  const { secretSealed } = await db.adminSecondFactor.findUniqueOrThrow({ where: { userId } });
  const code = page.locator('input[name="code"]');
  await code.fill(totpCode(openTotpKey(secretSealed, userId, cookieSecret), totpStep(new Date())));
  // Enter rather than a click: the consent banner may cover the button.
  await code.press("Enter");
  await expect(page.getByRole("list", { name: /Codes de secours|Recovery codes/ }).getByRole("listitem")).toHaveCount(
    10,
  );
}
