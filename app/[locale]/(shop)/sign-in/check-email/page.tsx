import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AuthNewLinkSection } from "@/components/account/auth-new-link-section";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthFlows.link");
  return { title: t("checkTitle"), robots: { index: false } };
}

/**
 * After asking for a sign-in link (Auth.js's "verify request" page). The same words whether or not the
 * address has an account: this page must not tell who is a customer.
 */
export default async function SignInLinkSentPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection(); // a nonce page (lib/security/csp.ts): rendered per request, never prerendered
  const locale = await localeFromParams(params);
  const t = await getTranslations("AuthFlows.link");
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("checkTitle")}</h1>
      <p role="status" className="mt-6 text-lg leading-relaxed text-muted">
        {t("checkText")}
      </p>
      <p className="mt-4 text-sm text-muted">{t("checkSpam")}</p>
      <AuthNewLinkSection locale={locale} />
    </div>
  );
}
