import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/account/sign-in-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { safeReturnTo } from "./return-to";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const { returnTo, notice } = await searchParams;
  const safe = safeReturnTo(returnTo);
  if (await getCurrentUser()) redirect(safe ?? `/${locale}/account`);
  const t = await getTranslations("Auth");
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("signInTitle")}</h1>
      {notice === "passwordReset" && (
        <Notice tone="success" className="mt-4">
          {t("passwordResetDone")}
        </Notice>
      )}
      {notice === "addressVerified" && (
        <Notice tone="success" className="mt-4">
          {t("addressVerifiedDone")}
        </Notice>
      )}
      <div className="mt-6">
        <ClientMessages namespaces={["Auth", "Errors"]}>
          <SignInForm locale={locale} returnTo={safe} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm text-muted">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-marine underline underline-offset-4">
          {t("signUp")}
        </Link>
      </p>
    </div>
  );
}
