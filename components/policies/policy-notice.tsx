import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Policy } from "@/lib/policies/documents";
import { formatPolicyDate } from "./policy-versions";

/**
 * P23: the home-page notice of a policy change published with a later effective date (upcomingPolicyChange),
 * read when the (prerendered) home page renders; the page revalidates at least hourly, so the notice appears within the
 * hour after publishing and is gone within the hour after the date (the publishing admin action also
 * revalidates the page, back-office issue).
 */
export async function PolicyNotice({ upcoming, locale }: { upcoming: Policy | null; locale: Locale }) {
  if (!upcoming) return null;
  const t = await getTranslations("Policies");
  const document = t(upcoming.kind === "terms" ? "kind.terms" : "kind.privacy");
  return (
    <aside aria-label={t("notice.label")} className="border-b border-line bg-white">
      <p className="mx-auto max-w-6xl px-4 py-3 text-ink">
        {t("notice.text", { document, date: formatPolicyDate(upcoming.effectiveAt, locale) })}{" "}
        <Link
          href={`/${upcoming.kind}/versions/${encodeURIComponent(upcoming.version)}`}
          className="font-medium text-marine underline underline-offset-4"
        >
          {t("notice.link")}
        </Link>
      </p>
    </aside>
  );
}
