import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrivacyDeleteForm } from "@/components/account/privacy-delete-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { requireUser } from "@/lib/auth/current-user";
import { localeFromParams } from "@/lib/i18n/params";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountPrivacy");
  return { title: t("title"), robots: { index: false } };
}

/** What "delete my account" erases and keeps, in the order of lib/privacy/erasure.ts. */
const ERASED = ["profile", "addresses", "testimonials", "sessions", "rest"] as const;
const KEPT = ["orders", "unpaid", "email"] as const;

// P14: download my data, delete my account.
export default async function AccountPrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  await requireUser(locale, `/${locale}/account/privacy`);
  const t = await getTranslations("AccountPrivacy");

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-muted">{t("intro")}</p>

      <section className="mt-8 rounded-lg border border-line bg-white p-5" aria-labelledby="export-title">
        <h2 id="export-title" className="font-serif text-xl font-semibold text-ink">
          {t("exportTitle")}
        </h2>
        <p className="mt-2 max-w-2xl text-sm text-muted">{t("exportText")}</p>
        {/* A plain link: the route handler answers with an attachment, there is no page to prefetch. */}
        <a
          href={`/${locale}/account/privacy/export`}
          download
          className={buttonClass({ size: "md" }, "mt-4 inline-block")}
        >
          {t("exportButton")}
        </a>
      </section>

      <section className="mt-8 rounded-lg border border-terracotta/40 bg-white p-5" aria-labelledby="delete-title">
        <h2 id="delete-title" className="font-serif text-xl font-semibold text-ink">
          {t("deleteTitle")}
        </h2>
        <p className="mt-2 text-sm font-medium text-terracotta">{t("deleteIntro")}</p>
        <div className="mt-4 grid gap-6 text-sm md:grid-cols-2">
          <div>
            <h3 className="font-semibold text-ink">{t("erasedTitle")}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
              {ERASED.map((key) => (
                <li key={key}>{t(`erased.${key}`)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="font-semibold text-ink">{t("keptTitle")}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
              {KEPT.map((key) => (
                <li key={key}>{t(`kept.${key}`)}</li>
              ))}
            </ul>
          </div>
        </div>
        <div className="mt-6 max-w-md">
          <ClientMessages namespaces={["AccountPrivacy", "Errors"]}>
            <PrivacyDeleteForm locale={locale} />
          </ClientMessages>
        </div>
      </section>
    </div>
  );
}
