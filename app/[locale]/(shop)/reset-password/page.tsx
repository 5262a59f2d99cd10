import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthResetFailure, AuthResetPasswordForm } from "@/components/account/auth-reset-password-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { peekToken } from "@/lib/accounts/tokens";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthFlows.reset");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The link of the password reset e-mail (single use, 1 hour). The link is only looked at here (an e-mail
 * scanner opening it uses nothing); it is used when the new password is posted.
 */
export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const { token } = await searchParams;
  const t = await getTranslations("AuthFlows.reset");
  const link =
    typeof token === "string" && token.length <= 100
      ? await peekToken(db, token, "resetPassword", new Date())
      : { status: "invalid" as const };
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">
        {link.status === "ok" ? t("title") : t("failedTitle")}
      </h1>
      <div className="mt-6">
        <ClientMessages namespaces={["AuthFlows", "Errors"]}>
          {link.status === "ok" && typeof token === "string" ? (
            <AuthResetPasswordForm locale={locale} token={token} />
          ) : (
            <AuthResetFailure message={t(link.status === "ok" ? "invalid" : link.status)} />
          )}
        </ClientMessages>
      </div>
    </div>
  );
}
