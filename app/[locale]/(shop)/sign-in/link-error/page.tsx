import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthLinkRequestForm } from "@/components/account/auth-link-request-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Link } from "@/lib/i18n/navigation";
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
      <h2 className="mt-8 font-serif text-xl font-semibold text-ink">{t("newLinkTitle")}</h2>
      <div className="mt-4">
        <ClientMessages namespaces={["Auth"]}>
          <AuthLinkRequestForm locale={locale} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="font-medium text-marine underline underline-offset-4">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
