import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AuthForgotPasswordForm } from "@/components/account/auth-forgot-password-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthFlows.forgot");
  return { title: t("title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection(); // a nonce page (lib/security/csp.ts): rendered per request, never prerendered
  const locale = await localeFromParams(params);
  const t = await getTranslations("AuthFlows");
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("forgot.title")}</h1>
      <p className="mt-4 text-muted">{t("forgot.intro")}</p>
      <div className="mt-6">
        <ClientMessages namespaces={["AuthFlows", "Errors"]}>
          <AuthForgotPasswordForm locale={locale} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="font-medium text-marine underline underline-offset-4">
          {t("link.backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
