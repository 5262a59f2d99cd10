import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { unsubscribe } from "@/lib/newsletter/subscriptions";

export const metadata: Metadata = { robots: { index: false } };

/**
 * The unsubscribe link of every campaign e-mail (P7): takes effect on opening, without sign-in; opening
 * it again says the same. A forged link changes nothing and says so.
 */
export default async function NewsletterUnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations("Newsletter");
  const result =
    typeof token === "string"
      ? await unsubscribe(db, token, new Date(), getEnv().COOKIE_SECRET)
      : { status: "invalid" as const };
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("unsubscribe.title")}</h1>
      <div className="mt-6 space-y-4 text-lg leading-relaxed text-muted">
        {result.status === "unsubscribed" ? (
          <p role="status" data-testid="newsletter-result">
            {result.list
              ? t("unsubscribe.done", { list: t(`email.lists.${result.list}`) })
              : t("unsubscribe.doneGeneric")}
          </p>
        ) : (
          <p role="alert" data-testid="newsletter-result">
            {t("unsubscribe.invalid")}
          </p>
        )}
        <p>
          <Link href="/" className="font-medium text-marine underline underline-offset-4">
            {t("unsubscribe.back")}
          </Link>
        </p>
      </div>
    </div>
  );
}
