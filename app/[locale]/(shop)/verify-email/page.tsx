import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TextPage } from "@/components/layout/text-page";
import { verifyEmail } from "@/lib/accounts/sign-up";
import { tokenErrorCode } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { robots: { index: false } };

/** The link of the verification e-mail (single use, 24 h); an expired or used link says how to get a new one. */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations("SignUp");
  const tError = await getTranslations("Errors");
  const result =
    typeof token === "string" && token.length <= 100
      ? await verifyEmail(db, token, new Date())
      : { status: "invalid" as const };
  const failure = result.status === "ok" ? null : tokenErrorCode(result.status);
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
