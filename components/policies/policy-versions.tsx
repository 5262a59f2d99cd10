import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import type { Policy } from "@/lib/policies/documents";
import { SHOP_TIME_ZONE } from "@/lib/shop";

export function formatPolicyDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(formattingLocale[locale], { dateStyle: "long", timeZone: SHOP_TIME_ZONE }).format(
    date,
  );
}

/** P23: every version of a document, each readable at its own address, the one in force marked. */
export async function PolicyVersions({
  versions,
  currentId,
  now,
  locale,
}: {
  versions: Policy[];
  currentId: string | null;
  now: Date;
  locale: Locale;
}) {
  const t = await getTranslations("Policies");
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="policy-versions-title" className="pt-4">
      <h2 id="policy-versions-title" className="font-serif text-2xl font-semibold text-marine">
        {t("historyTitle")}
      </h2>
      <ul className="mt-3 space-y-2">
        {versions.map((version) => (
          <li key={version.id}>
            <Link
              href={`/${version.kind}/versions/${encodeURIComponent(version.version)}`}
              className="text-marine underline underline-offset-4"
            >
              {t("versionTitle", {
                document: t(`kind.${version.kind === "terms" ? "terms" : "privacy"}`),
                version: version.version,
              })}
            </Link>{" "}
            <span className="text-base">
              ({formatPolicyDate(version.effectiveAt, locale)}
              {version.id === currentId && `, ${t("historyCurrent")}`}
              {version.effectiveAt > now && `, ${t("historyUpcoming")}`})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
