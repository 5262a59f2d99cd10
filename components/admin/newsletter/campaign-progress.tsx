import { getTranslations } from "next-intl/server";
import type { CampaignProgress as Progress } from "@/lib/admin/campaigns";
import { Link } from "@/lib/i18n/navigation";

/**
 * Where a sent campaign stands (P6), counted from its e-mails in the outbox: queued, sent, failed. The outbox
 * sends them over the next minutes; the refresh link reloads the figures (no script needed).
 */
export async function CampaignProgress({
  id,
  progress,
  recipients,
}: {
  id: string;
  progress: Progress;
  recipients: { fr: number; en: number };
}) {
  const t = await getTranslations("AdminNewsletter");
  const figures = [
    ["queued", progress.queued],
    ["sent", progress.sent],
    ["failed", progress.failed],
  ] as const;
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("recipients", { fr: recipients.fr, en: recipients.en })}</p>
      <dl className="grid max-w-xl grid-cols-3 gap-4" aria-live="polite">
        {figures.map(([key, value]) => (
          <div key={key} className="rounded-md border border-line bg-white p-4">
            <dt className="text-sm text-muted">{t(`progress.${key}`)}</dt>
            <dd className="font-serif text-3xl font-semibold text-ink" data-testid={`campaign-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href={`/admin/newsletter/${id}`} className="text-sm font-medium text-marine underline underline-offset-4">
          {t("refresh")}
        </Link>
      </p>
    </div>
  );
}
