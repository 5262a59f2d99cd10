import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { confirmSubscription } from "@/lib/newsletter/subscriptions";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The double opt-in link (P6): the subscription starts when the e-mailed link is opened. A forged, used or
 * expired link changes nothing and says so.
 */
export default async function NewsletterConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations("Newsletter");
  const result =
    typeof token === "string" ? await confirmSubscription(db, token, new Date()) : { status: "invalid" as const };
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("confirm.title")}</h1>
      <div className="mt-6 space-y-4 text-lg leading-relaxed text-muted">
        {result.status === "confirmed" ? (
          <p role="status" data-testid="newsletter-result">
            {t("confirm.confirmed", { list: t(`email.lists.${result.list}`) })}
          </p>
        ) : (
          <p role="alert" data-testid="newsletter-result">
            {t(`confirm.${result.status}`)}
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
