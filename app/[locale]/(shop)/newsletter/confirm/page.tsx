import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { NewsletterConfirmForm } from "@/components/newsletter/confirm-form";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { checkConfirmationLink } from "@/lib/newsletter/subscriptions";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The double opt-in link (P6). Opening it changes nothing (mail scanners open links): it shows what would be
 * confirmed and a button; a forged, used or expired link says so.
 */
export default async function NewsletterConfirmPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const { token } = await searchParams;
  const t = await getTranslations("Newsletter");
  const link =
    typeof token === "string" ? await checkConfirmationLink(db, token, new Date()) : { status: "invalid" as const };
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("confirm.title")}</h1>
      <div className="mt-6 space-y-4 text-lg leading-relaxed text-muted">
        {link.status === "pending" && typeof token === "string" ? (
          <ClientMessages namespaces={["Newsletter", "Errors"]}>
            <NewsletterConfirmForm locale={locale} token={token} list={link.list} />
          </ClientMessages>
        ) : (
          <p role="alert" data-testid="newsletter-result">
            {t(`confirm.${link.status}`)}
          </p>
        )}
        <p>
          <Link href="/" className="font-medium text-marine underline underline-offset-4">
            {t("confirm.back")}
          </Link>
        </p>
      </div>
    </div>
  );
}
