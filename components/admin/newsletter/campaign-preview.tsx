import { getTranslations } from "next-intl/server";
import type { RenderedEmail } from "@/lib/email/types";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The campaign in each language exactly as e-mailed (P6): the rendered HTML in a sandboxed frame (no script,
 * no navigation, no access to the page), with its subject and its plain-text version under a disclosure.
 */
export async function CampaignPreview({ emails }: { emails: Record<Locale, RenderedEmail> }) {
  const t = await getTranslations("AdminNewsletter");
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {(["fr", "en"] as const).map((locale) => (
        <figure key={locale} className="space-y-2">
          <figcaption className="text-sm">
            <span className="font-semibold">{t(`languages.${locale}`)}</span>
            <span className="block text-muted" lang={locale}>
              {t("previewSubject", { subject: emails[locale].subject })}
            </span>
          </figcaption>
          <iframe
            title={t("previewFrame", { language: t(`languages.${locale}`) })}
            srcDoc={emails[locale].html}
            sandbox=""
            className="h-[640px] w-full rounded-md border border-line bg-white"
          />
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-marine">{t("previewText")}</summary>
            <pre className="mt-2 whitespace-pre-wrap rounded-md border border-line bg-white p-3 text-xs" lang={locale}>
              {emails[locale].text}
            </pre>
          </details>
        </figure>
      ))}
    </div>
  );
}
