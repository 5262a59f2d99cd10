import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/account/sign-up-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { COUNTRIES } from "@/lib/address/countries";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignUp");
  return { title: t("title") };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection(); // a nonce page (lib/security/csp.ts): rendered per request, never prerendered
  const locale = await localeFromParams(params);
  const t = await getTranslations("SignUp");
  const tCheckout = await getTranslations("Checkout");
  const countryNames = Object.fromEntries(COUNTRIES.map((code) => [code, tCheckout(`countries.${code}`)]));
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <div className="mt-6">
        <ClientMessages namespaces={["SignUp", "Errors"]}>
          <SignUpForm locale={locale} countryNames={countryNames} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm text-muted">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-marine underline underline-offset-4">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
