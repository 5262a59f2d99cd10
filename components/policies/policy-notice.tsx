import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { Policy } from "@/lib/policies/documents";
import { formatPolicyDate } from "./policy-versions";

/**
 * P23: the home-page notice of the policy changes published with a later effective date
 * (upcomingPolicyChanges), one line per document. The home page is prerendered: when the notice appears and
 * disappears is explained at the top of lib/policies/documents.ts.
 */
export async function PolicyNotice({ upcoming, locale }: { upcoming: Policy[]; locale: Locale }) {
  if (upcoming.length === 0) return null;
  const t = await getTranslations("Policies");
  return (
    <aside aria-label={t("notice.label")} className="border-b border-line bg-white">
      <ul className="mx-auto max-w-6xl space-y-1 px-4 py-3 text-ink">
        {upcoming.map((change) => (
          <li key={change.id}>
            {t("notice.text", {
              document: t(change.kind === "terms" ? "kind.terms" : "kind.privacy"),
              date: formatPolicyDate(change.effectiveAt, locale),
            })}{" "}
            <Link
              href={`/${change.kind}/versions/${encodeURIComponent(change.version)}`}
              className="font-medium text-marine underline underline-offset-4"
            >
              {t("notice.link")}
            </Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
