import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { confirmEmailChange } from "@/lib/accounts/email-change";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The link sent to the NEW address (P13): following it proves that the customer receives mail there, so
 * the address changes now; the old address is told (lib/accounts/email-change.ts). Like the verification
 * link, it is used on opening: a scanner opening it can only complete what the customer asked for.
 */
export default async function ConfirmEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations("AuthFlows.emailChange");
  const result =
    typeof token === "string" && token.length <= 100
      ? await confirmEmailChange(db, token, new Date())
      : { status: "invalid" as const };
  const signedIn = (await getCurrentUser()) !== null;
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <div className="mt-6 space-y-4 text-lg leading-relaxed text-muted">
        {result.status === "ok" ? (
          <p role="status" data-testid="email-change-result">
            {t("done", { email: result.email })}
          </p>
        ) : (
          <>
            <p role="alert" data-testid="email-change-result">
              {t(result.status === "emailTaken" ? "taken" : result.status)}
            </p>
            <p>{t("retry")}</p>
          </>
        )}
        <p>
          <Link
            href={signedIn ? "/account/profile" : "/sign-in"}
            className="font-medium text-marine underline underline-offset-4"
          >
            {signedIn ? t("toProfile") : t("toSignIn")}
          </Link>
        </p>
      </div>
    </div>
  );
}
