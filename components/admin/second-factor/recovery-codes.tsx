"use client";
// The recovery codes, shown once after they are created (enrolment or renewal): nothing else ever shows them.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { buttonClass } from "@/components/ui/button";

export function RecoveryCodes({ codes }: { codes: readonly string[] }) {
  const t = useTranslations("AdminSecondFactor");
  return (
    <section aria-labelledby="recovery-codes-title" className="space-y-4">
      <h2 id="recovery-codes-title" className="font-serif text-2xl font-semibold text-ink">
        {t("recoveryTitle")}
      </h2>
      <p className="max-w-2xl text-muted">{t("recoveryIntro")}</p>
      <ul
        aria-label={t("recoveryListLabel")}
        className="grid max-w-md grid-cols-2 gap-2 rounded-lg border border-line bg-white p-4 font-mono text-lg"
      >
        {codes.map((code) => (
          <li key={code} translate="no">
            {code}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/admin" className={buttonClass({ size: "md" })}>
          {t("continue")}
        </Link>
      </p>
    </section>
  );
}
