import { getTranslations } from "next-intl/server";
import { AuthLinkRequestForm } from "@/components/account/auth-link-request-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** "Get a new link" and the way back to sign-in: the end of the check-your-e-mail and link-error pages. */
export async function AuthNewLinkSection({ locale }: { locale: Locale }) {
  const t = await getTranslations("AuthFlows.link");
  return (
    <>
      <h2 className="mt-8 font-serif text-xl font-semibold text-ink">{t("newLinkTitle")}</h2>
      <div className="mt-4">
        <ClientMessages namespaces={["Auth", "Errors"]}>
          <AuthLinkRequestForm locale={locale} />
        </ClientMessages>
      </div>
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="font-medium text-marine underline underline-offset-4">
          {t("backToSignIn")}
        </Link>
      </p>
    </>
  );
}
