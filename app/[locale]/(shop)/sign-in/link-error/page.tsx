import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthNewLinkSection } from "@/components/account/auth-new-link-section";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthFlows.link");
  return { title: t("errorTitle"), robots: { index: false } };
}

/**
 * Auth.js's error page (pages.error). "Verification": the sign-in link expired, was already used or was
 * replaced; "AccessDenied": it names no account (any more). Anything else is a generic failure.
 */
export default async function SignInLinkErrorPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const { error } = await searchParams;
  const t = await getTranslations("AuthFlows.link");
  const reason =
    error === "Verification" ? "errorVerification" : error === "AccessDenied" ? "errorAccessDenied" : "errorOther";
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("errorTitle")}</h1>
      <p role="alert" data-testid="link-error" className="mt-6 text-lg leading-relaxed text-muted">
        {t(reason)}
      </p>
      <AuthNewLinkSection locale={locale} />
    </div>
  );
}
