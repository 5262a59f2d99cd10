import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthLinkRequestForm } from "@/components/account/auth-link-request-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Link } from "@/lib/i18n/navigation";
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
  const locale = await localeFromParams(params);
  const t = await getTranslations("AuthFlows.link");
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("checkTitle")}</h1>
      <p role="status" className="mt-6 text-lg leading-relaxed text-muted">
        {t("checkText")}
      </p>
      <p className="mt-4 text-sm text-muted">{t("checkSpam")}</p>
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
