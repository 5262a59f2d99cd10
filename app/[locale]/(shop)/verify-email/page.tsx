import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthVerifyEmailForm } from "@/components/account/auth-verify-email-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { TextPage } from "@/components/layout/text-page";
import { verifyEmail } from "@/lib/accounts/sign-up";
import { tokenErrorCode } from "@/lib/accounts/tokens";
import { browserProof } from "@/lib/auth/pending-password-cookie";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The link of the verification e-mail (single use, 24 h); an expired or used link says how to get a new one.
 * Opened in the browser that signed up, it confirms the address at once; anywhere else (another device, a
 * mail scanner, or the owner of an address someone else signed up with) it asks for the account's password
 * first, and uses nothing until then (lib/auth/pending-password.ts).
 */
export default async function VerifyEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const { token } = await searchParams;
  const link = typeof token === "string" && token.length <= 100 ? token : null;
  const t = await getTranslations("SignUp");
  const tError = await getTranslations("Errors");
  const result = link ? await verifyEmail(db, link, new Date(), await browserProof()) : { status: "invalid" as const };
  if (link && result.status === "choosePassword") {
    return (
      <div className="mx-auto max-w-md px-4 py-12">
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("verifyTitle")}</h1>
        <div className="mt-6">
          <ClientMessages namespaces={["SignUp", "Errors"]}>
            <AuthVerifyEmailForm locale={locale} token={link} />
          </ClientMessages>
        </div>
      </div>
    );
  }
  const failure =
    result.status === "ok" ? null : tokenErrorCode(result.status === "choosePassword" ? "invalid" : result.status);
  return (
    <TextPage title={t("verifyTitle")}>
      <p role="status" data-testid="verify-result">
        {failure ? tError(failure) : t("verified")}
      </p>
      {failure && <p>{t("newLinkHint")}</p>}
      <p>
        <Link href="/sign-in" className="font-medium text-marine underline underline-offset-4">
          {t("signIn")}
        </Link>
      </p>
    </TextPage>
  );
}
